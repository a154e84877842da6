package dev.ratebot.core.rates;

/**
 * What a figure is. A contract rate, a vendor's price and an employee's salary are different
 * things, and every answer names which one it shows.
 */
public enum RateType {
  /** What a client pays per unit of work (a billing rate), whoever the worker is. */
  CONTRACT_RATE("contract rate", "contract rates", "what a client pays"),
  /** A vendor's own published price for its developers. */
  VENDOR_PRICE("vendor's price", "vendor's prices", "one vendor's list price"),
  /** An employee's base salary: what the developer is paid, not what a client pays. */
  SALARY("salary", "salaries", "an employee's base pay");

  private final String singular;
  private final String plural;
  private final String meaning;

  RateType(String singular, String plural, String meaning) {
    this.singular = singular;
    this.plural = plural;
    this.meaning = meaning;
  }

  /** "contract rate". */
  public String singular() {
    return singular;
  }

  /** "contract rates". */
  public String plural() {
    return plural;
  }

  /** A few words on what it means, e.g. "what a client pays". */
  public String meaning() {
    return meaning;
  }
}
