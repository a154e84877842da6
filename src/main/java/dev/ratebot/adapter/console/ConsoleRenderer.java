package dev.ratebot.adapter.console;

import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Citation;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.core.reply.Row;
import dev.ratebot.core.reply.RowTable;
import java.util.List;

/** Draws a reply as aligned plain text, with range bars in Unicode blocks. */
public final class ConsoleRenderer {
  static final int BAR_WIDTH = 28;
  private static final char RANGE = '█';
  private static final char TOP_END = '░';
  private static final char EMPTY = '·';

  public String render(Reply reply) {
    if (reply instanceof Answer answer) {
      return answer(answer);
    }
    if (reply instanceof Info info) {
      return info(info);
    }
    return problem((Problem) reply);
  }

  private String answer(Answer answer) {
    StringBuilder out = new StringBuilder();
    heading(out, answer.title());
    int labelWidth = width(answer.keyFigures().stream().map(KeyFigure::label).toList());
    int valueWidth = width(answer.keyFigures().stream().map(KeyFigure::value).toList());
    for (KeyFigure k : answer.keyFigures()) {
      out.append("  ")
          .append(pad(k.label(), labelWidth))
          .append("  ")
          .append(pad(k.value(), valueWidth))
          .append("  ")
          .append(pad(k.basis().tag(), 10))
          .append(k.detail().isEmpty() ? "" : "  " + k.detail())
          .append('\n');
    }
    if (!answer.table().isEmpty()) {
      out.append('\n');
      table(out, answer.table());
    }
    if (!answer.notes().isEmpty()) {
      out.append("\nNotes\n");
      answer.notes().forEach(n -> out.append("  • ").append(n).append('\n'));
    }
    out.append("\nSources (data vintage ").append(answer.vintage()).append(")\n");
    for (Citation c : answer.sources()) {
      out.append("  • ").append(c.text()).append('\n');
    }
    return strip(out);
  }

  private void table(StringBuilder out, RowTable table) {
    out.append(table.heading()).append('\n');
    int labelWidth = width(table.rows().stream().map(Row::label).toList());
    int valueWidth = width(table.rows().stream().map(Row::value).toList());
    for (Row row : table.rows()) {
      out.append(row.highlighted() ? "▸ " : "  ")
          .append(pad(row.label(), labelWidth))
          .append("  ")
          .append(pad(row.value(), valueWidth))
          .append("  ")
          .append(bar(row, table.scaleMax()))
          .append("  ")
          .append(row.basis().tag())
          .append('\n');
    }
  }

  /** A bar of {@link #BAR_WIDTH} cells: the range in full blocks, up to the top end in shade. */
  static String bar(Row row, double scaleMax) {
    StringBuilder bar = new StringBuilder(BAR_WIDTH);
    double cell = scaleMax / BAR_WIDTH;
    for (int i = 0; i < BAR_WIDTH; i++) {
      double from = i * cell;
      double to = from + cell;
      if (to > row.low() && from < row.high()) {
        bar.append(RANGE);
      } else if (row.topEnd() > 0 && from >= row.high() && from < row.topEnd()) {
        bar.append(TOP_END);
      } else {
        bar.append(EMPTY);
      }
    }
    return bar.toString();
  }

  private String info(Info info) {
    StringBuilder out = new StringBuilder();
    heading(out, info.title());
    for (Info.Section section : info.sections()) {
      if (!section.heading().isEmpty()) {
        out.append('\n').append(section.heading()).append('\n');
      }
      section.lines().forEach(l -> out.append("  ").append(l).append('\n'));
    }
    return strip(out);
  }

  private String problem(Problem problem) {
    StringBuilder out = new StringBuilder(problem.message());
    if (!problem.suggestions().isEmpty()) {
      out.append("\nDid you mean: ").append(String.join(", ", problem.suggestions())).append('?');
    }
    if (problem.kind() == Problem.Kind.USER) {
      out.append("\nType 'help' for examples.");
    }
    return out.toString();
  }

  private static void heading(StringBuilder out, String title) {
    out.append(title).append('\n').append("─".repeat(title.length())).append('\n');
  }

  private static int width(List<String> texts) {
    return texts.stream().mapToInt(String::length).max().orElse(0);
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static String strip(StringBuilder out) {
    return out.toString().stripTrailing();
  }
}
