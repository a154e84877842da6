package dev.ratebot.core.rates;

import java.util.List;
import java.util.Objects;

/**
 * One table of the source article: a unit, a place, sources and its rows.
 *
 * @param id the stable key, e.g. "hourly-by-region"
 * @param title e.g. "Hourly rate by region"
 * @param kind what the estimator uses the table for
 * @param unit what its figures count
 * @param place where its figures apply when rows have no region, e.g. "United States"; may be empty
 * @param sourceIds the sources the article names for it
 * @param rows its figures
 */
public record RateTable(
    String id,
    String title,
    TableKind kind,
    Unit unit,
    String place,
    List<String> sourceIds,
    List<Observation> rows) {
  public RateTable {
    Term.check(id, title);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unit, "unit");
    place = place == null ? "" : place;
    sourceIds = List.copyOf(sourceIds);
    rows = List.copyOf(rows);
  }
}
