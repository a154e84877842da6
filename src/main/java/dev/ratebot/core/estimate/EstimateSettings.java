package dev.ratebot.core.estimate;

/**
 * Assumptions behind derived figures.
 *
 * @param hoursPerYear working hours in a year, for hourly-to-annual equivalents (default 2,080: 40
 *     hours × 52 weeks)
 */
public record EstimateSettings(int hoursPerYear) {
  public static final int DEFAULT_HOURS_PER_YEAR = 2080;

  public EstimateSettings {
    if (hoursPerYear < 100 || hoursPerYear > 8760) {
      throw new IllegalArgumentException(
          "hours per year must be between 100 and 8760, got " + hoursPerYear);
    }
  }

  public static EstimateSettings defaults() {
    return new EstimateSettings(DEFAULT_HOURS_PER_YEAR);
  }

  public double hoursPerMonth() {
    return hoursPerYear / 12.0;
  }
}
