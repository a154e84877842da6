package dev.ratebot.core.estimate;

import dev.ratebot.core.query.Query;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.Unit;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.Info.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Why?" for a figure: the source rows it rests on, each step of the method with its numbers (the
 * same arithmetic as {@link LevelBand}, redone here in words), and the hours behind any period
 * figure, so a reader can check an answer with a calculator.
 */
final class WhyTrace {
  private final AnswerParts parts;

  WhyTrace(AnswerParts parts) {
    this.parts = parts;
  }

  /** The trace for a question, or a problem when it names no region or the region has no rates. */
  dev.ratebot.core.reply.Reply answer(Query query, List<String> conversion) {
    Optional<String> problem = needsRegion(query);
    if (problem.isPresent()) {
      return dev.ratebot.core.reply.Problem.user(problem.get(), List.of());
    }
    Region region = query.region().get();
    Optional<HourlyEstimate> e = parts.model().hourly(query.level(), query.technology(), region);
    if (e.isEmpty()) {
      return dev.ratebot.core.reply.Problem.user(
          "The dataset has no contract rates for " + region.label() + ".", List.of());
    }
    return trace(query.single(), region, e.get(), conversion);
  }

  /** The trace for a region's contract rate at the query's level and technology. */
  Info trace(Query query, Region region, HourlyEstimate e, List<String> conversion) {
    RateTable regional = parts.model().tableOf(e.stated());
    Unit unit = regional.unit();
    List<String> rows = new ArrayList<>();
    for (Observation o : e.basedOn()) {
      rows.add(row(o));
    }
    List<String> steps = new ArrayList<>();
    if (e.observed()) {
      steps.add(
          "No level named: the range is "
              + region.label()
              + "'s all-level row as the source states it, unchanged: "
              + Money.range(e.low(), e.high(), unit, false)
              + ".");
    } else {
      steps.addAll(steps(query.level().orElseThrow(), query, region, e, unit));
    }
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("Source rows", rows));
    sections.add(new Section("Steps", steps));
    sections.add(new Section("Hours", hours()));
    if (!conversion.isEmpty()) {
      sections.add(new Section("Exchange rate", conversion));
    }
    sections.add(
        new Section(
            "",
            List.of(
                "Method: docs/METHOD.md. Data: "
                    + parts.dataset().vintage()
                    + ", version "
                    + parts.dataset().version()
                    + ".")));
    return new Info("Why: " + Wording.title(query), sections);
  }

  private List<String> steps(Level level, Query query, Region region, HourlyEstimate e, Unit unit) {
    List<String> steps = new ArrayList<>();
    List<Observation> ladder = parts.model().levelRows();
    double min = ladder.stream().mapToDouble(Observation::midpoint).min().orElse(0);
    double max = ladder.stream().mapToDouble(Observation::midpoint).max().orElse(0);
    double own = parts.model().annual(level).map(Observation::midpoint).orElse(min);
    List<String> midpoints = new ArrayList<>();
    for (Observation o : ladder) {
      midpoints.add(Wording.row(o, parts.dataset()) + " " + Money.group(Math.round(o.midpoint())));
    }
    steps.add(
        "1. Where "
            + level.label()
            + " sits among the levels, by US salary midpoints ("
            + String.join(", ", midpoints)
            + "): ("
            + Money.group(Math.round(own))
            + " − "
            + Money.group(Math.round(min))
            + ") ÷ ("
            + Money.group(Math.round(max))
            + " − "
            + Money.group(Math.round(min))
            + ") = "
            + Money.decimals(e.position(), 2)
            + ".");
    Observation stated = e.stated();
    double centre = stated.low() + e.position() * (stated.high() - stated.low());
    steps.add(
        "2. That far up "
            + region.label()
            + "'s all-level "
            + Money.range(stated.low(), stated.high(), unit, false)
            + ": "
            + Money.group(Math.round(stated.low()))
            + " + "
            + Money.decimals(e.position(), 2)
            + " × ("
            + Money.group(Math.round(stated.high()))
            + " − "
            + Money.group(Math.round(stated.low()))
            + ") = "
            + money(centre, unit)
            + ".");
    double centred = centre * e.technology().value();
    if (query.technology().isEmpty()) {
      steps.add("3. No technology named: factor 1.");
    } else if (e.technology().assumed()) {
      steps.add(
          "3. No "
              + query.technology().get().label()
              + " salary at this level: factor 1, so "
              + money(centred, unit)
              + ".");
    } else {
      steps.add(
          "3. "
              + query.technology().get().label()
              + "'s "
              + level.label().toLowerCase(java.util.Locale.ROOT)
              + " salary midpoint "
              + Money.group(Math.round(e.technology().row().orElseThrow().midpoint()))
              + " ÷ the "
              + e.technology().peers().size()
              + " technologies' mean "
              + Money.group(Math.round(e.technology().peerMean()))
              + " = "
              + Money.decimals(e.technology().value(), 3)
              + ", so "
              + money(centred, unit)
              + ".");
    }
    Observation spread = e.technology().row().orElse(parts.model().annual(level).orElseThrow());
    steps.add(
        "4. Width ±"
            + Money.decimals(e.halfWidth() * 100, 1)
            + "%: ("
            + Money.group(Math.round(spread.high()))
            + " − "
            + Money.group(Math.round(spread.low()))
            + ") ÷ ("
            + Money.group(Math.round(spread.high()))
            + " + "
            + Money.group(Math.round(spread.low()))
            + "), the spread of "
            + Wording.row(spread, parts.dataset())
            + "'s salary range, at most ±"
            + Money.decimals(LevelBand.MAX_SPREAD / (2 + LevelBand.MAX_SPREAD) * 100, 1)
            + "% (a 25% spread): "
            + Money.symbol(unit.currency())
            + Money.decimals(e.low() - e.moved(), 2)
            + "–"
            + Money.decimals(e.high() - e.moved(), 2)
            + unit.suffix()
            + ".");
    String ceiling =
        stated.topEnd() > 0
            ? "the top end " + Money.single(stated.topEnd(), unit)
            : "the stated high end " + Money.single(stated.high(), unit);
    steps.add(
        "5. Kept between the stated low end "
            + Money.single(stated.low(), unit)
            + " and "
            + ceiling
            + (e.moved() == 0
                ? ": it fits, no move."
                : ": moved "
                    + (e.moved() > 0 ? "up " : "down ")
                    + money(Math.abs(e.moved()), unit)
                    + "."));
    steps.add(
        "6. Shown with its ends rounded to whole units: "
            + Money.range(e.low(), e.high(), unit, false)
            + "; comparisons use the midpoints of the rounded ends.");
    return steps;
  }

  private List<String> hours() {
    int year = parts.settings().hoursPerYear();
    WorkingHours hours = new WorkingHours(year);
    return List.of(
        hours.assumption().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
            + hours.assumption().substring(1)
            + "; a month is "
            + WorkingHours.shown(hours.of(dev.ratebot.core.query.Quantities.TimeUnit.MONTH))
            + ", a week "
            + WorkingHours.shown(hours.of(dev.ratebot.core.query.Quantities.TimeUnit.WEEK))
            + ", a day "
            + WorkingHours.shown(hours.of(dev.ratebot.core.query.Quantities.TimeUnit.DAY))
            + ".",
        "A rate × these hours is the cost of full-time work at that rate, never a salary; the"
            + " month cost is the year cost ÷ 12, to the nearest 10.");
  }

  private String row(Observation o) {
    RateTable table = parts.model().tableOf(o);
    Unit unit = table.unit();
    return Wording.row(o, parts.dataset())
        + ": "
        + Money.range(o.low(), o.high(), unit, false)
        + (o.topEnd() > 0 ? ", top end " + Money.single(o.topEnd(), unit) : "")
        + " ("
        + table.title()
        + "; "
        + Wording.rateType(table)
        + (table.place().isEmpty() ? "" : "; " + table.place())
        + (parts.origins(table).isEmpty() ? "" : "; " + parts.origins(table))
        + ")";
  }

  private static String money(double value, Unit unit) {
    return Money.symbol(unit.currency()) + Money.decimals(value, 2) + unit.suffix();
  }

  static Optional<String> needsRegion(Query query) {
    return query.region().isPresent()
        ? Optional.empty()
        : Optional.of(
            "Name a region to see the steps, e.g. 'why "
                + (query.canonicalText().isBlank() ? "senior python" : query.canonicalText())
                + " latam'.");
  }
}
