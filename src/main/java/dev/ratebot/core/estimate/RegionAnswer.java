package dev.ratebot.core.estimate;

import dev.ratebot.core.query.Query;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.TableKind;
import dev.ratebot.core.rates.Unit;
import dev.ratebot.core.reply.Basis;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/** A region was asked for: its contract rate, what that costs a year, and how regions compare. */
final class RegionAnswer {
  private final AnswerParts parts;

  RegionAnswer(AnswerParts parts) {
    this.parts = parts;
  }

  void fill(Query query, Region region, AnswerDraft draft) {
    Optional<HourlyEstimate> found =
        parts.model().hourly(query.level(), query.technology(), region);
    if (found.isEmpty()) {
      draft.note("The dataset has no contract rates for " + region.label() + ".");
      return;
    }
    HourlyEstimate here = found.get();
    RateTable regional = parts.model().tableOf(here.stated());
    Unit unit = regional.unit();
    draft.shows(regional);
    draft.useAll(here.basedOn());
    String stated = region.label() + ", all levels; " + parts.origins(regional);
    String label = Wording.label(regional.rateType());
    if (here.observed()) {
      draft.key(
          label,
          Money.range(here.low(), here.high(), unit, false),
          Basis.OBSERVED,
          "average range; " + stated);
    } else {
      draft.key(
          label,
          Money.range(here.low(), here.high(), unit, false),
          Basis.ESTIMATE,
          MethodNotes.brief(query.level().orElseThrow(), query.technology(), here));
    }
    if (here.topEnd() > 0) {
      draft.key(
          "Top-end " + label.toLowerCase(java.util.Locale.ROOT),
          Money.single(here.topEnd(), unit),
          Basis.OBSERVED,
          stated);
    }
    Equivalents.ofRate(here.low(), here.high(), unit, parts.settings().hoursPerYear(), draft);
    compare(query, region, here, draft);
    parts.beside().vendor(query.level(), region, draft);
    parts.beside().references(query, draft);
    if (query.level().isPresent()) {
      draft.note(
          MethodNotes.line(
              query.level().get(),
              query.technology(),
              region,
              here,
              unit,
              parts.model().table(TableKind.ANNUAL_BY_LEVEL).map(RateTable::place).orElse("")));
      draft.table(
          parts.rows().byRegion(query.level(), query.technology(), Optional.of(region), draft));
    } else {
      query
          .technology()
          .ifPresent(
              t ->
                  draft.note(
                      "The headline is the stated range for all levels and technologies; the"
                          + " rows below apply "
                          + t.label()
                          + "'s factor."));
      draft.table(parts.rows().byLevel(query.technology(), region, draft));
      draft.note(MethodNotes.rows("Level rows", query.technology()));
    }
  }

  // How the asked region compares, from the figures shown: against the dearest other region, or
  // the cheapest if it is the dearest itself.
  private void compare(Query query, Region region, HourlyEstimate here, AnswerDraft draft) {
    Map<Region, Double> others = new java.util.LinkedHashMap<>();
    for (Region candidate : parts.dataset().regions()) {
      if (!candidate.id().equals(region.id())) {
        parts
            .model()
            .hourly(query.level(), query.technology(), candidate)
            .ifPresent(e -> others.put(candidate, e.shownMidpoint()));
      }
    }
    double mine = here.shownMidpoint();
    boolean dearest = others.values().stream().allMatch(m -> m <= mine);
    Comparator<Map.Entry<Region, Double>> byMidpoint = Map.Entry.comparingByValue();
    Optional<Map.Entry<Region, Double>> other =
        dearest
            ? others.entrySet().stream().min(byMidpoint)
            : others.entrySet().stream().max(byMidpoint);
    if (other.isEmpty() || other.get().getValue() <= 0) {
      return;
    }
    double ratio = mine / other.get().getValue();
    String name = other.get().getKey().label();
    String value =
        ratio < 1
            ? Wording.percent(1 - ratio) + " below " + name
            : Money.decimals(ratio, 1) + "× " + name;
    draft.key("Compared", value, Basis.ESTIMATE, "midpoints of the ranges shown");
  }
}
