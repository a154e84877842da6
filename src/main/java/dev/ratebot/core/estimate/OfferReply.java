package dev.ratebot.core.estimate;

import dev.ratebot.core.estimate.OfferCheck.Verdict;
import dev.ratebot.core.query.Query;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.TableKind;
import dev.ratebot.core.rates.Unit;
import dev.ratebot.core.reply.Basis;
import java.util.List;
import java.util.Optional;

/**
 * Lays out an offer check: the figure given, where it falls against what it is comparable with (an
 * hourly figure against contract rates; a yearly one against salaries where the source has them,
 * else against contract rates as an equivalent), the range and the top end.
 */
final class OfferReply {
  private final AnswerParts parts;

  OfferReply(AnswerParts parts) {
    this.parts = parts;
  }

  /** "Offer check · $45/h · Senior Python backend developer · Brazil (Latin America)". */
  static String title(OfferCheck check, Query query) {
    return "Offer check · " + check.typed() + " · " + Wording.title(query);
  }

  /** Fills the draft, or returns a problem in one sentence. */
  Optional<String> fill(OfferCheck check, Query query, AnswerDraft draft) {
    draft.confidential();
    // Where it can be shared, the chat button says how ("Share range, not the figure"); the console
    // and a chat that keeps it private have nothing to share.
    draft.note("This answer holds a figure you gave, so it is shown only to you.");
    draft.key(
        "Figure checked",
        check.typed(),
        Basis.GIVEN,
        check.perHourDerived() ? "as typed" : check.described());
    if (!check.reading().isEmpty()) {
      draft.note(check.reading());
    }
    List<String> compared = query.comparison().labels();
    if (compared.size() > 1) {
      // An offer is checked in one place (or at one level); the others named are said, not dropped.
      draft.note(
          "Checked for "
              + compared.get(0)
              + " only; ask again to check "
              + String.join(", ", compared.subList(1, compared.size()))
              + ".");
    }
    if (!check.hourly()) {
      Optional<Observation> salary = salary(query);
      if (salary.isPresent()) {
        againstSalary(check, salary.get(), draft);
        return Optional.empty();
      }
      if (salaryPlace().isPresent() && query.level().isEmpty()) {
        return Optional.of(
            "Name the level (entry, mid or senior) to check a yearly figure against salaries.");
      }
    }
    return againstRates(check, query, draft);
  }

  private Optional<String> againstRates(OfferCheck check, Query query, AnswerDraft draft) {
    double perHour =
        check.hourly() ? check.value() : check.value() / parts.settings().hoursPerYear();
    Unit unit = parts.model().table(TableKind.HOURLY_BY_REGION).map(RateTable::unit).orElseThrow();
    if (check.hourly() && check.perHourDerived()) {
      draft.key("Per hour", Money.single(perHour, unit), Basis.EQUIVALENT, check.described());
    }
    if (!check.hourly()) {
      draft.key(
          "Per hour, as an equivalent",
          Money.single(perHour, unit),
          Basis.EQUIVALENT,
          "÷ " + Money.group(parts.settings().hoursPerYear()) + " h");
      draft.note(
          "No salary data "
              + query.region().map(r -> "for " + r.label()).orElse("here")
              + salaryPlace().map(p -> ": the source's salaries are for " + p + " only").orElse("")
              + ". So the yearly figure ÷ "
              + Money.group(parts.settings().hoursPerYear())
              + " h is compared with contract rates, as an equivalent; a contract rate includes"
              + " overheads and margin a salary does not, so pay will look low against it.");
    }
    if (query.region().isEmpty()) {
      List<String> without = new java.util.ArrayList<>();
      for (Region region : parts.dataset().regions()) {
        Optional<HourlyEstimate> found =
            parts.model().hourly(query.level(), query.technology(), region);
        if (found.isEmpty()) {
          without.add(region.label());
        }
        found.ifPresent(
            e -> {
              Verdict v = verdict(perHour, e, unit);
              draft.useAll(e.basedOn());
              draft.shows(parts.model().tableOf(e.stated()));
              draft.key(
                  region.label(),
                  v.headline(),
                  e.observed() ? Basis.OBSERVED : Basis.ESTIMATE,
                  Money.range(e.low(), e.high(), unit, false)
                      + (e.topEnd() > 0 ? ", top " + Money.single(e.topEnd(), unit) : ""));
            });
      }
      draft.note(
          "No region named: the figure against every region's contract rate"
              + (without.isEmpty()
                  ? "."
                  : "; the data has none for " + String.join(" or ", without) + "."));
    } else {
      Region region = query.region().get();
      Optional<HourlyEstimate> found =
          parts.model().hourly(query.level(), query.technology(), region);
      if (found.isEmpty()) {
        return Optional.of("The dataset has no contract rates for " + region.label() + ".");
      }
      HourlyEstimate e = found.get();
      Verdict v = verdict(perHour, e, unit);
      draft.useAll(e.basedOn());
      draft.shows(parts.model().tableOf(e.stated()));
      draft.key(
          "Verdict", v.headline(), e.observed() ? Basis.OBSERVED : Basis.ESTIMATE, v.meaning());
      draft.key(
          "Contract rate",
          Money.range(e.low(), e.high(), unit, false),
          e.observed() ? Basis.OBSERVED : Basis.ESTIMATE,
          query
              .level()
              .map(l -> MethodNotes.brief(l, query.technology(), e))
              .orElse("average range; " + region.label() + ", all levels"));
      if (e.topEnd() > 0) {
        draft.key(
            "Top-end contract rate",
            Money.single(e.topEnd(), unit),
            Basis.OBSERVED,
            region.label() + ", all levels");
      }
      if (!e.observed()) {
        draft.note(
            MethodNotes.line(
                query.level().orElseThrow(),
                query.technology(),
                region,
                e,
                unit,
                salaryPlace().orElse("")));
      }
    }
    draft.table(parts.rows().byRegion(query.level(), query.technology(), query.region(), draft));
    parts.beside().references(query, draft);
    CardVerdicts.add(
        parts.dataset(), check.hourly() ? perHour : check.value(), check.hourly(), query, draft);
    return Optional.empty();
  }

  private void againstSalary(OfferCheck check, Observation salary, AnswerDraft draft) {
    RateTable table = parts.model().tableOf(salary);
    Unit unit = table.unit();
    draft.use(salary);
    draft.shows(table);
    Verdict v =
        OfferCheck.verdict(
            check.value(),
            salary.low(),
            salary.high(),
            salary.topEnd(),
            x -> Money.single(x, unit));
    draft.key("Verdict", v.headline(), Basis.OBSERVED, v.meaning());
    draft.key(
        "Salary",
        Money.range(salary.low(), salary.high(), unit, false),
        Basis.OBSERVED,
        Wording.row(salary, parts.dataset()) + ", " + table.place() + "; " + parts.origins(table));
    draft.note(
        "A yearly figure is compared with employees' salaries: the source's "
            + table.place()
            + " figures, which a contract rate (what a client pays) would be far above.");
  }

  private static Verdict verdict(double perHour, HourlyEstimate e, Unit unit) {
    return OfferCheck.verdict(
        perHour,
        (double) Math.round(e.low()),
        (double) Math.round(e.high()),
        e.topEnd(),
        x -> Money.single(x, unit));
  }

  // The US salary row for the level (and technology) when the place asked is where salaries apply.
  private Optional<Observation> salary(Query query) {
    if (salaryPlace().isEmpty() || query.level().isEmpty() || !salaryApplies(query)) {
      return Optional.empty();
    }
    Optional<Observation> row =
        query.technology().flatMap(t -> parts.model().annual(t, query.level().get()));
    return row.or(() -> parts.model().annual(query.level().get()));
  }

  private Optional<String> salaryPlace() {
    return parts
        .model()
        .table(TableKind.ANNUAL_BY_LEVEL)
        .map(RateTable::place)
        .filter(p -> !p.isEmpty());
  }

  private boolean salaryApplies(Query query) {
    String place = salaryPlace().orElse("");
    return query.country().map(c -> c.equals(place) || c.endsWith(", " + place)).orElse(false);
  }
}
