package dev.ratebot.core.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The numbers of a question, kept rather than dropped: amounts of money ("$45/h", "90k"),
 * currencies named ("in eur"), periods ("6 months") and head counts ("2 senior devs"). A command
 * uses what it can and says what it did not in {@link #unusedNote(String)}.
 *
 * @param amounts amounts, in the order typed
 * @param currencies ISO 4217 codes named on their own (not as part of an amount), upper case
 * @param periods periods of time
 * @param counts how many people
 */
public record Quantities(
    List<Amount> amounts, List<String> currencies, List<Period> periods, List<Count> counts) {

  /** No numbers at all. */
  public static final Quantities NONE = new Quantities(List.of(), List.of(), List.of(), List.of());

  public Quantities {
    amounts = List.copyOf(amounts);
    currencies = List.copyOf(currencies);
    periods = List.copyOf(periods);
    counts = List.copyOf(counts);
  }

  public boolean isEmpty() {
    return amounts.isEmpty() && currencies.isEmpty() && periods.isEmpty() && counts.isEmpty();
  }

  /** The same without head counts and periods: what is left once a budget has used them. */
  public Quantities withoutTeam() {
    return new Quantities(amounts, currencies, List.of(), List.of());
  }

  /** The same without amounts: what is left once an offer check has used them. */
  public Quantities withoutAmounts() {
    return new Quantities(List.of(), currencies, periods, counts);
  }

  /**
   * One sentence naming what was typed but not used, e.g. "Not used: 2 people, 6 months (a team's
   * cost: start with 'budget'); EUR (figures are shown in USD)."; empty when everything typed was
   * used (naming the currency the figures are shown in needs no note).
   *
   * @param shownCurrency the ISO code of the currency the answer's figures are in
   */
  public Optional<String> unusedNote(String shownCurrency) {
    List<String> parts = new ArrayList<>();
    List<String> budget = new ArrayList<>();
    counts.forEach(c -> budget.add(c.people() + (c.people() == 1 ? " person" : " people")));
    periods.forEach(p -> budget.add(p.described()));
    if (!budget.isEmpty()) {
      parts.add(String.join(", ", budget) + " (a team's cost: start with 'budget')");
    }
    if (!amounts.isEmpty()) {
      parts.add(
          String.join(", ", amounts.stream().map(Amount::typed).toList())
              + " (to check an offer: start with 'check')");
    }
    List<String> other =
        currencies.stream().filter(c -> !c.equals(shownCurrency)).distinct().toList();
    if (!other.isEmpty()) {
      parts.add(String.join(", ", other) + " (figures are shown in " + shownCurrency + ")");
    }
    return parts.isEmpty()
        ? Optional.empty()
        : Optional.of("Not used: " + String.join("; ", parts) + ".");
  }

  /** A unit of time, for periods and for "per hour" amounts. */
  public enum TimeUnit {
    HOUR,
    DAY,
    WEEK,
    MONTH,
    YEAR;

    String word(BigDecimal count) {
      String word = name().toLowerCase(Locale.ROOT);
      return count.compareTo(BigDecimal.ONE) == 0 ? word : word + "s";
    }
  }

  /**
   * An amount of money.
   *
   * @param value the number, with "k" and "m" applied (90k is 90000)
   * @param currency the ISO 4217 code typed with it, if any
   * @param per the time unit it is for ("/h", "per month"), if any
   * @param typed the amount as typed, for echoing back
   */
  public record Amount(
      BigDecimal value, Optional<String> currency, Optional<TimeUnit> per, String typed) {
    public Amount {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(per, "per");
      Objects.requireNonNull(typed, "typed");
    }
  }

  /**
   * A period of time, e.g. 6 months.
   *
   * @param length how many units
   * @param unit the unit
   * @param typed the period as typed
   */
  public record Period(BigDecimal length, TimeUnit unit, String typed) {
    public Period {
      Objects.requireNonNull(length, "length");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(typed, "typed");
    }

    public String described() {
      return length.stripTrailingZeros().toPlainString() + " " + unit.word(length);
    }
  }

  /**
   * A head count, e.g. the 2 of "2 senior devs".
   *
   * @param people how many people
   * @param typed the count as typed
   */
  public record Count(int people, String typed) {
    public Count {
      if (people < 0) {
        throw new IllegalArgumentException("a count is never negative");
      }
      Objects.requireNonNull(typed, "typed");
    }
  }
}
