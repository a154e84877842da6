package dev.ratebot.core.estimate;

import dev.ratebot.core.fx.ExchangeRates;
import dev.ratebot.core.query.Quantities.Amount;
import dev.ratebot.core.query.Quantities.TimeUnit;
import dev.ratebot.core.query.Query;
import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * A figure to check, read as a rate per hour or a pay per year: "$45/h", "$90k/yr", "7000/month" (×
 * 12), "400/day" (÷ 8 h). A figure typed without a period is read by its size, and the answer says
 * so: under 1,000 per hour, from 10,000 per year; between them it is a problem.
 *
 * @param typed the figure as typed, e.g. "$45/h"
 * @param hourly true when it is compared with hourly contract rates, false for yearly pay
 * @param value the figure per hour or per year, in the currency it was typed in
 * @param currency the ISO code it was typed in (the dataset's when none was typed)
 * @param reading how the figure was read, when that was not plain from what was typed; may be empty
 * @param described what the figure is per, in a few words: "per hour", "÷ 8 h a day", "× 12 a year"
 * @param perHourDerived true when an hourly value was worked out from a day's or week's figure
 */
record OfferCheck(
    String typed,
    boolean hourly,
    double value,
    String currency,
    String reading,
    String described,
    boolean perHourDerived) {
  static final int HOURLY_BELOW = 1_000;
  static final int YEARLY_FROM = 10_000;

  /** The figure of a question, or a problem in one sentence. */
  static Result read(Query query, String datasetCurrency, WorkingHours hours) {
    var amounts = figures(query);
    if (amounts.isEmpty()) {
      return Result.problem(
          "Give the figure to check, e.g. 'check 45/h senior python latam' or 'check $90k/yr"
              + " senior python usa'.");
    }
    if (amounts.size() > 1) {
      return Result.problem(
          "One figure at a time, please: got "
              + Wording.and(amounts.stream().map(Amount::typed).toList())
              + ".");
    }
    Amount amount = amounts.get(0);
    double value = amount.value().doubleValue();
    if (value <= 0) {
      return Result.problem(
          "A figure to check is more than nothing; got '" + amount.typed() + "'.");
    }
    String currency = amount.currency().orElse(datasetCurrency);
    String reading =
        amount.currency().isEmpty()
            ? "Read " + amount.typed() + " as " + datasetCurrency + ": no currency named."
            : "";
    Optional<TimeUnit> per = amount.per();
    if (per.isEmpty()) {
      if (value < HOURLY_BELOW) {
        per = Optional.of(TimeUnit.HOUR);
        reading += (reading.isEmpty() ? "" : " ") + "Read it as per hour: no period named.";
      } else if (value >= YEARLY_FROM) {
        per = Optional.of(TimeUnit.YEAR);
        reading += (reading.isEmpty() ? "" : " ") + "Read it as per year: no period named.";
      } else {
        return Result.problem(
            "Is "
                + amount.typed()
                + " per hour, month or year? Add '/h', '/month' or '/yr', e.g. 'check "
                + amount.typed()
                + "/month …'.");
      }
    }
    return Result.check(
        switch (per.get()) {
          case HOUR ->
              new OfferCheck(amount.typed(), true, value, currency, reading, "per hour", false);
          case DAY, WEEK ->
              new OfferCheck(
                  amount.typed(),
                  true,
                  value / hours.of(per.get()),
                  currency,
                  reading,
                  "÷ "
                      + WorkingHours.shown(hours.of(per.get()))
                      + " a "
                      + per.get().name().toLowerCase(java.util.Locale.ROOT),
                  true);
          case MONTH ->
              new OfferCheck(
                  amount.typed(),
                  false,
                  value * 12,
                  currency,
                  reading,
                  "per month: " + Money.amount(Math.round(value * 12), currency) + " a year (× 12)",
                  false);
          case YEAR ->
              new OfferCheck(amount.typed(), false, value, currency, reading, "per year", false);
        });
  }

  /**
   * The amounts of a question; in an offer check a lone bare number before a level ("check 45
   * senior python") is the figure, not a head count.
   */
  static java.util.List<Amount> figures(Query query) {
    var quantities = query.quantities();
    if (quantities.amounts().isEmpty() && quantities.counts().size() == 1) {
      var count = quantities.counts().get(0);
      if (count.typed().chars().allMatch(Character::isDigit)) {
        return java.util.List.of(
            new Amount(
                java.math.BigDecimal.valueOf(count.people()),
                Optional.empty(),
                Optional.empty(),
                count.typed()));
      }
    }
    return quantities.amounts();
  }

  /**
   * Where a figure falls against a range and its top end (0 when none): a short headline ("26%
   * under the range") and what it means for a hiring manager.
   *
   * @param shown how an amount in the range's unit is shown, e.g. 61 → "$61/h"
   */
  static Verdict verdict(
      double figure, double low, double high, double topEnd, DoubleFunction<String> shown) {
    if (figure < low) {
      return new Verdict(
          Math.round((1 - figure / low) * 100) == 0
              ? "Just under the range"
              : Wording.percent(1 - figure / low) + " under the range",
          "below its low end of " + shown.apply(low) + "; expect few candidates at this figure");
    }
    if (figure <= high) {
      double along = high == low ? 0.5 : (figure - low) / (high - low);
      String where = along < 1 / 3.0 ? "lower third" : along <= 2 / 3.0 ? "middle" : "upper third";
      return new Verdict("Within the range", "in its " + where + ": a market figure");
    }
    if (topEnd > 0 && figure <= topEnd) {
      return new Verdict(
          "Above the range, within the top end",
          "up to " + shown.apply(topEnd) + ": a premium, fair for a strong candidate");
    }
    double ceiling = topEnd > 0 ? topEnd : high;
    return new Verdict(
        Wording.percent(figure / ceiling - 1) + " over the " + (topEnd > 0 ? "top end" : "range"),
        "above "
            + shown.apply(ceiling)
            + ": more than the source shows anyone at this level; ask what justifies it");
  }

  /** A short headline and what it means. */
  record Verdict(String headline, String meaning) {}

  /**
   * This figure in another currency, at the exchange rates: the converted figure and a note saying
   * so ("€40/h is $47/h at the European Central Bank's reference rate of 2026-04-13."), the figure
   * itself when already in it, or a problem (in {@code note}) when there is no rate.
   */
  Converted in(String own, Optional<ExchangeRates> rates) {
    if (currency.equals(own)) {
      return new Converted(Optional.of(this), "");
    }
    if (rates.isEmpty() || !rates.get().has(currency) || !rates.get().has(own)) {
      return new Converted(
          Optional.empty(),
          rates
              .map(r -> r.noRateFor(r.has(currency) ? own : currency))
              .orElse(
                  "No exchange rates to convert " + currency + " with: give it in " + own + "."));
    }
    double converted = rates.get().convert(value, currency, own);
    String note =
        typed
            + " is "
            + Money.amount(Math.round(converted), own)
            + (hourly ? "/h" : "/yr")
            + " at the European Central Bank's reference rate of "
            + rates.get().date()
            + ".";
    return new Converted(
        Optional.of(
            new OfferCheck(typed, hourly, converted, own, reading, described, perHourDerived)),
        note);
  }

  /** A figure in the answer's currency, with what its conversion says; or a problem. */
  record Converted(Optional<OfferCheck> check, String note) {}

  /** A figure, or the reason there is none. */
  record Result(Optional<OfferCheck> check, String problem) {
    static Result check(OfferCheck check) {
      return new Result(Optional.of(check), "");
    }

    static Result problem(String problem) {
      return new Result(Optional.empty(), problem);
    }
  }
}
