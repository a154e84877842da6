package dev.ratebot.adapter.dataset;

import dev.ratebot.core.rates.InvalidDatasetException;
import dev.ratebot.core.rates.MarketContext;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.Period;
import dev.ratebot.core.rates.RateSource;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.RateType;
import dev.ratebot.core.rates.SourceLocation;
import dev.ratebot.core.rates.SourceRole;
import dev.ratebot.core.rates.TableKind;
import dev.ratebot.core.rates.Taxonomy;
import dev.ratebot.core.rates.Term;
import dev.ratebot.core.rates.Unit;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Your own rates as CSV (UTF-8): leading {@code # key: value} lines describe the source, then a
 * header names the columns, then one figure a line. A CSV source is a reference source (shown
 * beside estimates, never fed into them) with one table of kind {@link TableKind#FIGURES} per
 * period used. Levels, technologies and regions are matched to the dataset's taxonomy by id, label
 * or alias, in any case. Every place is named as {@code line N} (and {@code column c}, or {@code #
 * key}). The shape is documented in the README under "Your own rates".
 */
final class CsvSourceFile implements SourceFile {
  /** The longest line read, in characters. */
  static final int MAX_LINE = 10_000;

  private static final List<String> COLUMNS =
      List.of("level", "technology", "region", "low", "high", "period", "note");
  private static final List<String> REQUIRED_COLUMNS = List.of("low", "period");
  private static final List<String> KEYS =
      List.of(
          "source",
          "name",
          "publisher",
          "publisher_kind",
          "vintage",
          "role",
          "currency",
          "rate_type",
          "coverage",
          "note");
  private static final List<String> REQUIRED_KEYS =
      List.of("source", "name", "vintage", "currency", "rate_type");
  private static final Pattern META = Pattern.compile("#\\s*([A-Za-z][A-Za-z_-]*)\\s*:\\s*(.*)");
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
  private final String text;
  private final int[] lineStarts;
  private final Map<String, Meta> meta;
  private final int headerLine;
  private final String fileName;
  private final Map<String, List<Integer>> rowLines = new HashMap<>();
  private final Map<String, Integer> columnOf = new HashMap<>();

  private record Meta(String value, int line) {}

  private CsvSourceFile(
      String name, String text, int[] lineStarts, Map<String, Meta> meta, int headerLine) {
    this.name = name;
    this.text = text;
    this.lineStarts = lineStarts;
    this.meta = meta;
    this.headerLine = headerLine;
    this.fileName = name.substring(name.lastIndexOf('/') + 1);
  }

  /** Reads the file's lines and its {@code # key: value} lines; the rows are read by source(). */
  static CsvSourceFile parse(String name, byte[] bytes) {
    String text = decode(name, bytes);
    int[] lineStarts = lineStarts(name, text);
    Map<String, Meta> meta = new LinkedHashMap<>();
    int header = 0;
    for (int line = 1; line <= lineStarts.length && header == 0; line++) {
      String content = line(text, lineStarts, line).strip();
      if (content.isEmpty()) {
        continue;
      }
      if (!content.startsWith("#")) {
        header = line;
        continue;
      }
      Matcher m = META.matcher(content);
      if (!m.matches()) {
        continue; // a comment
      }
      String key = m.group(1).toLowerCase(Locale.ROOT).replace('-', '_');
      if (!KEYS.contains(key)) {
        throw new DatasetLoadException(
            name,
            "line " + line,
            "unknown key '# " + m.group(1) + "' (known: " + String.join(", ", KEYS) + ")");
      }
      Meta before = meta.putIfAbsent(key, new Meta(m.group(2).strip(), line));
      if (before != null) {
        throw new DatasetLoadException(
            name,
            "line " + line,
            "# " + key + " is given twice (also on line " + before.line + ")");
      }
    }
    if (header == 0) {
      throw DatasetLoadException.ofFile(
          name,
          "no header line: after the '# key: value' lines, a line names the columns ("
              + String.join(",", COLUMNS)
              + ")");
    }
    for (String key : REQUIRED_KEYS) {
      if (!meta.containsKey(key) || meta.get(key).value().isEmpty()) {
        throw new DatasetLoadException(
            name, "line " + header, "# " + key + " is missing: give it above the header line");
      }
    }
    return new CsvSourceFile(name, text, lineStarts, meta, header);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<Taxonomy> taxonomy() {
    return Optional.empty();
  }

  @Override
  public RateSource source(Taxonomy taxonomy) {
    String id = meta.get("source").value();
    String currency = metaValue("currency", v -> new Unit(v, Period.HOUR).currency());
    RateType rateType =
        metaValue(
            "rate_type",
            v ->
                Arrays.stream(RateType.values())
                    .filter(t -> t.name().equalsIgnoreCase(v.replace(' ', '_')))
                    .findFirst()
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "'"
                                    + v
                                    + "' is not a rate type (contract_rate, vendor_price or"
                                    + " salary)")));
    metaValue(
        "role",
        v -> {
          if (!v.equalsIgnoreCase("reference")) {
            throw new IllegalArgumentException(
                "a CSV source is a reference source, shown beside estimates: only a JSON source"
                    + " can feed them (market)");
          }
          return v;
        });
    Map<Period, List<Observation>> rows = readRows(id, taxonomy);
    List<RateTable> tables = new ArrayList<>();
    Meta note = meta.get("note");
    rows.forEach(
        (period, observations) ->
            tables.add(
                new RateTable(
                    tableId(period),
                    meta.get("name").value() + ", per " + period.word(),
                    TableKind.FIGURES,
                    rateType,
                    "",
                    note == null ? "" : note.value(),
                    new Unit(currency, period),
                    "",
                    List.of(),
                    observations)));
    try {
      return new RateSource(
          id,
          meta.get("name").value(),
          value("publisher"),
          value("publisher_kind"),
          meta.get("vintage").value(),
          SourceRole.REFERENCE,
          currency,
          value("coverage"),
          MarketContext.none(),
          List.of(),
          tables);
    } catch (IllegalArgumentException e) {
      throw new DatasetLoadException(name, "line " + headerLine, e.getMessage());
    }
  }

  @Override
  public String render(InvalidDatasetException fault) {
    if (fault.at().isEmpty()) {
      return fault.location();
    }
    SourceLocation at = fault.at().get();
    if (at.table() == null) {
      Meta source = meta.get("source");
      return "id".equals(at.field())
          ? "line " + source.line() + ", # source"
          : "line " + headerLine;
    }
    List<Integer> lines = rowLines.get(at.table());
    if (at.row() == 0 || lines == null || at.row() > lines.size()) {
      return "line " + headerLine;
    }
    String line = "line " + lines.get(at.row() - 1);
    return at.field() != null && columnOf.containsKey(at.field())
        ? line + ", column " + at.field()
        : line;
  }

  private Map<Period, List<Observation>> readRows(String sourceId, Taxonomy taxonomy) {
    Map<String, Map<String, String>> words = words(taxonomy);
    Map<Period, List<Observation>> tables = new LinkedHashMap<>();
    StringReader reader = new StringReader(text);
    int offset = lineStarts[headerLine - 1];
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
          int line = lineOf(offset + (int) record.getCharacterPosition());
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
          name, "line " + headerLine, "not valid CSV: " + e.getMessage());
    }
    if (tables.isEmpty()) {
      throw new DatasetLoadException(
          name, "line " + headerLine, "no figures: the header is not followed by any row");
    }
    return tables;
  }

  // Commons CSV names the line where the broken record starts, counted from the header.
  private DatasetLoadException invalid(IOException e, long linesRead) {
    String message = String.valueOf(e.getMessage());
    Matcher m = BROKEN.matcher(message);
    long line = m.find() ? headerLine + Long.parseLong(m.group(1)) - 1 : headerLine + linesRead;
    String fault = m.find(0) ? message.substring(m.end()).strip() : message;
    return new DatasetLoadException(
        name,
        "line " + line,
        fault.startsWith("EOF reached before encapsulated token finished")
            ? "not valid CSV: a quoted value starts here and is never closed"
            : "not valid CSV: " + fault);
  }

  private void readHeader(List<String> header) {
    String at = "line " + headerLine;
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

  private <T> T metaValue(String key, Function<String, T> parse) {
    Meta m = meta.get(key);
    if (m == null) {
      return null;
    }
    try {
      return parse.apply(m.value());
    } catch (IllegalArgumentException e) {
      throw new DatasetLoadException(name, "line " + m.line() + ", # " + key, e.getMessage());
    }
  }

  private String value(String key) {
    Meta m = meta.get(key);
    return m == null ? "" : m.value();
  }

  private int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  private static String tableId(Period period) {
    return "per-" + period.word();
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

  private static String decode(String name, byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw DatasetLoadException.ofFile(name, "not UTF-8 text: save the file as UTF-8");
    }
  }

  // Where each line starts; refuses a line over MAX_LINE characters.
  private static int[] lineStarts(String name, String text) {
    int[] starts = new int[1024];
    int count = 1;
    int length = text.length();
    for (int i = 0; i <= length; i++) {
      if (i == length || text.charAt(i) == '\n') {
        int start = starts[count - 1];
        if (i - start > MAX_LINE) {
          throw new DatasetLoadException(
              name,
              "line " + count,
              String.format(
                  Locale.ROOT,
                  "the line is %,d characters long; at most %,d",
                  i - start,
                  MAX_LINE));
        }
        if (i < length) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      }
    }
    return Arrays.copyOf(starts, count);
  }

  private static String line(String text, int[] starts, int line) {
    int end = line < starts.length ? starts[line] : text.length();
    return text.substring(starts[line - 1], end);
  }
}
