package dev.ratebot.core.rates;

import java.util.Objects;

/**
 * Where in a source a fault is, in the dataset's own terms: the source, and optionally one of its
 * tables (by id and position), a row of that table and a field of that row or source. Adapters
 * render it in their file's terms (a JSON path, a CSV line and column).
 *
 * @param source the source's id
 * @param table the table's id, or null for the source itself
 * @param tableNumber the table's position in its source, from 1; 0 without a table
 * @param row the row's position in its table, from 1; 0 without a row
 * @param field the field, e.g. "level", "low" or "id"; null for the whole source, table or row
 */
public record SourceLocation(String source, String table, int tableNumber, int row, String field) {
  public SourceLocation {
    Objects.requireNonNull(source, "source");
    if (table == null ? tableNumber != 0 || row != 0 : tableNumber < 1 || row < 0) {
      throw new IllegalArgumentException("a row needs a table, and a table a position");
    }
  }

  /** The source as a whole. */
  public static SourceLocation of(String source) {
    return new SourceLocation(source, null, 0, 0, null);
  }

  /** A table of this source: {@code number} is its position, from 1. */
  public SourceLocation table(String id, int number) {
    return new SourceLocation(source, id, number, 0, null);
  }

  /** A row of this table, from 1. */
  public SourceLocation row(int number) {
    return new SourceLocation(source, table, tableNumber, number, null);
  }

  /** A field of this source, table or row. */
  public SourceLocation field(String name) {
    return new SourceLocation(source, table, tableNumber, row, name);
  }

  /** In neutral words, e.g. "source 'acme', table 'per-hour', row 3, level". */
  public String describe() {
    StringBuilder out = new StringBuilder("source '").append(source).append('\'');
    if (table != null) {
      out.append(", table '").append(table).append('\'');
    }
    if (row > 0) {
      out.append(", row ").append(row);
    }
    if (field != null) {
      out.append(", ").append(field);
    }
    return out.toString();
  }
}
