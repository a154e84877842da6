package dev.ratebot.core.dispatch;

/**
 * How many questions one user may ask: a burst, then a steady rate.
 *
 * @param burst questions answered back to back before limiting starts
 * @param perMinute questions per minute after the burst
 */
public record RateLimit(int burst, int perMinute) {
  public RateLimit {
    if (burst < 1 || perMinute < 1) {
      throw new IllegalArgumentException(
          "rate limit burst and per-minute must be at least 1, got " + burst + " and " + perMinute);
    }
  }

  /** Generous: 20 questions at once, then one every 2 seconds. */
  public static RateLimit defaults() {
    return new RateLimit(20, 30);
  }
}
