package dev.ratebot.core.rates;

/** What a source is used for. Sources are never blended: each figure names its one source. */
public enum SourceRole {
  /** A market survey or article whose figures feed estimates. */
  MARKET,
  /** A company's own rate card or salary bands: shown beside an estimate, never fed into it. */
  REFERENCE
}
