package dev.ratebot.core.rates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules one source must keep, checked in time linear in its rows (up to a sort per cell): its
 * tables reference only origins and terms that exist, a market source has at most one table of each
 * estimating kind, no cell is stated twice, figures are in the source's currency, and more
 * seniority never costs less within a table.
 */
final class SourceRules {
  private SourceRules() {}

  static void check(RateSource source, Taxonomy taxonomy) {
    String where = "source '" + source.id() + "'";
    Set<String> tableIds = new HashSet<>();
    Set<TableKind> kinds = new HashSet<>();
    for (RateTable table : source.tables()) {
      String at = where + ", table '" + table.id() + "'";
      if (!tableIds.add(table.id())) {
        throw new InvalidDatasetException(at, "the table id is used twice");
      }
      if (source.role() == SourceRole.MARKET
          && table.kind() != TableKind.FIGURES
          && !kinds.add(table.kind())) {
        throw new InvalidDatasetException(
            at, "a second table of kind " + table.kind() + " (one of each at most)");
      }
      if (!table.unit().currency().equals(source.currency())) {
        throw new InvalidDatasetException(
            at,
            "figures in "
                + table.unit().currency()
                + " but the source is in "
                + source.currency()
                + " (one currency per source)");
      }
      for (String origin : table.originIds()) {
        if (source.origin(origin).isEmpty()) {
          throw new InvalidDatasetException(
              at, "origin '" + origin + "' is referenced but not defined");
        }
      }
      checkRows(table, at, taxonomy);
    }
    if (source.tables().isEmpty()) {
      throw new InvalidDatasetException(where, "no tables: a source needs at least one");
    }
  }

  private static void checkRows(RateTable table, String at, Taxonomy taxonomy) {
    Map<String, Integer> rankOf = new HashMap<>();
    taxonomy.levels().forEach(l -> rankOf.put(l.id(), l.rank()));
    Set<String> technologies = new HashSet<>();
    taxonomy.technologies().forEach(t -> technologies.add(t.id()));
    Set<String> regions = new HashSet<>();
    taxonomy.regions().forEach(r -> regions.add(r.id()));
    Set<String> cells = new HashSet<>();
    Map<String, List<Observation>> byCell = new HashMap<>();
    List<Observation> rows = table.rows();
    for (int r = 0; r < rows.size(); r++) {
      Observation row = rows.get(r);
      String rowAt = at + ", row " + (r + 1);
      if (!row.table().equals(table.id())) {
        throw new InvalidDatasetException(rowAt, "row belongs to table '" + row.table() + "'");
      }
      if (row.level() != null && !rankOf.containsKey(row.level())) {
        throw new InvalidDatasetException(
            rowAt + ", level", "level '" + row.level() + "' is referenced but not defined");
      }
      if (row.technology() != null && !technologies.contains(row.technology())) {
        throw new InvalidDatasetException(
            rowAt + ", technology",
            "technology '" + row.technology() + "' is referenced but not defined");
      }
      if (row.region() != null && !regions.contains(row.region())) {
        throw new InvalidDatasetException(
            rowAt + ", region", "region '" + row.region() + "' is referenced but not defined");
      }
      String cell = row.level() + "/" + row.technology() + "/" + row.region();
      if (!cells.add(cell)) {
        throw new InvalidDatasetException(
            rowAt, "the same cell (" + describe(row) + ") is stated twice in this table");
      }
      if (row.level() != null) {
        byCell
            .computeIfAbsent(row.technology() + "/" + row.region(), k -> new ArrayList<>())
            .add(row);
      }
    }
    for (List<Observation> cell : byCell.values()) {
      cell.sort(Comparator.comparingInt(o -> rankOf.get(o.level())));
      for (int i = 1; i < cell.size(); i++) {
        Observation lower = cell.get(i - 1);
        Observation higher = cell.get(i);
        if (higher.low() < lower.low() || higher.high() < lower.high()) {
          throw new InvalidDatasetException(
              at + ", row " + (rows.indexOf(higher) + 1),
              "level '"
                  + higher.level()
                  + "' costs less than the lower level '"
                  + lower.level()
                  + "'");
        }
      }
    }
  }

  private static String describe(Observation row) {
    List<String> parts = new ArrayList<>();
    if (row.level() != null) {
      parts.add("level " + row.level());
    }
    if (row.technology() != null) {
      parts.add("technology " + row.technology());
    }
    if (row.region() != null) {
      parts.add("region " + row.region());
    }
    return parts.isEmpty() ? "no level, technology or region" : String.join(", ", parts);
  }
}
