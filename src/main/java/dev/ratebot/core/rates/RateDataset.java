package dev.ratebot.core.rates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The whole rate dataset, validated on construction: every reference resolves, no alias is claimed
 * twice, ranges are ordered and more seniority never costs less within a table.
 *
 * @param title what the dataset is, e.g. "Backend developer rates, 2023"
 * @param vintage the year the data describes
 * @param context what the source says moves a rate
 * @param levels levels, any order (they are sorted by rank)
 * @param technologies technologies with figures
 * @param technologiesWithoutData technology names users may ask for that have no figures
 * @param regions regions with their member countries
 * @param countryAliases common country names the JDK's ISO list lacks ("usa", "holland"), lower
 *     case, mapped to ISO alpha-2 codes of member countries
 * @param sources every source a table names
 * @param tables the tables
 */
public record RateDataset(
    String title,
    String vintage,
    MarketContext context,
    List<Level> levels,
    List<Technology> technologies,
    List<String> technologiesWithoutData,
    List<Region> regions,
    Map<String, String> countryAliases,
    List<Source> sources,
    List<RateTable> tables) {

  public RateDataset {
    java.util.Objects.requireNonNull(context, "context");
    levels = levels.stream().sorted(Comparator.comparingInt(Level::rank)).toList();
    technologies = List.copyOf(technologies);
    technologiesWithoutData =
        technologiesWithoutData.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    regions = List.copyOf(regions);
    countryAliases = Map.copyOf(countryAliases);
    sources = List.copyOf(sources);
    tables = List.copyOf(tables);
    DatasetRules.check(levels, technologies, technologiesWithoutData, regions, sources, tables);
    DatasetRules.checkCountryAliases(countryAliases, regions);
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

  public Optional<Source> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The table of the given kind, if the dataset has one. */
  public Optional<RateTable> table(TableKind kind) {
    return tables.stream().filter(t -> t.kind() == kind).findFirst();
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

  /** The validation rules, kept apart so the record stays readable. */
  static final class DatasetRules {
    private DatasetRules() {}

    static void check(
        List<Level> levels,
        List<Technology> technologies,
        List<String> technologiesWithoutData,
        List<Region> regions,
        List<Source> sources,
        List<RateTable> tables) {
      Map<String, String> claimed = new HashMap<>();
      claimAll(claimed, "levels", levels);
      claimAll(claimed, "technologies", technologies);
      claimAll(claimed, "regions", regions);
      for (int i = 0; i < technologiesWithoutData.size(); i++) {
        claim(claimed, technologiesWithoutData.get(i), "$.technologiesWithoutData[" + i + "]");
      }
      Set<String> ranks = new TreeSet<>();
      for (int i = 0; i < levels.size(); i++) {
        if (!ranks.add(Integer.toString(levels.get(i).rank()))) {
          throw new InvalidDatasetException(
              "$.levels[" + i + "].rank", "rank " + levels.get(i).rank() + " is used twice");
        }
      }
      Map<String, String> countryOwner = new HashMap<>();
      for (int i = 0; i < regions.size(); i++) {
        List<String> countries = regions.get(i).countries();
        for (int c = 0; c < countries.size(); c++) {
          String code = countries.get(c);
          String path = "$.regions[" + i + "].countries[" + c + "]";
          if (!Countries.isIsoCode(code)) {
            throw new InvalidDatasetException(path, "'" + code + "' is not an ISO 3166 code");
          }
          String owner = countryOwner.putIfAbsent(code, regions.get(i).id());
          if (owner != null) {
            throw new InvalidDatasetException(
                path, "country " + code + " is already in region '" + owner + "'");
          }
        }
      }
      Set<String> sourceIds = new TreeSet<>();
      for (int i = 0; i < sources.size(); i++) {
        if (!sourceIds.add(sources.get(i).id())) {
          throw new InvalidDatasetException(
              "$.sources[" + i + "].id", "source '" + sources.get(i).id() + "' is defined twice");
        }
      }
      Set<TableKind> kinds = new TreeSet<>();
      for (int t = 0; t < tables.size(); t++) {
        RateTable table = tables.get(t);
        String path = "$.tables[" + t + "]";
        if (!kinds.add(table.kind())) {
          throw new InvalidDatasetException(
              path + ".kind", "a second table of kind " + table.kind() + " (one of each at most)");
        }
        for (int s = 0; s < table.sourceIds().size(); s++) {
          String id = table.sourceIds().get(s);
          if (!sourceIds.contains(id)) {
            throw new InvalidDatasetException(
                path + ".sources[" + s + "]", "source '" + id + "' is referenced but not defined");
          }
        }
        checkRows(table, path, levels, technologies, regions);
      }
    }

    static void checkCountryAliases(Map<String, String> aliases, List<Region> regions) {
      for (Map.Entry<String, String> alias : new TreeMap<>(aliases).entrySet()) {
        String code = alias.getValue();
        if (regions.stream().noneMatch(r -> r.countries().contains(code))) {
          throw new InvalidDatasetException(
              "$.countryAliases." + alias.getKey(),
              "country " + code + " is not a member of any region");
        }
      }
    }

    private static void checkRows(
        RateTable table,
        String path,
        List<Level> levels,
        List<Technology> technologies,
        List<Region> regions) {
      Map<String, Integer> rankOf = new HashMap<>();
      levels.forEach(l -> rankOf.put(l.id(), l.rank()));
      List<Observation> rows = table.rows();
      for (int r = 0; r < rows.size(); r++) {
        Observation row = rows.get(r);
        String rowPath = path + ".rows[" + r + "]";
        if (row.level() != null && !rankOf.containsKey(row.level())) {
          throw new InvalidDatasetException(
              rowPath + ".level", "level '" + row.level() + "' is referenced but not defined");
        }
        if (row.technology() != null
            && technologies.stream().noneMatch(x -> x.id().equals(row.technology()))) {
          throw new InvalidDatasetException(
              rowPath + ".technology",
              "technology '" + row.technology() + "' is referenced but not defined");
        }
        if (row.region() != null && regions.stream().noneMatch(x -> x.id().equals(row.region()))) {
          throw new InvalidDatasetException(
              rowPath + ".region", "region '" + row.region() + "' is referenced but not defined");
        }
      }
      // More seniority never costs less: within a table, rows that differ only in level must not
      // fall as the level rises.
      List<Observation> byRank = new ArrayList<>(rows);
      byRank.removeIf(o -> o.level() == null);
      byRank.sort(Comparator.comparingInt(o -> rankOf.get(o.level())));
      for (int i = 0; i < byRank.size(); i++) {
        for (int j = i + 1; j < byRank.size(); j++) {
          Observation lower = byRank.get(i);
          Observation higher = byRank.get(j);
          boolean sameCell =
              Objects.equals(lower.technology(), higher.technology())
                  && Objects.equals(lower.region(), higher.region());
          if (sameCell
              && rankOf.get(lower.level()) < rankOf.get(higher.level())
              && (higher.low() < lower.low() || higher.high() < lower.high())) {
            throw new InvalidDatasetException(
                path + ".rows[" + rows.indexOf(higher) + "]",
                "level '"
                    + higher.level()
                    + "' costs less than the lower level '"
                    + lower.level()
                    + "'");
          }
        }
      }
    }

    private static void claimAll(
        Map<String, String> claimed, String listName, List<? extends Term> terms) {
      for (int i = 0; i < terms.size(); i++) {
        Term term = terms.get(i);
        String base = "$." + listName + "[" + i + "]";
        claim(claimed, term.id(), base + ".id");
        claim(claimed, term.label().toLowerCase(Locale.ROOT), base + ".label");
        for (int a = 0; a < term.aliases().size(); a++) {
          claim(claimed, term.aliases().get(a), base + ".aliases[" + a + "]");
        }
      }
    }

    private static void claim(Map<String, String> claimed, String word, String path) {
      String key = word.toLowerCase(Locale.ROOT).trim();
      String owner = claimed.get(key);
      if (owner != null && !termPath(owner).equals(termPath(path))) {
        throw new InvalidDatasetException(
            path, "alias '" + key + "' is claimed twice (also at " + owner + ")");
      }
      claimed.putIfAbsent(key, path);
    }

    // A term's id, label and aliases may repeat each other ("python" as id and label).
    private static String termPath(String path) {
      int end = path.indexOf(']');
      return end < 0 ? path : path.substring(0, end + 1);
    }
  }
}
