package dev.ratebot.adapter.chat;

import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Citation;
import dev.ratebot.core.reply.Export;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Row;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * An answer as one table to paste into a hiring document: its headline figures, then its rows, then
 * its sources, each a line with the same five columns, so nothing that says what a figure is or
 * where it comes from is lost on the way.
 */
public final class ExportTable {
  static final List<String> HEADER = List.of("Part", "What", "Figure", "Basis", "Detail");

  private ExportTable() {}

  /** The answer as CSV (RFC 4180) or a Markdown table. */
  public static String of(Answer answer, Export.Format format) {
    List<List<String>> lines = lines(answer);
    return format == Export.Format.CSV ? csv(lines) : markdown(lines);
  }

  static List<List<String>> lines(Answer answer) {
    List<List<String>> lines = new ArrayList<>();
    for (KeyFigure k : answer.keyFigures()) {
      lines.add(List.of("figure", k.label(), k.value(), k.basis().tag(), k.detail()));
    }
    for (Row row : answer.table().rows()) {
      lines.add(
          List.of(
              "row",
              row.label(),
              row.value(),
              row.basis().tag(),
              answer.table().heading() + (row.highlighted() ? " (asked)" : "")));
    }
    for (String note : answer.notes()) {
      lines.add(List.of("note", "", "", "", note));
    }
    SourcesFooter footer = SourcesFooter.of(answer);
    for (Citation source : footer.citations()) {
      lines.add(List.of("source", "", "", "", source.text()));
    }
    lines.add(
        List.of("data", "", "", "", "data vintage " + footer.vintage() + footer.versionSuffix()));
    return lines;
  }

  private static String csv(List<List<String>> lines) {
    StringBuilder out = new StringBuilder(CSVFormat.RFC4180.format(HEADER.toArray()));
    for (List<String> line : lines) {
      out.append("\r\n").append(CSVFormat.RFC4180.format(line.toArray()));
    }
    return out.toString();
  }

  private static String markdown(List<List<String>> lines) {
    StringBuilder out = new StringBuilder();
    out.append(row(HEADER)).append('\n');
    out.append("|---|---|---|---|---|\n");
    for (List<String> line : lines) {
      out.append(row(line)).append('\n');
    }
    return out.toString().strip();
  }

  private static String row(List<String> cells) {
    List<String> escaped = new ArrayList<>();
    for (String cell : cells) {
      escaped.add(cell.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " "));
    }
    return "| " + String.join(" | ", escaped) + " |";
  }
}
