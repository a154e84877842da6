package dev.ratebot.core.query;

import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.Region;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Continents and trade blocs people name ("europe", "the americas", "asia"). None is one of the
 * data's regions, so a question naming one gets a plain problem: which regions to pick from, or
 * that there is no data, never a guess (before, "americas" was corrected to "america", the US).
 */
final class BroadRegions {
  /** Each phrase, as typed (normalised on use), with the broad region as answers name it. */
  static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("europe", "Europe"),
          Map.entry("eu", "Europe"),
          Map.entry("european union", "Europe"),
          Map.entry("americas", "the Americas"),
          Map.entry("the americas", "the Americas"),
          Map.entry("asia", "Asia"),
          Map.entry("apac", "Asia-Pacific"),
          Map.entry("asia pacific", "Asia-Pacific"),
          Map.entry("africa", "Africa"),
          Map.entry("oceania", "Oceania"),
          Map.entry("australasia", "Oceania"),
          Map.entry("middle east", "the Middle East"),
          Map.entry("mena", "the Middle East"),
          Map.entry("emea", "EMEA"));

  // Which of the data's regions lie within a broad region, by id; the others have none.
  private static final Map<String, List<String>> SPANS =
      Map.of(
          "Europe", List.of("western-europe", "central-europe"),
          "the Americas", List.of("north-america", "latin-america"),
          "EMEA", List.of("western-europe", "central-europe"));

  private BroadRegions() {}

  /** The problem a question naming these broad regions gets. */
  static String problem(Set<String> named, RateDataset dataset) {
    String first = named.iterator().next();
    List<String> within =
        SPANS.getOrDefault(first, List.of()).stream()
            .map(dataset::region)
            .flatMap(java.util.Optional::stream)
            .map(Region::label)
            .toList();
    if (within.size() > 1) {
      return capitalised(first)
          + " spans "
          + within.size()
          + " of the data's regions: ask for "
          + String.join(" or ", within)
          + ", or name a country.";
    }
    return "No data for "
        + first
        + ": ratebot covers "
        + String.join(", ", dataset.regions().stream().map(Region::label).toList())
        + ".";
  }

  private static String capitalised(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
