package dev.ratebot.core.estimate;

import dev.ratebot.core.query.Comparison;
import dev.ratebot.core.query.Query;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.Unit;
import dev.ratebot.core.reply.Row;
import dev.ratebot.core.reply.RowTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Regions (at one level) or levels (in one region) side by side: each one's contract rate, its
 * difference in percent against the first named, at the midpoints of the ranges shown, and a
 * one-line takeaway. Places without data are left out and said.
 */
final class CompareAnswer {
  static final String HOW_TO_ASK =
      "Name two regions or two levels to compare, e.g. senior python latam vs cee, or python"
          + " latam mid vs senior.";

  private final AnswerParts parts;

  CompareAnswer(AnswerParts parts) {
    this.parts = parts;
  }

  /** The regions or levels compared that have figures, in the order named. */
  List<Side> sides(Query query) {
    Comparison c = query.comparison();
    List<Side> sides = new ArrayList<>();
    if (!c.levels().isEmpty() && query.region().isPresent()) {
      for (Level level : c.levels()) {
        side(level.label(), Optional.of(level), query, query.region().get()).ifPresent(sides::add);
      }
    }
    for (Region region : c.regions()) {
      side(region.label(), query.level(), query, region).ifPresent(sides::add);
    }
    return sides;
  }

  /** Why the query cannot be answered as a comparison, if it cannot. */
  Optional<String> problem(Query query, List<Side> sides) {
    Comparison c = query.comparison();
    if (!c.levels().isEmpty() && query.region().isEmpty()) {
      return Optional.of("Comparing levels needs one region, e.g. python latam mid vs senior.");
    }
    if (sides.size() >= 2) {
      return Optional.empty();
    }
    if (!c.withoutData().isEmpty()) {
      return Optional.of(
          noData(c.withoutData())
              + (sides.isEmpty()
                  ? ""
                  : " That leaves nothing to compare " + sides.get(0).label() + " with."));
    }
    return Optional.of(HOW_TO_ASK);
  }

  void fill(Query query, List<Side> sides, AnswerDraft draft) {
    Side first = sides.get(0);
    List<Row> rows = new ArrayList<>();
    for (Side side : sides) {
      HourlyEstimate e = side.estimate();
      draft.useAll(e.basedOn());
      draft.shows(parts.model().tableOf(e.stated()));
      String detail =
          side.equals(first)
              ? "the baseline" + brief(query, side)
              : Wording.against(side.midpoint(), first.midpoint(), first.label())
                  + ", at the midpoint";
      draft.key(side.label(), side.value(), side.basis(), detail);
      rows.add(side.row(side.label(), side.equals(first)));
    }
    double max = rows.stream().mapToDouble(r -> Math.max(r.high(), r.topEnd())).max().orElse(1);
    String who = Wording.describe(query.level(), query.technology());
    boolean levels = !query.comparison().levels().isEmpty();
    String heading =
        levels
            ? query.technology().map(t -> t.label() + ", ").orElse("")
                + query.region().orElseThrow().label()
                + " contract rates by level"
            : (who.isEmpty() ? "All levels" : who) + ", contract rates compared";
    draft.table(
        new RowTable(heading + (first.estimate().observed() ? "" : " (estimates)"), max, rows));
    List<String> labels = sides.stream().map(Side::label).toList();
    query.comparison().regions().stream()
        .filter(r -> !labels.contains(r.label()))
        .forEach(r -> draft.note("The dataset has no contract rates for " + r.label() + "."));
    noteMoved(sides, draft);
    if (!query.comparison().withoutData().isEmpty()) {
      draft.note(noData(query.comparison().withoutData()) + " It is left out of the comparison.");
    }
    if (!first.estimate().observed()) {
      draft.note(MethodNotes.rows(levels ? "Level rows" : "Rows", query.technology()));
    }
    noteStated(query, sides, draft);
    draft.note(takeaway(sides));
  }

  /** Without a level the stated all-level ranges are shown: a technology named is not applied. */
  static void noteStated(Query query, List<Side> sides, AnswerDraft draft) {
    if (sides.get(0).estimate().observed() && query.technology().isPresent()) {
      draft.note(
          "Without a level these are the stated ranges for all levels and technologies; "
              + query.technology().get().label()
              + "'s factor applies to a level's estimate (name a level to see it).");
    }
  }

  static void noteMoved(List<Side> sides, AnswerDraft draft) {
    List<String> moved =
        sides.stream().filter(s -> s.estimate().moved() != 0).map(Side::label).toList();
    if (!moved.isEmpty()) {
      draft.note(
          "Rows moved whole to stay between the region's stated low end and its top end: "
              + String.join(", ", moved)
              + ".");
    }
  }

  /** The one-line takeaway: which is cheapest, by how much against the dearest. */
  static String takeaway(List<Side> sides) {
    double low = sides.stream().mapToDouble(Side::midpoint).min().orElseThrow();
    Side dearest = sides.stream().max(Comparator.comparingDouble(Side::midpoint)).orElseThrow();
    List<String> cheapest =
        sides.stream().filter(s -> s.midpoint() == low).map(Side::label).toList();
    String kind = Side.kind(sides) + ".";
    if (cheapest.size() == sides.size()) {
      return Wording.and(cheapest) + " cost the same at the midpoint; " + kind;
    }
    String saving =
        Wording.percent(1 - low / dearest.midpoint())
            + " below "
            + dearest.label()
            + " at the midpoint; "
            + kind;
    if (sides.size() == 2) {
      return cheapest.get(0) + " is the cheaper of the two, about " + saving;
    }
    return Wording.and(cheapest)
        + (cheapest.size() == 1 ? " is" : " are")
        + " the cheapest of the "
        + Wording.count(sides.size())
        + ", about "
        + saving;
  }

  private String brief(Query query, Side side) {
    return side.estimate().observed()
        ? "; average range, all levels"
        : "; "
            + MethodNotes.brief(
                query.comparison().levels().isEmpty()
                    ? query.level().orElseThrow()
                    : query.comparison().levels().get(0),
                query.technology(),
                side.estimate());
  }

  private Optional<Side> side(String label, Optional<Level> level, Query query, Region region) {
    return parts
        .model()
        .hourly(level, query.technology(), region)
        .map(
            e -> {
              Unit unit = e.unit(parts.model());
              return new Side(
                  label,
                  e,
                  Money.range(e.low(), e.high(), unit, false),
                  e.topEnd() > 0 ? Money.single(e.topEnd(), unit) : "");
            });
  }

  private String noData(List<String> places) {
    return "No data for "
        + String.join(" or ", places)
        + ": ratebot covers "
        + Wording.and(parts.dataset().regions().stream().map(Region::label).toList())
        + ".";
  }
}
