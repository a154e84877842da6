package dev.ratebot.core.rates;

import java.util.List;

/** A named value of one query dimension: a level, a technology or a region. */
public interface Term {
  /** The stable key used in tables. */
  String id();

  /** The name users see. */
  String label();

  /** Other words users type for it, lower case. */
  List<String> aliases();

  /**
   * Checks a vintage: a year of four digits, from 1990 to this year (answers compute the data's age
   * from it, so a typo such as 20266 or a future year would mislead).
   */
  static void checkYear(String vintage) {
    int thisYear = java.time.Year.now(java.time.ZoneOffset.UTC).getValue();
    if (!vintage.matches("\\d{4}")
        || Integer.parseInt(vintage) < 1990
        || Integer.parseInt(vintage) > thisYear) {
      throw new IllegalArgumentException(
          "vintage '" + vintage + "' is not a year from 1990 to " + thisYear);
    }
  }

  /** Checks the fields every term needs; for compact constructors. */
  static void check(String id, String label) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a term needs an id");
    }
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("term " + id + " needs a label");
    }
  }
}
