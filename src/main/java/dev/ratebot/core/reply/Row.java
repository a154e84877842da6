package dev.ratebot.core.reply;

import java.util.Objects;

/**
 * One row of an answer's table: a region or a level with its range.
 *
 * @param label the region or level
 * @param value the formatted range, e.g. {@code "$45–65/h"}
 * @param low the low end, in the table's unit, for drawing a bar
 * @param high the high end, in the table's unit
 * @param topEnd the top end in the same unit, or 0 when the source states none
 * @param basis observed or estimate
 * @param highlighted true for the row the question asked about
 */
public record Row(
    String label,
    String value,
    double low,
    double high,
    double topEnd,
    Basis basis,
    boolean highlighted) {
  public Row {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(basis, "basis");
    if (low < 0 || high < low || (topEnd != 0 && topEnd < low)) {
      throw new IllegalArgumentException(
          "row "
              + label
              + ": need 0 <= low <= high and top end >= low, got "
              + low
              + ", "
              + high
              + ", "
              + topEnd);
    }
  }
}
