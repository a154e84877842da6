package dev.ratebot.adapter.console;

import dev.ratebot.adapter.chat.Canvas;
import dev.ratebot.adapter.chat.Controls;
import dev.ratebot.adapter.chat.ProblemView;
import dev.ratebot.adapter.chat.SourcesFooter;
import dev.ratebot.core.reply.Citation;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Row;
import dev.ratebot.core.reply.RowTable;
import java.util.List;

/** Draws one reply as aligned plain text, with range bars in Unicode blocks. */
final class ConsoleCanvas implements Canvas<String> {
  static final int BAR_WIDTH = 28;
  private static final char RANGE = '█';
  private static final char TOP_END = '░';
  private static final char EMPTY = '·';

  private final String helpWord;
  private final StringBuilder out = new StringBuilder();

  /**
   * @param helpWord the word a user types for help, named after a user error
   */
  ConsoleCanvas(String helpWord) {
    this.helpWord = helpWord;
  }

  @Override
  public void title(String title) {
    out.append(title).append('\n').append("─".repeat(title.length())).append('\n');
  }

  @Override
  public void context(String line) {
    out.append(line).append('\n');
  }

  @Override
  public void keyFigures(List<KeyFigure> figures) {
    int labelWidth = width(figures.stream().map(KeyFigure::label).toList());
    int valueWidth = width(figures.stream().map(KeyFigure::value).toList());
    for (KeyFigure k : figures) {
      out.append("  ")
          .append(pad(k.label(), labelWidth))
          .append("  ")
          .append(pad(k.value(), valueWidth))
          .append("  ")
          .append(pad(k.basis().tag(), 10))
          .append(k.detail().isEmpty() ? "" : "  " + k.detail())
          .append('\n');
    }
  }

  @Override
  public void table(RowTable table) {
    out.append('\n').append(table.heading()).append('\n');
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

  @Override
  public void notes(List<String> notes) {
    out.append("\nNotes\n");
    notes.forEach(n -> out.append("  • ").append(n).append('\n'));
  }

  @Override
  public void sources(SourcesFooter footer) {
    out.append("\nSources (data vintage ")
        .append(footer.vintage())
        .append(footer.versionSuffix())
        .append(")\n");
    for (Citation c : footer.citations()) {
      out.append("  • ").append(c.text()).append('\n');
    }
  }

  @Override
  public void block(String text, String language) {
    out.append('\n').append(text).append('\n'); // unindented: pasted as it is
  }

  @Override
  public void section(Info.Section section) {
    if (!section.heading().isEmpty()) {
      out.append('\n').append(section.heading()).append('\n');
    }
    section.lines().forEach(l -> out.append("  ").append(l).append('\n'));
  }

  @Override
  public void problem(ProblemView problem) {
    out.append(problem.message());
    if (!problem.reference().isEmpty()) {
      out.append(" Reference: ").append(problem.reference());
    }
    if (!problem.suggestions().isEmpty()) {
      out.append("\nDid you mean: ").append(String.join(", ", problem.suggestions())).append('?');
    }
    if (problem.userError()) {
      out.append("\nType '").append(helpWord).append("' for examples.");
    }
  }

  @Override
  public void sharedBy(String userId) {
    out.append("\nShared by ").append(userId).append('\n');
  }

  /** The console has no controls: it answers each line typed. */
  @Override
  public void controls(Controls controls) {}

  @Override
  public String finish(String summary) {
    return out.toString().stripTrailing();
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

  private static int width(List<String> texts) {
    return texts.stream().mapToInt(String::length).max().orElse(0);
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
