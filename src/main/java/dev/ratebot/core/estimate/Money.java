package dev.ratebot.core.estimate;

import dev.ratebot.core.rates.Unit;
import java.util.Locale;

/** Formats dollar amounts and ranges the one way every surface shows them. */
public final class Money {
  private Money() {}

  /** "$45–65/h", "$110,000–135,000/yr", "$35/h", "$60+/h". */
  public static String range(double low, double high, Unit unit, boolean orMore) {
    long lo = Math.round(low);
    long hi = Math.round(high);
    String body = lo == hi ? amount(lo) : amount(lo) + "–" + group(hi);
    return body + (orMore ? "+" : "") + unit.suffix();
  }

  /** "$95/h". */
  public static String single(double value, Unit unit) {
    return amount(Math.round(value)) + unit.suffix();
  }

  /** "$10,700–15,500/mo": a monthly range, to the nearest hundred. */
  public static String monthly(double low, double high) {
    long lo = roundTo(low, 100);
    long hi = roundTo(high, 100);
    return (lo == hi ? amount(lo) : amount(lo) + "–" + group(hi)) + "/mo";
  }

  /** "$129,000–186,000/yr": a derived annual range, to the nearest thousand. */
  public static String annualEquivalent(double low, double high) {
    long lo = roundTo(low, 1000);
    long hi = roundTo(high, 1000);
    return (lo == hi ? amount(lo) : amount(lo) + "–" + group(hi)) + Unit.USD_PER_YEAR.suffix();
  }

  /** "$1,234". */
  public static String amount(long dollars) {
    return "$" + group(dollars);
  }

  /** "1,234". */
  public static String group(long number) {
    return String.format(Locale.ROOT, "%,d", number);
  }

  static long roundTo(double value, int step) {
    return Math.round(value / step) * step;
  }
}
