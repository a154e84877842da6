package dev.ratebot.core.rates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules one source must keep, checked in time linear in its rows (up to a sort per cell): it
 * has tables and each has rows, its tables reference only origins and terms that exist, a market
 * source has at most one table of each estimating kind, no cell is stated twice, figures are in the
 * source's currency and within {@link FigureBounds}, and more seniority never costs less within a
 * table.
 */
final class SourceRules {
  private SourceRules() {}

  static void check(RateSource source, Taxonomy taxonomy) {
    SourceLocation where = SourceLocation.of(source.id());
    if (source.tables().isEmpty()) {
      throw new InvalidDatasetException(where, "no tables: a source needs at least one");
    }
    Terms terms = new Terms(taxonomy);
    Set<String> tableIds = new HashSet<>();
    Set<TableKind> kinds = new HashSet<>();
    for (int t = 0; t < source.tables().size(); t++) {
      RateTable table = source.tables().get(t);
      SourceLocation at = where.table(table.id(), t + 1);
      if (!tableIds.add(table.id())) {
        throw new InvalidDatasetException(at.field("id"), "the table id is used twice");
      }
      if (source.role() == SourceRole.MARKET
          && table.kind() != TableKind.FIGURES
          && !kinds.add(table.kind())) {
        throw new InvalidDatasetException(
            at.field("kind"), "a second table of kind " + table.kind() + " (one of each at most)");
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
              at.field("origins"), "origin '" + origin + "' is referenced but not defined");
        }
      }
      if (table.rows().isEmpty()) {
        throw new InvalidDatasetException(at, "no rows: a table needs at least one figure");
      }
      checkRows(table, at, terms);
    }
    if (source.role() == SourceRole.MARKET) {
      checkEstimatingTables(source, where);
    }
  }

  // A market source feeds the method of docs/METHOD.md: it needs the all-level range of each
  // region and the salary ladder of the levels, keyed the way the method reads them.
  private static void checkEstimatingTables(RateSource source, SourceLocation where) {
    RateTable byRegion =
        source
            .table(TableKind.HOURLY_BY_REGION)
            .orElseThrow(
                () ->
                    new InvalidDatasetException(
                        where,
                        "a market source needs a table of kind HOURLY_BY_REGION (the estimates"
                            + " start from it)"));
    RateTable ladder =
        source
            .table(TableKind.ANNUAL_BY_LEVEL)
            .orElseThrow(
                () ->
                    new InvalidDatasetException(
                        where,
                        "a market source needs a table of kind ANNUAL_BY_LEVEL (the estimates"
                            + " place each level by it)"));
    SourceLocation regionAt = where.table(byRegion.id(), source.tables().indexOf(byRegion) + 1);
    for (int r = 0; r < byRegion.rows().size(); r++) {
      Observation row = byRegion.rows().get(r);
      if (row.region() == null || row.level() != null || row.technology() != null) {
        throw new InvalidDatasetException(
            regionAt.row(r + 1),
            "a HOURLY_BY_REGION row names a region and no level or technology");
      }
    }
    SourceLocation ladderAt = where.table(ladder.id(), source.tables().indexOf(ladder) + 1);
    for (int r = 0; r < ladder.rows().size(); r++) {
      Observation row = ladder.rows().get(r);
      if (row.level() == null || row.technology() != null || row.region() != null) {
        throw new InvalidDatasetException(
            ladderAt.row(r + 1), "an ANNUAL_BY_LEVEL row names a level and nothing else");
      }
    }
  }

  // The taxonomy's ids, looked up once per source rather than per table.
  private record Terms(Map<String, Integer> rankOf, Set<String> technologies, Set<String> regions) {
    Terms(Taxonomy taxonomy) {
      this(new HashMap<>(), new HashSet<>(), new HashSet<>());
      taxonomy.levels().forEach(l -> rankOf.put(l.id(), l.rank()));
      taxonomy.technologies().forEach(t -> technologies.add(t.id()));
      taxonomy.regions().forEach(r -> regions.add(r.id()));
    }
  }

  // Keys made of the row's own strings: no string is built or hashed anew per row.
  private record Cell(String level, String technology, String region) {}

  private record Column(String technology, String region) {}

  private static void checkRows(RateTable table, SourceLocation at, Terms terms) {
    Map<String, Integer> rankOf = terms.rankOf();
    Set<String> technologies = terms.technologies();
    Set<String> regions = terms.regions();
    double max = FigureBounds.max(table.unit());
    List<Observation> rows = table.rows();
    Set<Cell> cells = new HashSet<>();
    Map<Column, List<Integer>> byCell = new HashMap<>();
    int[] rank = new int[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      Observation row = rows.get(r);
      SourceLocation rowAt = at.row(r + 1);
      if (!row.table().equals(table.id())) {
        throw new InvalidDatasetException(rowAt, "row belongs to table '" + row.table() + "'");
      }
      if (row.level() != null) {
        Integer levelRank = rankOf.get(row.level());
        if (levelRank == null) {
          throw new InvalidDatasetException(
              rowAt.field("level"), "level '" + row.level() + "' is referenced but not defined");
        }
        rank[r] = levelRank;
      }
      if (row.technology() != null && !technologies.contains(row.technology())) {
        throw new InvalidDatasetException(
            rowAt.field("technology"),
            "technology '" + row.technology() + "' is referenced but not defined");
      }
      if (row.region() != null && !regions.contains(row.region())) {
        throw new InvalidDatasetException(
            rowAt.field("region"), "region '" + row.region() + "' is referenced but not defined");
      }
      if (row.low() < FigureBounds.min(table.unit())) {
        throw new InvalidDatasetException(
            rowAt.field("low"),
            whole(row.low())
                + " "
                + table.unit().currency()
                + " per "
                + table.unit().period().word()
                + " is not a plausible figure (at least "
                + whole(FigureBounds.min(table.unit()))
                + ")");
      }
      checkBound(row.low(), "low", rowAt, table.unit(), max);
      checkBound(row.high(), "high", rowAt, table.unit(), max);
      checkBound(row.topEnd(), "topEnd", rowAt, table.unit(), max);
      if (!cells.add(new Cell(row.level(), row.technology(), row.region()))) {
        throw new InvalidDatasetException(
            rowAt, "the same cell (" + describe(row) + ") is stated twice in this table");
      }
      if (row.level() != null) {
        byCell
            .computeIfAbsent(new Column(row.technology(), row.region()), k -> new ArrayList<>())
            .add(r);
      }
    }
    for (List<Integer> cell : byCell.values()) {
      cell.sort(Comparator.comparingInt(i -> rank[i]));
      for (int i = 1; i < cell.size(); i++) {
        Observation lower = rows.get(cell.get(i - 1));
        Observation higher = rows.get(cell.get(i));
        if (higher.low() < lower.low() || higher.high() < lower.high()) {
          throw new InvalidDatasetException(
              at.row(cell.get(i) + 1),
              "level '"
                  + higher.level()
                  + "' costs less than the lower level '"
                  + lower.level()
                  + "'");
        }
      }
    }
  }

  private static void checkBound(
      double figure, String field, SourceLocation rowAt, Unit unit, double max) {
    if (figure > max) {
      throw new InvalidDatasetException(
          rowAt.field(field),
          whole(figure)
              + " "
              + unit.currency()
              + " per "
              + unit.period().word()
              + " is not a plausible figure (at most "
              + whole(max)
              + " per "
              + unit.period().word()
              + " in "
              + unit.currency()
              + ")");
    }
  }

  private static String whole(double value) {
    return value < 1e15
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%.3g", value);
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
