package dev.ratebot.core.reply;

import java.util.List;
import java.util.Objects;

/**
 * The rows of an answer across the dimension the question left open (every region, every level).
 *
 * @param heading what the rows show, e.g. "Senior Python, hourly by region"
 * @param scaleMax the largest value any bar should reach (for drawing bars to one scale)
 * @param rows the rows, in display order
 */
public record RowTable(String heading, double scaleMax, List<Row> rows) {
  public RowTable {
    Objects.requireNonNull(heading, "heading");
    rows = List.copyOf(rows);
    if (scaleMax <= 0 && !rows.isEmpty()) {
      throw new IllegalArgumentException("scaleMax must be positive");
    }
  }

  /** A table with no rows, for answers that have none. */
  public static RowTable empty() {
    return new RowTable("", 0, List.of());
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
