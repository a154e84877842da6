package dev.ratebot.core.rates;

/** The period a figure is quoted for. */
public enum Period {
  HOUR("/h", "hour"),
  MONTH("/mo", "month"),
  YEAR("/yr", "year");

  private final String suffix;
  private final String word;

  Period(String suffix, String word) {
    this.suffix = suffix;
    this.word = word;
  }

  /** The suffix shown after an amount, e.g. "/h". */
  public String suffix() {
    return suffix;
  }

  /** The period as a word, e.g. "hour". */
  public String word() {
    return word;
  }
}
