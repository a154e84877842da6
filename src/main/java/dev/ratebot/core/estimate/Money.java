package dev.ratebot.core.estimate;

import dev.ratebot.core.rates.Unit;

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

  /** "1,234". Hand-rolled: String.format is the slowest step of an answer otherwise. */
  public static String group(long number) {
    String digits = Long.toString(Math.abs(number));
    StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    if (number < 0) {
      out.append('-');
    }
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    return out.toString();
  }

  /** A number with a fixed count of decimals, e.g. {@code decimals(1.3738, 2)} is "1.37". */
  public static String decimals(double value, int places) {
    long scale = (long) Math.pow(10, places);
    long scaled = Math.round(value * scale);
    String whole = Long.toString(scaled / scale);
    String fraction = Long.toString(Math.abs(scaled % scale));
    return whole + "." + "0".repeat(places - fraction.length()) + fraction;
  }

  static long roundTo(double value, int step) {
    return Math.round(value / step) * step;
  }
}
