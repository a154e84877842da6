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
