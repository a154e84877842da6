package dev.ratebot.core.rates;

import java.util.Locale;
import java.util.Objects;

/**
 * What a figure counts: an amount of one currency per period, e.g. US dollars per hour.
 *
 * @param currency an ISO 4217 code, upper case, e.g. "USD"
 * @param period the period the amount is for
 */
public record Unit(String currency, Period period) {
  public static final Unit USD_PER_HOUR = new Unit("USD", Period.HOUR);
  public static final Unit USD_PER_YEAR = new Unit("USD", Period.YEAR);

  public Unit {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(period, "period");
    currency = currency.strip().toUpperCase(Locale.ROOT);
    if (!currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("'" + currency + "' is not a three-letter currency code");
    }
    try {
      java.util.Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + currency + "' is not an ISO 4217 currency code", e);
    }
  }

  /** The suffix shown after an amount, e.g. "/h". */
  public String suffix() {
    return period.suffix();
  }

  /** The same currency per another period. */
  public Unit per(Period other) {
    return new Unit(currency, other);
  }
}
