package dev.ratebot.core.rates;

/** The role a table plays; a market source has at most one table of each estimating kind. */
public enum TableKind {
  /** Annual salary by level in one place: the seniority baseline. */
  ANNUAL_BY_LEVEL,
  /** Annual salary by technology and level in one place: the technology premium. */
  ANNUAL_BY_TECHNOLOGY,
  /** Hourly average range and top end by region, all levels. */
  HOURLY_BY_REGION,
  /** A vendor's own hourly rates by level in one region: shown beside estimates, never mixed in. */
  VENDOR_HOURLY_BY_LEVEL,
  /**
   * Figures for any mix of level, technology and region, as a rate card or salary bands state them:
   * shown beside estimates when they match the question, never fed into them.
   */
  FIGURES
}
