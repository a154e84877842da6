package dev.ratebot.core.rates;

import java.util.Objects;

/**
 * One figure as a source states it: a range for a level, technology and region (each optional).
 *
 * @param source the id of the source it belongs to
 * @param table the id of the table it belongs to, within its source
 * @param level the level it is for, or null for all levels
 * @param technology the technology it is for, or null for all technologies
 * @param region the region it is for, or null where the table is for one place (see the table)
 * @param low the low end of the range
 * @param high the high end; equal to low for a single figure
 * @param topEnd the top end the source states, or 0 when it states none
 * @param orMore true when the source says "or more", e.g. "$60+"
 * @param quote the line of the article the figure comes from
 */
public record Observation(
    String source,
    String table,
    String level,
    String technology,
    String region,
    double low,
    double high,
    double topEnd,
    boolean orMore,
    String quote) {
  public Observation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(quote, "quote");
    if (!Double.isFinite(low) || !Double.isFinite(high) || !Double.isFinite(topEnd)) {
      throw new IllegalArgumentException("figures must be finite numbers");
    }
    if (low <= 0) {
      throw new IllegalArgumentException("low must be positive, got " + low);
    }
    if (high < low) {
      throw new IllegalArgumentException("low " + fmt(low) + " is above high " + fmt(high));
    }
    if (topEnd != 0 && topEnd < high) {
      throw new IllegalArgumentException("top end " + fmt(topEnd) + " is below high " + fmt(high));
    }
  }

  private static String fmt(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  public double midpoint() {
    return (low + high) / 2;
  }
}
