package dev.ratebot.core.rates;

import java.util.List;
import java.util.Objects;

/**
 * One table of a source: what its figures are, their unit, where they apply, and its rows.
 *
 * @param id the stable key within its source, e.g. "hourly-by-region"
 * @param title e.g. "Hourly rate by region"
 * @param kind the role the table plays in estimation
 * @param rateType what its figures are: contract rates, a vendor's prices or salaries
 * @param reading why the figures are read as that rate type, when it is ratebot's reading rather
 *     than the source's own word; may be empty
 * @param note what the source says about the table, one sentence shown where it matters; may be
 *     empty
 * @param unit currency and period of its figures
 * @param place where its figures apply when rows have no region, e.g. "United States"; may be empty
 * @param originIds the origins the source names for it
 * @param rows its figures
 */
public record RateTable(
    String id,
    String title,
    TableKind kind,
    RateType rateType,
    String reading,
    String note,
    Unit unit,
    String place,
    List<String> originIds,
    List<Observation> rows) {
  public RateTable {
    Term.check(id, title);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rateType, "rateType");
    Objects.requireNonNull(unit, "unit");
    reading = reading == null ? "" : reading;
    note = note == null ? "" : note;
    place = place == null ? "" : place;
    originIds = List.copyOf(originIds);
    rows = List.copyOf(rows);
  }
}
