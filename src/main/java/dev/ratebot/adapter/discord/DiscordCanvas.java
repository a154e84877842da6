package dev.ratebot.adapter.discord;

import static dev.ratebot.adapter.discord.DiscordText.clip;
import static dev.ratebot.adapter.discord.DiscordText.escape;

import dev.ratebot.adapter.chat.Canvas;
import dev.ratebot.adapter.chat.Controls;
import dev.ratebot.adapter.chat.ProblemView;
import dev.ratebot.adapter.chat.SourcesFooter;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.Citation;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Row;
import dev.ratebot.core.reply.RowTable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Draws one message for Discord: an answer or an info text as one embed, a problem as a short plain
 * message. Every part is cut to a budget whose sum stays inside Discord's limits, so no reply,
 * however large, can be refused for its size. All text from the core is plain text and is escaped
 * before it reaches a field that Discord reads as markdown.
 *
 * <p>Budgets for an answer (characters): title 256, description 2,048 (the context line of at most
 * 300, then the rows), up to 9 key figures of 64 + 200, notes 8 + 700, footer 512: at most 5,903 of
 * the 6,000 an embed may hold.
 */
final class DiscordCanvas implements Canvas<DiscordMessage> {
  static final int DESCRIPTION_BUDGET = 2048;
  static final int CONTEXT_BUDGET = 300;
  static final int MAX_KEY_FIGURES = 9;
  static final int FIGURE_NAME_BUDGET = 64;
  static final int FIGURE_VALUE_BUDGET = 200;
  static final int NOTES_BUDGET = 700;
  static final int FOOTER_BUDGET = 512;
  static final int BAR_CELLS = 12;
  private static final int COLOR = 0x5865F2;

  private final boolean ephemeral;
  private final EmbedBuilder embed = new EmbedBuilder().setColor(COLOR);
  private final List<String> description = new ArrayList<>();
  private final List<String> sections = new ArrayList<>();
  private final List<ActionRow> rows = new ArrayList<>();
  private String content = "";
  private boolean answer;
  private boolean problem;

  DiscordCanvas(boolean ephemeral) {
    this.ephemeral = ephemeral;
  }

  @Override
  public void title(String title) {
    embed.setTitle(title.isBlank() ? null : clip(escape(title), MessageEmbed.TITLE_MAX_LENGTH));
  }

  @Override
  public void context(String line) {
    description.add("*" + clip(escape(line), CONTEXT_BUDGET - 2) + "*");
  }

  @Override
  public void keyFigures(List<KeyFigure> figures) {
    figures.stream()
        .limit(MAX_KEY_FIGURES)
        .forEach(
            f ->
                embed.addField(
                    clip(escape(f.label()), FIGURE_NAME_BUDGET),
                    clip(figure(f), FIGURE_VALUE_BUDGET),
                    true));
  }

  @Override
  public void table(RowTable table) {
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
    description.add(text.toString().strip());
  }

  @Override
  public void notes(List<String> notes) {
    String text = notes.stream().map(n -> "• " + escape(n)).collect(Collectors.joining("\n"));
    embed.addField("Notes", clip(text, NOTES_BUDGET), false);
  }

  @Override
  public void sources(SourcesFooter footer) {
    answer = true;
    String sources =
        footer.citations().stream().map(Citation::text).collect(Collectors.joining("; "));
    String data = "Data: " + footer.vintage() + footer.versionSuffix();
    // The data's age and version first: a long list of sources is what the budget cuts.
    embed.setFooter(
        clip(sources.isEmpty() ? data : data + " · Sources: " + sources, FOOTER_BUDGET));
  }

  @Override
  public void block(String text, String language) {
    // In a code block markdown is not parsed; only a closing fence could break out of it.
    String body = text.replace("```", "'''");
    int budget = MessageEmbed.DESCRIPTION_MAX_LENGTH - 200;
    String cut = "";
    if (body.length() > budget) {
      body = body.substring(0, body.lastIndexOf('\n', budget));
      cut = "\nCut to fit a Discord message: the console prints the whole table.";
    }
    sections.add("```" + language + "\n" + body + "\n```" + cut);
  }

  @Override
  public void section(Info.Section section) {
    sections.add(
        (section.heading().isBlank() ? "" : "**" + escape(section.heading()) + "**\n")
            + section.lines().stream().map(DiscordText::escape).collect(Collectors.joining("\n")));
  }

  @Override
  public void problem(ProblemView view) {
    problem = true;
    StringBuilder text = new StringBuilder(escape(view.message()));
    if (!view.suggestions().isEmpty()) {
      text.append("\nTry: ")
          .append(
              view.suggestions().stream()
                  .limit(10)
                  .map(s -> DiscordText.code(s, 100))
                  .collect(Collectors.joining(" · ")));
    }
    if (!view.reference().isEmpty()) {
      text.append(" Reference: ").append(DiscordText.code(view.reference(), 64));
    }
    content = clip(text.toString(), Message.MAX_CONTENT_LENGTH);
  }

  @Override
  public void sharedBy(String userId) {
    if (!problem) {
      content = clip("Shared by <@" + userId + ">", Message.MAX_CONTENT_LENGTH);
    }
  }

  @Override
  public void controls(Controls controls) {
    rows.addAll(DiscordComponents.rows(controls));
  }

  @Override
  public DiscordMessage finish(String summary) {
    if (problem) {
      return new DiscordMessage(content, List.of(), List.of(), ephemeral);
    }
    if (answer) {
      if (!description.isEmpty()) {
        embed.setDescription(clip(String.join("\n", description), DESCRIPTION_BUDGET));
      }
    } else {
      String body = String.join("\n\n", sections);
      embed.setDescription(
          clip(body.isBlank() ? summary : body, MessageEmbed.DESCRIPTION_MAX_LENGTH));
      if (embed.isEmpty()) {
        embed.setDescription("(nothing to show)");
      }
    }
    return new DiscordMessage(content, List.of(embed.build()), rows, ephemeral);
  }

  private static String figure(KeyFigure figure) {
    String basis = "*" + figure.basis().tag() + "*";
    String detail = figure.detail().isBlank() ? "" : " · " + escape(figure.detail());
    return "**" + escape(figure.value()) + "**\n" + basis + detail;
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
}
