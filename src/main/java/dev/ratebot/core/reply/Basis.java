package dev.ratebot.core.reply;

/** Whether a figure is stated by a source or derived from stated figures. */
public enum Basis {
  /** Stated in the source article, figure for figure. */
  OBSERVED("source"),
  /** Derived from stated figures by the method in docs/METHOD.md. */
  ESTIMATE("estimate"),
  /** A stated or estimated figure converted to another period (hourly to annual, say). */
  EQUIVALENT("equivalent"),
  /** A figure the asker gave (an offer to check), shown back as typed. */
  GIVEN("yours");

  private final String tag;

  Basis(String tag) {
    this.tag = tag;
  }

  /** The short word shown beside a figure: "source", "estimate", "equivalent" or "yours". */
  public String tag() {
    return tag;
  }
}
