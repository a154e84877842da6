package dev.ratebot.core.rates;

import java.util.List;

/**
 * An experience level, e.g. entry, mid or senior.
 *
 * @param id the stable key used in tables, e.g. "senior"
 * @param label what users see, e.g. "Senior"
 * @param rank order of seniority: a higher rank never costs less
 * @param aliases other words users type for it, lower case, e.g. "sr"
 */
public record Level(String id, String label, int rank, List<String> aliases) implements Term {
  public Level {
    Term.check(id, label);
    aliases = List.copyOf(aliases);
  }
}
