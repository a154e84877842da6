package dev.ratebot.core.estimate;

import dev.ratebot.core.query.Quantities.Period;
import dev.ratebot.core.query.Quantities.TimeUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Hours worked by one full-time person in a period, from the install's hours in a year (2,080 by
 * default: 40 h × 52 weeks, no leave deducted): a week is a 52nd of the year, a month a 12th, a day
 * a fifth of a week.
 */
final class WorkingHours {
  private final int hoursPerYear;

  WorkingHours(int hoursPerYear) {
    this.hoursPerYear = hoursPerYear;
  }

  /** The hours of one unit of time: 2,080 for a year, 173⅓ for a month, 40 for a week. */
  double of(TimeUnit unit) {
    return switch (unit) {
      case HOUR -> 1;
      case DAY -> hoursPerYear / 260.0;
      case WEEK -> hoursPerYear / 52.0;
      case MONTH -> hoursPerYear / 12.0;
      case YEAR -> hoursPerYear;
    };
  }

  /** The hours of a period, per person. */
  double of(Period period) {
    return period.length().doubleValue() * of(period.unit());
  }

  /** "1,040 h", "173.3 h": whole hours when whole, else one decimal. */
  static String shown(double hours) {
    double tenths = Math.round(hours * 10) / 10.0;
    return tenths == Math.rint(tenths)
        ? Money.group((long) tenths) + " h"
        : Money.group((long) Math.floor(tenths))
            + "."
            + BigDecimal.valueOf(tenths)
                .remainder(BigDecimal.ONE)
                .movePointRight(1)
                .setScale(0, RoundingMode.HALF_UP)
                .toPlainString()
            + " h";
  }

  /**
   * "2,080 h a year (40 h × 52 weeks, no leave deducted)" or "1,800 h a year (an install setting)".
   */
  String assumption() {
    return Money.group(hoursPerYear)
        + " h a year"
        + (hoursPerYear == EstimateSettings.DEFAULT_HOURS_PER_YEAR
            ? " (40 h × 52 weeks, the usual full-time year; no leave or holidays deducted)"
            : " (this install's setting)");
  }
}
