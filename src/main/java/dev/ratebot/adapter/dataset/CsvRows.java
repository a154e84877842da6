package dev.ratebot.adapter.dataset;

import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.Period;
import dev.ratebot.core.rates.Taxonomy;
import dev.ratebot.core.rates.Term;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The rows of a CSV file, read with Commons CSV below its header: one {@link Observation} a line,
 * grouped by period, with the line each came from so that a fault found later is named by its line
 * and column. Levels, technologies and regions are matched to the taxonomy by id, label or alias in
 * any case; figures are digits with an optional decimal point.
 */
final class CsvRows {
  static final List<String> COLUMNS =
      List.of("level", "technology", "region", "low", "high", "period", "note");
  private static final List<String> REQUIRED_COLUMNS = List.of("low", "period");
  private static final Pattern BROKEN = Pattern.compile("\\(startline (\\d+)\\)");
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setCommentMarker('#')
          .setIgnoreEmptyLines(true)
          .setTrim(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
          .setAllowMissingColumnNames(true)
          .get();

  private final String name;
  private final CsvText text;
  private final CsvKeys keys;
  private final String fileName;
  private final Map<String, List<Integer>> rowLines = new HashMap<>();
  private final Map<String, Integer> columnOf = new HashMap<>();

  CsvRows(String name, CsvText text, CsvKeys keys) {
    this.name = name;
    this.text = text;
    this.keys = keys;
    this.fileName = name.substring(name.lastIndexOf('/') + 1);
  }

  /** The line a table's row (from 1) came from, or 0 when there is no such row. */
  int line(String table, int row) {
    List<Integer> lines = rowLines.get(table);
    return lines == null || row < 1 || row > lines.size() ? 0 : lines.get(row - 1);
  }

  /** Whether the header has a column. */
  boolean hasColumn(String column) {
    return columnOf.containsKey(column);
  }

  /** The id of the table of a period's rows, e.g. "per-hour". */
  static String tableId(Period period) {
    return "per-" + period.word();
  }

  /** Reads every row, grouped by period in the order periods first appear. */
  Map<Period, List<Observation>> read(String sourceId, Taxonomy taxonomy) {
    Map<String, Map<String, String>> words = words(taxonomy);
    Map<Period, List<Observation>> tables = new LinkedHashMap<>();
    StringReader reader = new StringReader(text.text());
    int offset = text.start(keys.headerLine());
    try {
      reader.skip(offset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (CSVParser parser = FORMAT.parse(reader)) {
      readHeader(parser.getHeaderNames());
      int columns = parser.getHeaderNames().size();
      try {
        for (CSVRecord record : parser) {
          int line = text.lineOf(offset + (int) record.getCharacterPosition());
          if (record.size() != columns) {
            throw new DatasetLoadException(
                name,
                "line " + line,
                record.size() + " values, but the header names " + columns + " columns");
          }
          Period period = period(record, line);
          String table = tableId(period);
          Observation row = row(sourceId, table, record, line, words);
          tables.computeIfAbsent(period, p -> new ArrayList<>()).add(row);
          rowLines.computeIfAbsent(table, t -> new ArrayList<>()).add(line);
        }
      } catch (UncheckedIOException e) {
        throw invalid(e.getCause(), parser.getCurrentLineNumber());
      }
    } catch (IOException e) {
      throw new DatasetLoadException(
          name, "line " + keys.headerLine(), "not valid CSV: " + e.getMessage());
    }
    if (tables.isEmpty()) {
      throw new DatasetLoadException(
          name, "line " + keys.headerLine(), "no figures: the header is not followed by any row");
    }
    return tables;
  }

  // Commons CSV names the line where the broken record starts, counted from the header.
  private DatasetLoadException invalid(IOException e, long linesRead) {
    String message = String.valueOf(e.getMessage());
    Matcher m = BROKEN.matcher(message);
    boolean located = m.find();
    long line = keys.headerLine() + (located ? Long.parseLong(m.group(1)) - 1 : linesRead);
    String fault = located ? message.substring(m.end()).strip() : message;
    return new DatasetLoadException(
        name,
        "line " + line,
        fault.startsWith("EOF reached before encapsulated token finished")
            ? "not valid CSV: a quoted value starts here and is never closed"
            : "not valid CSV: " + fault);
  }

  private void readHeader(List<String> header) {
    String at = "line " + keys.headerLine();
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (column.isEmpty()) {
        throw new DatasetLoadException(name, at, "column " + (i + 1) + " has no name");
      }
      if (!COLUMNS.contains(column)) {
        throw new DatasetLoadException(
            name,
            at,
            "unknown column '" + header.get(i) + "' (known: " + String.join(",", COLUMNS) + ")");
      }
      if (columnOf.putIfAbsent(column, i) != null) {
        throw new DatasetLoadException(name, at, "the column '" + column + "' appears twice");
      }
    }
    for (String column : REQUIRED_COLUMNS) {
      if (!columnOf.containsKey(column)) {
        throw new DatasetLoadException(name, at, "the column '" + column + "' is missing");
      }
    }
  }

  private Observation row(
      String sourceId,
      String table,
      CSVRecord record,
      int line,
      Map<String, Map<String, String>> words) {
    String level = term(record, line, "level", words);
    String technology = term(record, line, "technology", words);
    String region = term(record, line, "region", words);
    double low = number(record, line, "low");
    String highText = cell(record, "high");
    double high = highText.isEmpty() ? low : number(record, line, "high");
    String note = cell(record, "note");
    try {
      return new Observation(
          sourceId,
          table,
          level,
          technology,
          region,
          low,
          high,
          0,
          false,
          note.isEmpty() ? fileName + ", line " + line : note);
    } catch (IllegalArgumentException e) {
      throw new DatasetLoadException(name, "line " + line, e.getMessage());
    }
  }

  private String term(
      CSVRecord record, int line, String column, Map<String, Map<String, String>> words) {
    String word = cell(record, column);
    if (word.isEmpty()) {
      return null;
    }
    Map<String, String> known = words.get(column);
    String id = known.get(word.toLowerCase(Locale.ROOT));
    if (id == null) {
      throw new DatasetLoadException(
          name,
          "line " + line + ", column " + column,
          "'"
              + word
              + "' is not a "
              + column
              + " of the dataset ("
              + String.join(", ", known.values().stream().distinct().sorted().toList())
              + ")");
    }
    return id;
  }

  private double number(CSVRecord record, int line, String column) {
    String value = cell(record, column);
    if (!isNumber(value)) {
      throw new DatasetLoadException(
          name,
          "line " + line + ", column " + column,
          value.isEmpty()
              ? "missing: a figure is required"
              : "'" + value + "' is not a number: write digits only, e.g. 95000 or 62.5");
    }
    return Double.parseDouble(value);
  }

  // Digits with at most one decimal point inside: as in 95000 or 62.5, checked without a regex per
  // cell.
  private static boolean isNumber(String value) {
    int point = -1;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '.' && point < 0 && i > 0 && i < value.length() - 1) {
        point = i;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return !value.isEmpty();
  }

  private Period period(CSVRecord record, int line) {
    String value = cell(record, "period").toLowerCase(Locale.ROOT);
    for (Period period : Period.values()) {
      if (period.word().equals(value)) {
        return period;
      }
    }
    throw new DatasetLoadException(
        name,
        "line " + line + ", column period",
        "'" + cell(record, "period") + "' is not a period (hour, month or year)");
  }

  private String cell(CSVRecord record, String column) {
    Integer index = columnOf.get(column);
    return index == null ? "" : record.get(index).strip();
  }

  private static Map<String, Map<String, String>> words(Taxonomy taxonomy) {
    Map<String, Map<String, String>> words = new HashMap<>();
    words.put("level", wordsOf(taxonomy.levels()));
    words.put("technology", wordsOf(taxonomy.technologies()));
    words.put("region", wordsOf(taxonomy.regions()));
    return words;
  }

  private static Map<String, String> wordsOf(List<? extends Term> terms) {
    Map<String, String> words = new HashMap<>();
    for (Term term : terms) {
      words.put(term.id().toLowerCase(Locale.ROOT), term.id());
      words.put(term.label().toLowerCase(Locale.ROOT), term.id());
      term.aliases().forEach(a -> words.put(a.toLowerCase(Locale.ROOT), term.id()));
    }
    return words;
  }
}
