package dev.ratebot.core.query;

/**
 * What in a plain question (one no command word starts) sends it to a command other than the rate
 * lookup, so "is $45/h fair for a senior python dev?" is an offer check without the word "check".
 */
public enum Trigger {
  /** Two regions or levels: "senior python latam vs cee". */
  COMPARISON,
  /** An amount of money: "is $45/h fair …". */
  AMOUNT,
  /** A head count or a period, or people joined by "+": "3 senior python latam 6 months". */
  TEAM
}
