package dev.ratebot.core.fx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Euro reference rates of one day: how many units of each currency one euro buys. Any two of its
 * currencies convert through the euro (a cross rate), so USD → GBP is {@code perEuro(GBP) /
 * perEuro(USD)}. The euro itself is always known, at 1.
 *
 * @param date the day the rates are for (the publisher's date, not the day they were fetched)
 * @param perEuro units of each currency per euro, by ISO 4217 code in upper case; never lists EUR
 *     (a given EUR of exactly 1 is dropped), sorted by code
 * @param source where the rates come from, e.g. {@code ECB euro reference rates (bundled snapshot)}
 */
public record ExchangeRates(LocalDate date, Map<String, BigDecimal> perEuro, String source) {
  /** The euro, the currency every rate is quoted against. */
  public static final String EURO = "EUR";

  /** Rates older than this many days are stale: answers should warn. */
  public static final int STALE_AFTER_DAYS = 7;

  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  public ExchangeRates {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(perEuro, "perEuro");
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException("exchange rates need a source");
    }
    SortedMap<String, BigDecimal> rates = new TreeMap<>();
    perEuro.forEach(
        (code, rate) -> {
          if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                "'" + code + "' is not an ISO 4217 currency code (three upper-case letters)");
          }
          if (rate == null || rate.signum() <= 0) {
            throw new IllegalArgumentException(
                "the rate of " + code + " must be above 0, got " + rate);
          }
          if (code.equals(EURO)) {
            if (rate.compareTo(BigDecimal.ONE) != 0) {
              throw new IllegalArgumentException("one euro is 1 EUR, not " + rate);
            }
            return;
          }
          rates.put(code, rate);
        });
    if (rates.isEmpty()) {
      throw new IllegalArgumentException("exchange rates need at least one currency besides EUR");
    }
    perEuro = Collections.unmodifiableSortedMap(rates);
  }

  /** Whether a currency (an ISO 4217 code, any case) can be converted; EUR always can. */
  public boolean has(String code) {
    return code != null && perEuroOf(normalise(code)) != null;
  }

  /** Every currency that can be converted, EUR included, sorted by code. */
  public List<String> currencies() {
    List<String> codes = new ArrayList<>(perEuro.keySet());
    codes.add(EURO);
    Collections.sort(codes);
    return List.copyOf(codes);
  }

  /**
   * Units of {@code to} that one {@code from} buys, through the euro: {@code perEuro(to) /
   * perEuro(from)}, to 16 significant digits ({@link MathContext#DECIMAL64}).
   *
   * @throws IllegalArgumentException for a currency these rates do not have ({@link #has}); the
   *     message is {@link #noRateFor}
   */
  public BigDecimal rate(String from, String to) {
    BigDecimal fromPerEuro = require(from);
    BigDecimal toPerEuro = require(to);
    return toPerEuro.divide(fromPerEuro, MathContext.DECIMAL64);
  }

  /**
   * An amount of {@code from} in {@code to}, through the euro, rounded once to 16 significant
   * digits.
   *
   * @throws IllegalArgumentException for an amount that is not finite, or a currency these rates do
   *     not have
   */
  public double convert(double amount, String from, String to) {
    if (!Double.isFinite(amount)) {
      throw new IllegalArgumentException("cannot convert " + amount);
    }
    BigDecimal fromPerEuro = require(from);
    BigDecimal toPerEuro = require(to);
    return BigDecimal.valueOf(amount)
        .multiply(toPerEuro)
        .divide(fromPerEuro, MathContext.DECIMAL64)
        .doubleValue();
  }

  /**
   * Whole days from the rates' date to today in the clock's time zone; 0 if the clock is behind the
   * date. Rates are published on working days only, so 1 to 4 days is normal (5 over Easter).
   */
  public long ageInDays(Clock clock) {
    return Math.max(0, ChronoUnit.DAYS.between(date, LocalDate.now(clock)));
  }

  /** Whether the rates are more than {@value #STALE_AFTER_DAYS} days old. */
  public boolean stale(Clock clock) {
    return ageInDays(clock) > STALE_AFTER_DAYS;
  }

  /**
   * A plain sentence for a currency these rates do not have, naming those they have, e.g. "No
   * exchange rate for ARS: the rates of 2026-04-13 cover AUD, BRL, …, ZAR."
   */
  public String noRateFor(String code) {
    return "No exchange rate for "
        + normalise(code)
        + ": the rates of "
        + date
        + " cover "
        + String.join(", ", currencies())
        + ".";
  }

  private BigDecimal require(String code) {
    Objects.requireNonNull(code, "currency code");
    BigDecimal rate = perEuroOf(normalise(code));
    if (rate == null) {
      throw new IllegalArgumentException(noRateFor(code));
    }
    return rate;
  }

  private BigDecimal perEuroOf(String code) {
    return code.equals(EURO) ? BigDecimal.ONE : perEuro.get(code);
  }

  private static String normalise(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }
}
