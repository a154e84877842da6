package dev.ratebot.core.estimate;

/**
 * Assumptions behind derived figures, and how many answers to remember.
 *
 * @param hoursPerYear working hours in a year, for hourly-to-annual equivalents (default 2,080: 40
 *     hours × 52 weeks)
 * @param cachedAnswers how many distinct answers to keep; answers are pure functions of an
 *     immutable dataset, so a repeated question is served from memory (0 turns this off)
 */
public record EstimateSettings(int hoursPerYear, int cachedAnswers) {
  public static final int DEFAULT_HOURS_PER_YEAR = 2080;
  public static final int DEFAULT_CACHED_ANSWERS = 4096;

  public EstimateSettings {
    if (hoursPerYear < 100 || hoursPerYear > 8760) {
      throw new IllegalArgumentException(
          "hours per year must be between 100 and 8760, got " + hoursPerYear);
    }
    if (cachedAnswers < 0) {
      throw new IllegalArgumentException("cached answers must not be negative");
    }
  }

  public EstimateSettings(int hoursPerYear) {
    this(hoursPerYear, DEFAULT_CACHED_ANSWERS);
  }

  public static EstimateSettings defaults() {
    return new EstimateSettings(DEFAULT_HOURS_PER_YEAR);
  }

  public double hoursPerMonth() {
    return hoursPerYear / 12.0;
  }
}
