package dev.ratebot.core.query;

import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.Region;
import java.util.List;

/**
 * What a question compares, in the order it named them: several regions (at one level) or several
 * levels (in one region), never both. Places named that have no data are kept by name, so the
 * answer can say so instead of dropping them silently.
 *
 * @param regions the regions compared, first is the baseline; empty when levels are compared
 * @param levels the levels compared, first is the baseline; empty when regions are compared
 * @param withoutData places named for the comparison that no region covers, e.g. "India"
 */
public record Comparison(List<Region> regions, List<Level> levels, List<String> withoutData) {
  /** No comparison: a plain question. */
  public static final Comparison NONE = new Comparison(List.of(), List.of(), List.of());

  public Comparison {
    regions = List.copyOf(regions);
    levels = List.copyOf(levels);
    withoutData = List.copyOf(withoutData);
    if (!regions.isEmpty() && !levels.isEmpty()) {
      throw new IllegalArgumentException("compare regions or levels, not both");
    }
  }

  /** What is compared, as users see it, in the order named ("Latin America", "Central Europe"). */
  public List<String> labels() {
    return regions.isEmpty()
        ? levels.stream().map(Level::label).toList()
        : regions.stream().map(Region::label).toList();
  }

  /** True when the question compares something (even if fewer than two remain with data). */
  public boolean isPresent() {
    return !regions.isEmpty() || !levels.isEmpty() || !withoutData.isEmpty();
  }
}
