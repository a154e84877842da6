package dev.ratebot.core.estimate;

import java.time.Clock;
import java.util.Objects;

/**
 * Assumptions behind derived figures, how many answers to remember, and the clock that dates the
 * data's age.
 *
 * @param hoursPerYear working hours in a year, for hourly-to-annual equivalents (default 2,080: 40
 *     hours × 52 weeks)
 * @param cachedAnswers how many distinct answers to keep; answers are pure functions of an
 *     immutable dataset and the current year, so a repeated question is served from memory (0 turns
 *     this off)
 * @param clock today's date, for the data's age ("2023 data, about 3 years old")
 */
public record EstimateSettings(int hoursPerYear, int cachedAnswers, Clock clock) {
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
    Objects.requireNonNull(clock, "clock");
  }

  public EstimateSettings(int hoursPerYear, int cachedAnswers) {
    this(hoursPerYear, cachedAnswers, Clock.systemUTC());
  }

  public EstimateSettings(int hoursPerYear) {
    this(hoursPerYear, DEFAULT_CACHED_ANSWERS);
  }

  public static EstimateSettings defaults() {
    return new EstimateSettings(DEFAULT_HOURS_PER_YEAR);
  }

  /** The same settings dated by another clock. */
  public EstimateSettings withClock(Clock other) {
    return new EstimateSettings(hoursPerYear, cachedAnswers, other);
  }
}
