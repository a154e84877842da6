package dev.ratebot.core.rates;

import java.util.Set;

/**
 * The largest figure a table may state, per period: anything above is a typo or a hostile file, not
 * a rate; and the smallest, a ten-thousandth of that (below it an answer would show "$0/h"). Up to
 * 10,000 an hour, 1,000,000 a month or 10,000,000 a year; a thousand times that in currencies whose
 * unit is worth so little that a developer's yearly pay is normally counted in tens of millions
 * (yen, won, forint, rupiah, dong, …), so their real figures are never refused.
 */
final class FigureBounds {
  /** Currencies of that kind (ISO 4217), listed so that no real figure in them is refused. */
  static final Set<String> SMALL_UNIT_CURRENCIES =
      Set.of(
          "AMD", "ARS", "CLP", "COP", "CRC", "HUF", "IDR", "INR", "IQD", "IRR", "ISK", "JPY", "KHR",
          "KRW", "KZT", "LAK", "LBP", "LKR", "MMK", "MNT", "NGN", "PKR", "PYG", "RSD", "TZS", "UGX",
          "UZS", "VND", "PHP", "TRY");

  private FigureBounds() {}

  /** The smallest plausible figure in a unit: a ten-thousandth of the largest (1 USD an hour). */
  static double min(Unit unit) {
    return max(unit) / 10_000;
  }

  /** The largest plausible figure in a unit. */
  static double max(Unit unit) {
    double base =
        switch (unit.period()) {
          case HOUR -> 10_000;
          case MONTH -> 1_000_000;
          case YEAR -> 10_000_000;
        };
    return SMALL_UNIT_CURRENCIES.contains(unit.currency()) ? base * 1_000 : base;
  }
}
