package dev.ratebot.core.rates;

import java.util.List;

/**
 * A technology the dataset has figures for, e.g. Python.
 *
 * @param id the stable key, e.g. "python"
 * @param label what users see, e.g. "Python"
 * @param aliases other words users type for it, lower case
 */
public record Technology(String id, String label, List<String> aliases) implements Term {
  public Technology {
    Term.check(id, label);
    aliases = List.copyOf(aliases);
  }
}
