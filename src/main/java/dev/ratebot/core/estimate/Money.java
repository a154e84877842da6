package dev.ratebot.core.estimate;

import dev.ratebot.core.rates.Unit;

/**
 * Formats amounts and ranges the one way every surface shows them, in their own currency: "$" for
 * USD, "€" for EUR, "£" for GBP, and the ISO code otherwise ("PLN 40").
 */
public final class Money {
  private Money() {}

  /** "$45–65/h", "$110,000–135,000/yr", "$35/h", "$60+/h", "€55–70/h". */
  public static String range(double low, double high, Unit unit, boolean orMore) {
    long lo = Math.round(low);
    long hi = Math.round(high);
    String body =
        lo == hi ? amount(lo, unit.currency()) : amount(lo, unit.currency()) + "–" + group(hi);
    return body + (orMore ? "+" : "") + unit.suffix();
  }

  /** "$95/h". */
  public static String single(double value, Unit unit) {
    return amount(Math.round(value), unit.currency()) + unit.suffix();
  }

  /** A range already rounded by the caller, e.g. a computed equivalent: "$126,880–153,920/yr". */
  public static String exact(long low, long high, Unit unit) {
    String body =
        low == high
            ? amount(low, unit.currency())
            : amount(low, unit.currency()) + "–" + group(high);
    return body + unit.suffix();
  }

  /** "$1,234". */
  public static String amount(long dollars) {
    return amount(dollars, "USD");
  }

  /** "$1,234", "€1,234", "£1,234", "PLN 1,234". */
  public static String amount(long value, String currency) {
    return symbol(currency) + group(value);
  }

  /** What goes before an amount: "$", "€", "£", or the code and a space ("PLN "). */
  public static String symbol(String currency) {
    return switch (currency) {
      case "USD" -> "$";
      case "EUR" -> "€";
      case "GBP" -> "£";
      default -> currency + " ";
    };
  }

  /** "1,234". Hand-rolled: String.format is the slowest step of an answer otherwise. */
  public static String group(long number) {
    String digits = Long.toString(Math.abs(number));
    StringBuilder out = new StringBuilder();
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
    String whole = (scaled < 0 ? "-" : "") + Math.abs(scaled) / scale;
    String fraction = Long.toString(Math.abs(scaled % scale));
    return whole + "." + "0".repeat(places - fraction.length()) + fraction;
  }

  static long roundTo(double value, int step) {
    return Math.round(value / step) * step;
  }
}
