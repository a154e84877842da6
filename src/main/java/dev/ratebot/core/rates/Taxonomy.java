package dev.ratebot.core.rates;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The words a dataset's figures are keyed by: levels, technologies and regions with their aliases,
 * and the countries each region groups. Validated on construction: no word names two things, ranks
 * are distinct, every country is an ISO code in at most one region.
 *
 * @param levels levels, any order (they are sorted by rank)
 * @param technologies technologies with figures
 * @param technologiesWithoutData technology names users may ask for that have no figures
 * @param regions regions with their member countries
 * @param countryAliases common country names the JDK's ISO list lacks ("usa", "holland"), lower
 *     case, mapped to ISO alpha-2 codes of member countries
 */
public record Taxonomy(
    List<Level> levels,
    List<Technology> technologies,
    List<String> technologiesWithoutData,
    List<Region> regions,
    Map<String, String> countryAliases) {

  public Taxonomy {
    levels = levels.stream().sorted(Comparator.comparingInt(Level::rank)).toList();
    technologies = List.copyOf(technologies);
    technologiesWithoutData =
        technologiesWithoutData.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    regions = List.copyOf(regions);
    countryAliases = Map.copyOf(countryAliases);
    checkWords(levels, technologies, technologiesWithoutData, regions);
    checkRanks(levels);
    checkCountries(regions, countryAliases);
  }

  public Optional<Level> level(String id) {
    return levels.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  public Optional<Technology> technology(String id) {
    return technologies.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public Optional<Region> region(String id) {
    return regions.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The region a country (ISO alpha-2, any case) belongs to. */
  public Optional<Region> regionOfCountry(String isoCode) {
    String code = isoCode.toUpperCase(Locale.ROOT);
    return regions.stream().filter(r -> r.countries().contains(code)).findFirst();
  }

  /** Every member country code across all regions, sorted. */
  public Set<String> memberCountries() {
    Set<String> all = new TreeSet<>();
    regions.forEach(r -> all.addAll(r.countries()));
    return all;
  }

  private static void checkWords(
      List<Level> levels,
      List<Technology> technologies,
      List<String> withoutData,
      List<Region> regions) {
    Map<String, String> claimed = new HashMap<>();
    claimAll(claimed, "level", levels);
    claimAll(claimed, "technology", technologies);
    claimAll(claimed, "region", regions);
    for (String word : withoutData) {
      claim(claimed, word, "technology without data '" + word + "'");
    }
  }

  private static void checkRanks(List<Level> levels) {
    for (int i = 1; i < levels.size(); i++) {
      if (levels.get(i).rank() == levels.get(i - 1).rank()) {
        throw new InvalidDatasetException(
            "level '" + levels.get(i).id() + "', rank",
            "rank " + levels.get(i).rank() + " is used twice");
      }
    }
  }

  private static void checkCountries(List<Region> regions, Map<String, String> aliases) {
    Map<String, String> owner = new HashMap<>();
    for (Region region : regions) {
      for (String code : region.countries()) {
        String where = "region '" + region.id() + "', country " + code;
        if (!Countries.isIsoCode(code)) {
          throw new InvalidDatasetException(where, "'" + code + "' is not an ISO 3166 code");
        }
        String before = owner.putIfAbsent(code, region.id());
        if (before != null) {
          throw new InvalidDatasetException(
              where, "country " + code + " is already in region '" + before + "'");
        }
      }
    }
    for (Map.Entry<String, String> alias : new TreeMap<>(aliases).entrySet()) {
      if (!owner.containsKey(alias.getValue())) {
        throw new InvalidDatasetException(
            "country alias '" + alias.getKey() + "'",
            "country " + alias.getValue() + " is not a member of any region");
      }
    }
  }

  private static void claimAll(
      Map<String, String> claimed, String kind, List<? extends Term> terms) {
    for (Term term : terms) {
      String owner = kind + " '" + term.id() + "'";
      claim(claimed, term.id(), owner);
      claim(claimed, term.label(), owner);
      term.aliases().forEach(a -> claim(claimed, a, owner));
    }
  }

  // A term's id, label and aliases may repeat each other ("python" as id and label).
  private static void claim(Map<String, String> claimed, String word, String owner) {
    String key = word.toLowerCase(Locale.ROOT).trim();
    String before = claimed.putIfAbsent(key, owner);
    if (before != null && !before.equals(owner)) {
      throw new InvalidDatasetException(
          owner + ", alias '" + key + "'",
          "the word '" + key + "' is claimed twice (also by " + before + ")");
    }
  }
}
