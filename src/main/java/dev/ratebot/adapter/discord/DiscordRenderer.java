package dev.ratebot.adapter.discord;

import static dev.ratebot.adapter.discord.DiscordText.clip;
import static dev.ratebot.adapter.discord.DiscordText.escape;

import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.Citation;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Refinement;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.core.reply.Row;
import dev.ratebot.core.reply.RowTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Renders a {@link Reply} as a Discord message: an answer or an info text as one embed, a problem
 * as a short plain message. Every part is cut to a budget whose sum stays inside Discord's limits,
 * so no reply, however large, can be refused for its size. All text from the core is plain text and
 * is escaped before it reaches a field that Discord reads as markdown.
 *
 * <p>Budgets for an answer (characters): title 256, description 2,048, up to 9 key figures of 64 +
 * 200, notes 8 + 700, footer 512: at most 5,903 of the 6,000 an embed may hold.
 */
public final class DiscordRenderer {
  static final int DESCRIPTION_BUDGET = 2048;
  static final int MAX_KEY_FIGURES = 9;
  static final int FIGURE_NAME_BUDGET = 64;
  static final int FIGURE_VALUE_BUDGET = 200;
  static final int NOTES_BUDGET = 700;
  static final int FOOTER_BUDGET = 512;
  static final int MAX_MENUS = 4;
  static final int BAR_CELLS = 12;
  private static final int COLOR = 0x5865F2;

  /** Who will see the message. */
  public enum Audience {
    /** Only the asker: ephemeral, with refinement menus and a Share button. */
    ASKER,
    /** Everyone in the channel: no components, since anyone could click them. */
    CHANNEL
  }

  /** The message for a reply. */
  public DiscordMessage render(Reply reply, Audience audience) {
    boolean ephemeral = audience == Audience.ASKER;
    if (reply instanceof Answer answer) {
      List<ActionRow> rows = ephemeral ? components(answer) : List.of();
      return new DiscordMessage("", List.of(embed(answer)), rows, ephemeral);
    }
    if (reply instanceof Info info) {
      return new DiscordMessage("", List.of(embed(info)), List.of(), ephemeral);
    }
    return new DiscordMessage(text((Problem) reply), List.of(), List.of(), ephemeral);
  }

  /** The public copy of an answer a user chose to share, naming who shared it (without a ping). */
  public DiscordMessage shared(List<MessageEmbed> embeds, String userId) {
    return new DiscordMessage(
        "Shared by <@" + userId + ">", embeds.stream().limit(1).toList(), List.of(), false);
  }

  MessageEmbed embed(Answer answer) {
    EmbedBuilder embed = new EmbedBuilder().setColor(COLOR);
    embed.setTitle(title(answer.title()));
    embed.setDescription(table(answer.table()));
    answer.keyFigures().stream()
        .limit(MAX_KEY_FIGURES)
        .forEach(
            f ->
                embed.addField(
                    clip(escape(f.label()), FIGURE_NAME_BUDGET),
                    clip(figure(f), FIGURE_VALUE_BUDGET),
                    true));
    if (!answer.notes().isEmpty()) {
      String notes =
          answer.notes().stream().map(n -> "• " + escape(n)).collect(Collectors.joining("\n"));
      embed.addField("Notes", clip(notes, NOTES_BUDGET), false);
    }
    embed.setFooter(clip(footer(answer), FOOTER_BUDGET));
    return embed.build();
  }

  MessageEmbed embed(Info info) {
    EmbedBuilder embed = new EmbedBuilder().setColor(COLOR).setTitle(title(info.title()));
    String body =
        info.sections().stream()
            .map(
                s ->
                    (s.heading().isBlank() ? "" : "**" + escape(s.heading()) + "**\n")
                        + s.lines().stream()
                            .map(DiscordText::escape)
                            .collect(Collectors.joining("\n")))
            .collect(Collectors.joining("\n\n"));
    embed.setDescription(
        clip(body.isBlank() ? info.summary() : body, MessageEmbed.DESCRIPTION_MAX_LENGTH));
    if (embed.isEmpty()) {
      embed.setDescription("(nothing to show)");
    }
    return embed.build();
  }

  String text(Problem problem) {
    StringBuilder text = new StringBuilder(escape(problem.message()));
    if (problem.kind() == Problem.Kind.USER && !problem.suggestions().isEmpty()) {
      text.append("\nTry: ")
          .append(
              problem.suggestions().stream()
                  .limit(10)
                  .map(s -> DiscordText.code(s, 100))
                  .collect(Collectors.joining(" · ")));
    }
    if (problem.kind() == Problem.Kind.INTERNAL
        && !problem.reference().isEmpty()
        && !problem.message().contains(problem.reference())) {
      text.append(" Reference: ").append(DiscordText.code(problem.reference(), 64));
    }
    return clip(text.toString(), Message.MAX_CONTENT_LENGTH);
  }

  List<ActionRow> components(Answer answer) {
    List<ActionRow> rows = new ArrayList<>();
    List<Refinement> menus =
        answer.refinements().stream().filter(r -> !r.choices().isEmpty()).limit(MAX_MENUS).toList();
    for (int i = 0; i < menus.size(); i++) {
      rows.add(ActionRow.of(menu(i, menus.get(i))));
    }
    rows.add(ActionRow.of(Button.primary(ComponentIds.SHARE, "Share in channel")));
    return rows;
  }

  private static StringSelectMenu menu(int index, Refinement refinement) {
    Map<String, Refinement.Choice> byQuery = new LinkedHashMap<>();
    refinement.choices().forEach(c -> byQuery.putIfAbsent(c.query(), c));
    List<Refinement.Choice> choices =
        byQuery.values().stream().limit(StringSelectMenu.OPTIONS_MAX_AMOUNT).toList();
    StringSelectMenu.Builder menu =
        StringSelectMenu.create(ComponentIds.refine(index))
            .setPlaceholder(
                clip(
                    "Change " + refinement.dimension().toLowerCase(Locale.ROOT),
                    StringSelectMenu.PLACEHOLDER_MAX_LENGTH));
    for (Refinement.Choice choice : choices) {
      menu.addOptions(
          SelectOption.of(
              clip(
                  choice.label().isBlank() ? choice.query() : choice.label(),
                  SelectOption.LABEL_MAX_LENGTH),
              choice.query()));
    }
    choices.stream()
        .filter(Refinement.Choice::selected)
        .findFirst()
        .ifPresent(c -> menu.setDefaultValues(c.query()));
    return menu.build();
  }

  private static String title(String title) {
    return title.isBlank() ? null : clip(escape(title), MessageEmbed.TITLE_MAX_LENGTH);
  }

  private static String figure(KeyFigure figure) {
    String basis = "*" + figure.basis().tag() + "*";
    String detail = figure.detail().isBlank() ? "" : " · " + escape(figure.detail());
    return "**" + escape(figure.value()) + "**\n" + basis + detail;
  }

  private static String table(RowTable table) {
    if (table.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    if (!table.heading().isBlank()) {
      text.append("**").append(escape(table.heading())).append("**\n");
    }
    for (Row row : table.rows()) {
      String label = escape(row.label());
      text.append('`')
          .append(bar(row, table.scaleMax()))
          .append("` ")
          .append(row.highlighted() ? "**" + label + "**" : label)
          .append(" — ")
          .append(escape(row.value()))
          .append(row.basis() == Basis.OBSERVED ? "" : " *(" + row.basis().tag() + ")*")
          .append('\n');
    }
    return clip(text.toString().strip(), DESCRIPTION_BUDGET);
  }

  /** A range bar on the table's scale: the range solid, the top end shaded. */
  static String bar(Row row, double scaleMax) {
    StringBuilder bar = new StringBuilder(BAR_CELLS);
    double width = scaleMax / BAR_CELLS;
    for (int cell = 0; cell < BAR_CELLS; cell++) {
      double from = cell * width;
      double to = from + width;
      if (to > row.low() && from <= row.high()) {
        bar.append('█');
      } else if (from > row.high() && from <= row.topEnd()) {
        bar.append('▒');
      } else {
        bar.append('░');
      }
    }
    return bar.toString();
  }

  private static String footer(Answer answer) {
    String sources =
        answer.sources().stream().map(Citation::text).collect(Collectors.joining("; "));
    String vintage = "Data: " + answer.vintage();
    return sources.isEmpty() ? vintage : "Sources: " + sources + " · " + vintage;
  }
}
