package dev.ratebot.core.dispatch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** A token bucket per user: {@link RateLimit#burst()} tokens, refilled at the per-minute rate. */
public final class RateLimiter {
  private static final long NANOS_PER_MINUTE = 60_000_000_000L;
  private static final int MAX_TRACKED_USERS = 50_000;

  private final RateLimit limit;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(RateLimit limit, LongSupplier nanoTime) {
    this.limit = limit;
    this.nanoTime = nanoTime;
  }

  public RateLimiter(RateLimit limit) {
    this(limit, System::nanoTime);
  }

  /**
   * Takes one token for the user.
   *
   * @return 0 when the question may go ahead, otherwise the whole seconds until it may
   */
  public long acquire(String user) {
    long now = nanoTime.getAsLong();
    if (buckets.size() > MAX_TRACKED_USERS) {
      buckets.values().removeIf(b -> b.refilled(now, limit) >= limit.burst());
    }
    Bucket after =
        buckets.compute(user, (k, b) -> (b == null ? Bucket.full(limit, now) : b).take(now, limit));
    if (after.granted()) {
      return 0;
    }
    double missing = 1 - after.tokens();
    double seconds = missing * 60.0 / limit.perMinute();
    return Math.max(1, (long) Math.ceil(seconds));
  }

  private record Bucket(double tokens, long at, boolean granted) {
    static Bucket full(RateLimit limit, long now) {
      return new Bucket(limit.burst(), now, false);
    }

    double refilled(long now, RateLimit limit) {
      double added = (now - at) * (double) limit.perMinute() / NANOS_PER_MINUTE;
      return Math.min(limit.burst(), tokens + added);
    }

    Bucket take(long now, RateLimit limit) {
      double available = refilled(now, limit);
      return available >= 1
          ? new Bucket(available - 1, now, true)
          : new Bucket(available, now, false);
    }
  }
}
