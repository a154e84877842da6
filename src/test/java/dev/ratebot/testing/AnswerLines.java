package dev.ratebot.testing;

import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Citation;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An answer as the lines a reader sees, in order: the title, the context line, each key figure with
 * its basis and detail, the table's heading with the figure its bars are drawn to, its rows (the
 * highlighted one marked), the notes and the sources cited. Lets a test state a whole answer at
 * once.
 */
public final class AnswerLines {
  private AnswerLines() {}

  public static List<String> of(Answer answer) {
    List<String> lines = new ArrayList<>();
    lines.add(answer.title());
    lines.add("(" + answer.context() + ")");
    for (KeyFigure figure : answer.keyFigures()) {
      lines.add(
          figure.label()
              + ": "
              + figure.value()
              + " ("
              + figure.basis().tag()
              + ")"
              + (figure.detail().isEmpty() ? "" : " — " + figure.detail()));
    }
    if (!answer.table().rows().isEmpty()) {
      lines.add(
          "# "
              + answer.table().heading()
              + String.format(Locale.ROOT, " [bars to %.0f]", answer.table().scaleMax()));
    }
    for (Row row : answer.table().rows()) {
      lines.add(
          (row.highlighted() ? "> " : "- ")
              + row.label()
              + " "
              + row.value()
              + " ("
              + row.basis().tag()
              + ")");
    }
    answer.notes().forEach(n -> lines.add("Note: " + n));
    for (Citation source : answer.sources()) {
      lines.add(
          "Source: "
              + source.name()
              + " ("
              + source.vintage()
              + ")"
              + (source.via().isEmpty() ? "" : " via " + source.via())
              + ", "
              + source.table()
              + (source.rows().isEmpty() ? "" : ": " + String.join(", ", source.rows())));
    }
    return lines;
  }
}
