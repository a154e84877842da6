package dev.ratebot.core.query;

import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.Region;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The regions, countries and cities of a message in the order they were named, so that a comparison
 * is against the first one named ("poland vs latam": Central Europe first).
 */
final class PlaceOrder {
  private final List<String> mentions = new ArrayList<>();

  void region(String id) {
    mentions.add("r:" + id);
  }

  void country(String code) {
    mentions.add(countryKey(code));
  }

  void city(String typed) {
    mentions.add(cityKey(typed));
  }

  /** How {@link Whereabouts.Resolved#placed()} keys a country. */
  static String countryKey(String code) {
    return "c:" + code;
  }

  /** How {@link Whereabouts.Resolved#placed()} keys a city, as typed. */
  static String cityKey(String typed) {
    return "t:" + typed;
  }

  /** {@code regions} in the order named; any not traced to a mention come last. */
  List<Region> ordered(RateDataset dataset, Map<String, Region> placed, Set<Region> regions) {
    Set<Region> ordered = new LinkedHashSet<>();
    for (String mention : mentions) {
      Region region =
          mention.startsWith("r:")
              ? dataset.region(mention.substring(2)).orElse(null)
              : placed.get(mention);
      if (region != null && regions.contains(region)) {
        ordered.add(region);
      }
    }
    ordered.addAll(regions);
    return List.copyOf(ordered);
  }
}
