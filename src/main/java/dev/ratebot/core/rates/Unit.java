package dev.ratebot.core.rates;

/** What a figure counts. All figures are US dollars. */
public enum Unit {
  USD_PER_HOUR("/h"),
  USD_PER_YEAR("/yr");

  private final String suffix;

  Unit(String suffix) {
    this.suffix = suffix;
  }

  /** The suffix shown after an amount, e.g. "/h". */
  public String suffix() {
    return suffix;
  }
}
