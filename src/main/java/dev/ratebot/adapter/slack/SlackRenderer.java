package dev.ratebot.adapter.slack;

import static dev.ratebot.adapter.slack.SlackText.escape;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.StaticSelectElement;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Refinement;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.core.reply.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Renders a {@link Reply} as Block Kit. Within Slack's limits by construction (at most 50 blocks,
 * 3,000 characters a text, 150 a header, ten fields a section); every piece of reply text that goes
 * into mrkdwn is escaped, and plain_text is used wherever no formatting is needed.
 */
public final class SlackRenderer {
  /** The action id of the "Share in channel" button; its value is the query to share. */
  public static final String SHARE_ACTION = "ratebot-share";

  /** The action id prefix of the refine menus; each option's value is the query to run. */
  public static final String REFINE_ACTION_PREFIX = "ratebot-refine-";

  private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{1,20}");

  /** Where a reply is shown, which decides the controls it carries. */
  public enum Surface {
    /** Only the asker sees it: refine menus and a share button. */
    EPHEMERAL(true, true),
    /** A direct message with the bot: refine menus. */
    DIRECT(true, false),
    /** A channel or thread everyone sees: no controls. */
    CHANNEL(false, false);

    private final boolean refine;
    private final boolean share;

    Surface(boolean refine, boolean share) {
      this.refine = refine;
      this.share = share;
    }
  }

  /** The reply as a message for the given surface. */
  public SlackMessage render(Reply reply, Surface surface) {
    return render(reply, surface, List.of());
  }

  /** The reply as shared into a channel by a user, with a "Shared by" line and no controls. */
  public SlackMessage renderShared(Reply reply, String sharerUserId) {
    String who =
        USER_ID.matcher(sharerUserId).matches() ? "<@" + sharerUserId + ">" : escape(sharerUserId);
    return render(reply, Surface.CHANNEL, List.of(Blocks.context(List.of("Shared by " + who))));
  }

  private SlackMessage render(Reply reply, Surface surface, List<LayoutBlock> extraTail) {
    String text = SlackText.mrkdwn(reply.summary(), Blocks.MAX_TEXT);
    List<LayoutBlock> blocks;
    if (reply instanceof Answer answer) {
      blocks = answer(answer, surface, extraTail);
    } else if (reply instanceof Info info) {
      blocks = info(info, extraTail);
    } else {
      blocks = problem((Problem) reply, extraTail);
    }
    return new SlackMessage(text, blocks);
  }

  private List<LayoutBlock> answer(Answer answer, Surface surface, List<LayoutBlock> extraTail) {
    List<LayoutBlock> body = new ArrayList<>(Blocks.fieldSections(figures(answer.keyFigures())));
    if (!answer.table().isEmpty()) {
      List<String> lines = new ArrayList<>();
      lines.add("*" + escape(answer.table().heading()) + "*");
      answer.table().rows().forEach(row -> lines.add(row(row)));
      body.addAll(Blocks.lineSections(lines));
    }
    if (!answer.notes().isEmpty()) {
      body.add(Blocks.context(answer.notes().stream().map(SlackText::escape).toList()));
    }
    List<LayoutBlock> tail = new ArrayList<>();
    tail.add(Blocks.context(sources(answer)));
    tail.addAll(extraTail);
    actions(answer, surface).ifPresent(tail::add);
    return assemble(answer.title(), body, tail);
  }

  private List<LayoutBlock> info(Info info, List<LayoutBlock> extraTail) {
    List<LayoutBlock> body = new ArrayList<>();
    for (Info.Section section : info.sections()) {
      List<String> lines = new ArrayList<>();
      if (!section.heading().isBlank()) {
        lines.add("*" + escape(section.heading()) + "*");
      }
      section.lines().forEach(line -> lines.add(escape(line)));
      body.addAll(Blocks.lineSections(lines));
    }
    return assemble(info.title(), body, extraTail);
  }

  private List<LayoutBlock> problem(Problem problem, List<LayoutBlock> extraTail) {
    List<String> lines = new ArrayList<>();
    lines.add(escape(problem.message()));
    if (!problem.suggestions().isEmpty()) {
      List<String> quoted =
          problem.suggestions().stream()
              .map(s -> "`" + escape(s.replace('`', '\'')) + "`")
              .toList();
      lines.add("Try: " + String.join(" · ", quoted));
    }
    List<LayoutBlock> blocks = new ArrayList<>(Blocks.lineSections(lines));
    blocks.addAll(extraTail);
    return cap(blocks, List.of());
  }

  private static List<String> figures(List<KeyFigure> figures) {
    return figures.stream()
        .map(
            f ->
                "*"
                    + escape(f.label())
                    + "*\n"
                    + escape(f.value())
                    + "  _"
                    + f.basis().tag()
                    + "_"
                    + (f.detail().isBlank() ? "" : "\n" + escape(f.detail())))
        .toList();
  }

  private static String row(Row row) {
    String label = escape(row.label());
    String line =
        (row.highlighted() ? "▸ *" + label + "*" : "• " + label) + ": " + escape(row.value());
    return line + "  _" + row.basis().tag() + "_";
  }

  /** The vintage first, so that it survives when a long list of sources has to be cut. */
  private static List<String> sources(Answer answer) {
    String vintage = "Data vintage " + escape(answer.vintage());
    if (answer.sources().isEmpty()) {
      return List.of(vintage);
    }
    List<String> lines = new ArrayList<>();
    lines.add(vintage + " · Sources:");
    answer.sources().forEach(c -> lines.add("• " + escape(c.text())));
    return lines;
  }

  private static Optional<LayoutBlock> actions(Answer answer, Surface surface) {
    List<BlockElement> elements = new ArrayList<>();
    if (surface.refine) {
      List<Refinement> refinements = answer.refinements();
      for (int i = 0;
          i < refinements.size() && elements.size() < Blocks.MAX_ACTION_ELEMENTS - 1;
          i++) {
        refineMenu(i, refinements.get(i)).ifPresent(elements::add);
      }
    }
    if (surface.share
        && !answer.query().isBlank()
        && answer.query().length() <= Blocks.MAX_BUTTON_VALUE) {
      elements.add(
          ButtonElement.builder()
              .actionId(SHARE_ACTION)
              .text(Blocks.plain("Share in channel", Blocks.MAX_OPTION_TEXT))
              .value(answer.query())
              .build());
    }
    if (elements.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        ActionsBlock.builder().blockId("ratebot-actions").elements(elements).build());
  }

  private static Optional<BlockElement> refineMenu(int index, Refinement refinement) {
    List<OptionObject> options = new ArrayList<>();
    OptionObject initial = null;
    for (Refinement.Choice choice : refinement.choices()) {
      if (options.size() == Blocks.MAX_OPTIONS
          || choice.query().isBlank()
          || choice.query().length() > Blocks.MAX_OPTION_VALUE) {
        continue;
      }
      OptionObject option =
          OptionObject.builder()
              .text(Blocks.plain(choice.label(), Blocks.MAX_OPTION_TEXT))
              .value(choice.query())
              .build();
      options.add(option);
      if (choice.selected() && initial == null) {
        initial = option;
      }
    }
    if (options.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        StaticSelectElement.builder()
            .actionId(REFINE_ACTION_PREFIX + index)
            .placeholder(Blocks.plain(refinement.dimension(), Blocks.MAX_OPTION_TEXT))
            .options(options)
            .initialOption(initial)
            .build());
  }

  private static List<LayoutBlock> assemble(
      String title, List<LayoutBlock> body, List<LayoutBlock> tail) {
    List<LayoutBlock> head = new ArrayList<>();
    head.add(Blocks.header(title));
    head.addAll(body);
    return cap(head, tail);
  }

  /** Keeps the tail whole and cuts the head so the message has at most 50 blocks. */
  private static List<LayoutBlock> cap(List<LayoutBlock> head, List<LayoutBlock> tail) {
    int room = Blocks.MAX_BLOCKS - tail.size();
    List<LayoutBlock> blocks = new ArrayList<>();
    if (head.size() <= room) {
      blocks.addAll(head);
    } else {
      blocks.addAll(head.subList(0, room - 1));
      blocks.add(
          Blocks.context(List.of("_More lines were left out to fit in one Slack message._")));
    }
    blocks.addAll(tail);
    return blocks;
  }
}
