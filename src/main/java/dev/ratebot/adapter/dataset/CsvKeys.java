package dev.ratebot.adapter.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code # key: value} lines above a CSV file's header, and the header's line. Other {@code #}
 * lines are comments; an unknown key, a key given twice or a required key missing is refused at its
 * line.
 */
final class CsvKeys {
  static final List<String> KEYS =
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
  static final List<String> REQUIRED =
      List.of("source", "name", "vintage", "currency", "rate_type");

  private static final Pattern KEY = Pattern.compile("#\\s*([A-Za-z][A-Za-z_-]*)\\s*:\\s*(.*)");

  private record Entry(String value, int line) {}

  private final String file;
  private final Map<String, Entry> entries;
  private final int headerLine;

  private CsvKeys(String file, Map<String, Entry> entries, int headerLine) {
    this.file = file;
    this.entries = entries;
    this.headerLine = headerLine;
  }

  /** Reads the lines above the header; {@code columns} names the columns a header may have. */
  static CsvKeys read(String file, CsvText text, List<String> columns) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    int header = 0;
    for (int line = 1; line <= text.lines() && header == 0; line++) {
      String content = text.line(line).strip();
      if (content.isEmpty()) {
        continue;
      }
      if (!content.startsWith("#")) {
        header = line;
        continue;
      }
      Matcher m = KEY.matcher(content);
      if (!m.matches()) {
        continue;
      }
      String key = m.group(1).toLowerCase(Locale.ROOT).replace('-', '_');
      if (!KEYS.contains(key)) {
        throw new DatasetLoadException(
            file,
            "line " + line,
            "unknown key '# " + m.group(1) + "' (known: " + String.join(", ", KEYS) + ")");
      }
      Entry before = entries.putIfAbsent(key, new Entry(m.group(2).strip(), line));
      if (before != null) {
        throw new DatasetLoadException(
            file,
            "line " + line,
            "# " + key + " is given twice (also on line " + before.line() + ")");
      }
    }
    if (header == 0) {
      throw DatasetLoadException.ofFile(
          file,
          "no header line: after the '# key: value' lines, a line names the columns ("
              + String.join(",", columns)
              + ")");
    }
    for (String key : REQUIRED) {
      if (!entries.containsKey(key) || entries.get(key).value().isEmpty()) {
        throw new DatasetLoadException(
            file, "line " + header, "# " + key + " is missing: give it above the header line");
      }
    }
    return new CsvKeys(file, entries, header);
  }

  /** The header's line, from 1. */
  int headerLine() {
    return headerLine;
  }

  /** A key's value, or "" when it is not given. */
  String value(String key) {
    Entry entry = entries.get(key);
    return entry == null ? "" : entry.value();
  }

  /** The line a key is given on, or the header's line when it is not given. */
  int line(String key) {
    Entry entry = entries.get(key);
    return entry == null ? headerLine : entry.line();
  }

  /**
   * A key's value read by {@code parse}, or null when it is not given; an {@link
   * IllegalArgumentException} from {@code parse} is refused at the key's line.
   */
  <T> T parsed(String key, Function<String, T> parse) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return null;
    }
    try {
      return parse.apply(entry.value());
    } catch (IllegalArgumentException e) {
      throw new DatasetLoadException(file, "line " + entry.line() + ", # " + key, e.getMessage());
    }
  }
}
