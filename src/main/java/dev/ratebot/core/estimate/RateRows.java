package dev.ratebot.core.estimate;

import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.Technology;
import dev.ratebot.core.rates.Unit;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.Row;
import dev.ratebot.core.reply.RowTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rows of contract rates an answer shows across regions or levels, with their provenance. */
final class RateRows {
  private final RateDataset dataset;
  private final RateModel model;

  RateRows(RateDataset dataset, RateModel model) {
    this.dataset = dataset;
    this.model = model;
  }

  /** Every region's contract rate for a level and technology, the asked region highlighted. */
  RowTable byRegion(
      Optional<Level> level,
      Optional<Technology> technology,
      Optional<Region> highlighted,
      AnswerDraft draft) {
    List<Row> rows = new ArrayList<>();
    List<String> moved = new ArrayList<>();
    for (Region region : dataset.regions()) {
      Optional<HourlyEstimate> e = model.hourly(level, technology, region);
      if (e.isPresent()) {
        boolean asked = highlighted.map(h -> h.id().equals(region.id())).orElse(false);
        rows.add(row(region.label(), e.get(), true, asked, draft, moved));
      }
    }
    noteMoved(moved, draft);
    String who = Wording.describe(level, level.isPresent() ? technology : Optional.empty());
    String heading = (who.isEmpty() ? "All levels" : who) + ", contract rates by region";
    return table(heading + (level.isPresent() ? " (estimates)" : ""), rows);
  }

  /** A region's contract rate at every level (estimates). */
  RowTable byLevel(Optional<Technology> technology, Region region, AnswerDraft draft) {
    List<Row> rows = new ArrayList<>();
    List<String> moved = new ArrayList<>();
    for (Level level : dataset.levels()) {
      model
          .hourly(Optional.of(level), technology, region)
          .ifPresent(e -> rows.add(row(level.label(), e, false, false, draft, moved)));
    }
    noteMoved(moved, draft);
    String who = technology.map(t -> t.label() + ", ").orElse("");
    return table(who + region.label() + " contract rates by level (estimates)", rows);
  }

  private Row row(
      String label,
      HourlyEstimate e,
      boolean showTopEnd,
      boolean highlighted,
      AnswerDraft draft,
      List<String> moved) {
    if (e.moved() != 0) {
      moved.add(label);
    }
    Unit unit = model.tableOf(e.stated()).unit();
    String value = Money.range(e.low(), e.high(), unit, false);
    if (showTopEnd && e.topEnd() > 0) {
      value += " · top " + Money.single(e.topEnd(), unit);
    }
    draft.useAll(e.basedOn());
    draft.shows(model.tableOf(e.stated()));
    return new Row(
        label,
        value,
        e.low(),
        e.high(),
        e.topEnd(),
        e.observed() ? Basis.OBSERVED : Basis.ESTIMATE,
        highlighted);
  }

  private static void noteMoved(List<String> moved, AnswerDraft draft) {
    if (!moved.isEmpty()) {
      draft.note(
          "Rows moved whole to stay between the region's stated low end and its top end: "
              + String.join(", ", moved)
              + ".");
    }
  }

  // Bars are drawn to one scale: the largest high or top end among the rows.
  private static RowTable table(String heading, List<Row> rows) {
    double max = rows.stream().mapToDouble(r -> Math.max(r.high(), r.topEnd())).max().orElse(0);
    return rows.isEmpty() ? RowTable.empty() : new RowTable(heading, max, rows);
  }
}
