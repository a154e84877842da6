package dev.ratebot.core.estimate;

import dev.ratebot.core.query.Query;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.Unit;
import dev.ratebot.core.reply.Row;
import dev.ratebot.core.reply.RowTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every region ordered by the midpoint of its contract rate, cheapest first, with each one's saving
 * against the dearest region (the first in the dataset's order on a tie), which the answer names.
 */
final class RankAnswer {
  private final AnswerParts parts;

  RankAnswer(AnswerParts parts) {
    this.parts = parts;
  }

  /** The regions with figures for the query's level and technology, cheapest first. */
  List<Side> ranked(Query query) {
    List<Side> sides = new ArrayList<>();
    for (Region region : parts.dataset().regions()) {
      parts
          .model()
          .hourly(query.level(), query.technology(), region)
          .ifPresent(
              e -> {
                Unit unit = e.unit(parts.model());
                sides.add(
                    new Side(
                        region.label(),
                        e,
                        Money.range(e.low(), e.high(), unit, false),
                        e.topEnd() > 0 ? Money.single(e.topEnd(), unit) : ""));
              });
    }
    sides.sort(Comparator.comparingDouble(Side::midpoint)); // stable: dataset order on a tie
    return sides;
  }

  /** The dearest region: the reference savings are taken against. */
  static Side reference(List<Side> ranked) {
    Side dearest = ranked.get(0);
    for (Side side : ranked) {
      if (side.midpoint() > dearest.midpoint()) {
        dearest = side;
      }
    }
    return dearest;
  }

  void fill(Query query, List<Side> ranked, AnswerDraft draft) {
    Side reference = reference(ranked);
    List<String> asked = new ArrayList<>();
    query.region().ifPresent(r -> asked.add(r.label()));
    query.comparison().regions().forEach(r -> asked.add(r.label()));
    List<Row> rows = new ArrayList<>();
    int place = 1;
    for (Side side : ranked) {
      HourlyEstimate e = side.estimate();
      draft.useAll(e.basedOn());
      draft.shows(parts.model().tableOf(e.stated()));
      String label = place + ". " + side.label();
      draft.key(label, side.value(), side.basis(), saving(side, reference));
      rows.add(side.row(label, asked.contains(side.label())));
      place++;
    }
    double max = rows.stream().mapToDouble(r -> Math.max(r.high(), r.topEnd())).max().orElse(1);
    String who = Wording.describe(query.level(), query.technology());
    boolean estimates = !ranked.get(0).estimate().observed();
    draft.table(
        new RowTable(
            (who.isEmpty() ? "All levels" : who)
                + ", contract rates by region, cheapest first"
                + (estimates ? " (estimates)" : ""),
            max,
            rows));
    draft.note(
        "Savings are against "
            + reference.label()
            + ", the dearest region here, at the midpoints of the ranges shown.");
    CompareAnswer.noteMoved(ranked, draft);
    CompareAnswer.noteStated(query, ranked, draft);
    if (estimates) {
      draft.note(MethodNotes.rows("Rows", query.technology()));
    }
    Side cheapest = ranked.get(0);
    if (ranked.size() > 1) {
      draft.note(
          cheapest.label()
              + " is the cheapest"
              + (cheapest.midpoint() == ranked.get(1).midpoint()
                  ? " (tied with " + ranked.get(1).label() + ")"
                  : "")
              + ", about "
              + Wording.percent(1 - cheapest.midpoint() / reference.midpoint())
              + " below "
              + reference.label()
              + " at the midpoint; "
              + Side.kind(ranked)
              + ".");
    }
  }

  /** "saves 49% against North America", "the reference", "same as North America". */
  static String saving(Side side, Side reference) {
    if (side.equals(reference)) {
      return "the dearest: the reference";
    }
    double saved = 1 - side.midpoint() / reference.midpoint();
    return Math.round(saved * 100) == 0
        ? "same as " + reference.label()
        : "saves " + Wording.percent(saved) + " against " + reference.label();
  }
}
