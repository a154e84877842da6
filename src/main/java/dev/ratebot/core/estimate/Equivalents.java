package dev.ratebot.core.estimate;

import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.Period;
import dev.ratebot.core.rates.Unit;
import dev.ratebot.core.reply.Basis;

/**
 * Period conversions of figures shown, computed from the rounded figures so a reader can redo them:
 * a rate × hours is the cost of a full-time year at that rate, never a salary; a salary ÷ hours is
 * a salary per hour, never a rate.
 */
final class Equivalents {
  /** Monthly figures are a twelfth of the yearly ones, to the nearest 10. */
  static final int MONTH_ROUNDING = 10;

  private Equivalents() {}

  /** "Full-time month cost" and "Full-time year cost" of an hourly rate shown as low–high. */
  static void ofRate(double low, double high, Unit hourly, int hoursPerYear, AnswerDraft draft) {
    long yearLow = Math.round(low) * hoursPerYear;
    long yearHigh = Math.round(high) * hoursPerYear;
    draft.key(
        "Full-time month cost",
        Money.exact(
            Money.roundTo(yearLow / 12.0, MONTH_ROUNDING),
            Money.roundTo(yearHigh / 12.0, MONTH_ROUNDING),
            hourly.per(Period.MONTH)),
        Basis.EQUIVALENT,
        "year cost ÷ 12, to the nearest " + Money.amount(MONTH_ROUNDING, hourly.currency()));
    draft.key(
        "Full-time year cost",
        Money.exact(yearLow, yearHigh, hourly.per(Period.YEAR)),
        Basis.EQUIVALENT,
        "at this rate × " + Money.group(hoursPerYear) + " h, exact");
  }

  /** "Salary per hour" of a yearly salary row. */
  static void ofSalary(Observation salary, Unit yearly, int hoursPerYear, AnswerDraft draft) {
    draft.key(
        "Salary per hour",
        Money.range(
            salary.low() / hoursPerYear,
            salary.high() / hoursPerYear,
            yearly.per(Period.HOUR),
            false),
        Basis.EQUIVALENT,
        "salary ÷ " + Money.group(hoursPerYear) + " h, to " + Money.amount(1, yearly.currency()));
  }
}
