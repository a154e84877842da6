package dev.ratebot.adapter.slack;

import static dev.ratebot.adapter.slack.SlackText.escape;

import com.slack.api.model.block.LayoutBlock;
import dev.ratebot.adapter.chart.ChartImage;
import dev.ratebot.adapter.chat.Canvas;
import dev.ratebot.adapter.chat.Controls;
import dev.ratebot.adapter.chat.ProblemView;
import dev.ratebot.adapter.chat.SourcesFooter;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Row;
import dev.ratebot.core.reply.RowTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Draws one message in Block Kit. The head (header, figures, rows, notes) is cut to fit 50 blocks
 * (100 on a Home tab); the tail (sources, who shared, controls) is always kept whole. Every piece
 * of reply text that goes into mrkdwn is escaped, and plain_text is used wherever no formatting is
 * needed.
 */
final class SlackCanvas implements Canvas<SlackMessage> {
  private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{1,20}");

  private final int maxBlocks;
  private final List<LayoutBlock> head = new ArrayList<>();
  private final List<LayoutBlock> tail = new ArrayList<>();
  private Optional<ChartImage> chart = Optional.empty();
  private int chartAt;

  /** A canvas for a message: at most 50 blocks. */
  SlackCanvas() {
    this(Blocks.MAX_BLOCKS);
  }

  /** A canvas for a surface holding up to {@code maxBlocks} blocks (a Home tab holds 100). */
  SlackCanvas(int maxBlocks) {
    this.maxBlocks = maxBlocks;
  }

  @Override
  public void title(String title) {
    head.add(Blocks.header(title));
  }

  @Override
  public void context(String line) {
    head.add(Blocks.context(List.of(escape(line))));
  }

  @Override
  public void keyFigures(List<KeyFigure> figures) {
    head.addAll(Blocks.fieldSections(figures.stream().map(SlackCanvas::figure).toList()));
  }

  @Override
  public void table(RowTable table) {
    List<String> lines = new ArrayList<>();
    lines.add("*" + escape(table.heading()) + "*");
    table.rows().forEach(row -> lines.add(row(row)));
    head.addAll(Blocks.lineSections(lines));
  }

  /** Kept for upload; its image block goes here, after the rows, once Slack knows the file. */
  @Override
  public void chart(ChartImage image) {
    chart = Optional.of(image);
    chartAt = head.size();
  }

  @Override
  public void notes(List<String> notes) {
    head.add(Blocks.context(notes.stream().map(SlackText::escape).toList()));
  }

  /** The vintage first, so that it survives when a long list of sources has to be cut. */
  @Override
  public void sources(SourcesFooter footer) {
    String data = "Data vintage " + escape(footer.vintage() + footer.versionSuffix());
    List<String> lines = new ArrayList<>();
    if (footer.citations().isEmpty()) {
      lines.add(data);
    } else {
      lines.add(data + " · Sources:");
      footer.citations().forEach(c -> lines.add("• " + escape(c.text())));
    }
    tail.add(Blocks.context(lines));
  }

  @Override
  public void block(String text, String language) {
    // A code block per section, each within Slack's text limit and cut only between lines.
    List<String> lines = text.lines().map(SlackText::escape).toList();
    for (String chunk : Blocks.pack(lines, Blocks.MAX_TEXT - 8)) {
      head.add(Blocks.section("```\n" + chunk + "\n```"));
    }
  }

  @Override
  public void section(Info.Section section) {
    List<String> lines = new ArrayList<>();
    if (!section.heading().isBlank()) {
      lines.add("*" + escape(section.heading()) + "*");
    }
    section.lines().forEach(line -> lines.add(escape(line)));
    head.addAll(Blocks.lineSections(lines));
  }

  @Override
  public void problem(ProblemView problem) {
    List<String> lines = new ArrayList<>();
    lines.add(escape(problem.message()) + reference(problem.reference()));
    if (!problem.suggestions().isEmpty()) {
      List<String> quoted =
          problem.suggestions().stream()
              .map(s -> "`" + escape(s.replace('`', '\'')) + "`")
              .toList();
      lines.add("Try: " + String.join(" · ", quoted));
    }
    head.addAll(Blocks.lineSections(lines));
  }

  @Override
  public void sharedBy(String userId) {
    String who = USER_ID.matcher(userId).matches() ? "<@" + userId + ">" : escape(userId);
    tail.add(Blocks.context(List.of("Shared by " + who)));
  }

  @Override
  public void controls(Controls controls) {
    SlackControls.actions(controls).ifPresent(tail::add);
  }

  @Override
  public SlackMessage finish(String summary) {
    List<LayoutBlock> blocks = cap();
    return new SlackMessage(
        SlackText.mrkdwn(summary, Blocks.MAX_TEXT),
        blocks,
        chart,
        Math.min(chartAt, blocks.size() - tail.size()));
  }

  private static String figure(KeyFigure f) {
    return "*"
        + escape(f.label())
        + "*\n"
        + escape(f.value())
        + "  _"
        + f.basis().tag()
        + "_"
        + (f.detail().isBlank() ? "" : "\n" + escape(f.detail()));
  }

  private static String row(Row row) {
    String label = escape(row.label());
    String line =
        (row.highlighted() ? "▸ *" + label + "*" : "• " + label) + ": " + escape(row.value());
    return line + "  _" + row.basis().tag() + "_";
  }

  private static String reference(String reference) {
    return reference.isEmpty() ? "" : " Reference: `" + escape(reference) + "`";
  }

  /** Keeps the tail whole and cuts the head so the message has at most its blocks. */
  private List<LayoutBlock> cap() {
    int room = maxBlocks - tail.size() - (chart.isPresent() ? 1 : 0);
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
