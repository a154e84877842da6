package dev.ratebot.core.dispatch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** A token bucket per user: {@link RateLimit#burst()} tokens, refilled at the per-minute rate. */
public final class RateLimiter {
  private static final long NANOS_PER_MINUTE = 60_000_000_000L;
  static final int MAX_TRACKED_USERS = 50_000;
  private static final long SWEEP_EVERY_NANOS = 1_000_000_000L;

  private final RateLimit limit;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicLong lastSweep;

  public RateLimiter(RateLimit limit, LongSupplier nanoTime) {
    this.limit = limit;
    this.nanoTime = nanoTime;
    this.lastSweep = new AtomicLong(nanoTime.getAsLong() - SWEEP_EVERY_NANOS);
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
      sweep(now);
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

  // Full buckets are forgotten (a new one would be full too). At most once a second, so that a
  // flood of new users does not scan the map on every question; and if that many users are all
  // mid-burst, every bucket is forgotten: memory stays bounded, and the limit fails open for a
  // moment rather than the bot failing closed for everyone.
  private void sweep(long now) {
    long last = lastSweep.get();
    if (now - last < SWEEP_EVERY_NANOS || !lastSweep.compareAndSet(last, now)) {
      return;
    }
    buckets.values().removeIf(b -> b.refilled(now, limit) >= limit.burst());
    if (buckets.size() > MAX_TRACKED_USERS) {
      buckets.clear();
    }
  }

  /** How many users have a bucket: bounded by about {@link #MAX_TRACKED_USERS}. */
  int tracked() {
    return buckets.size();
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
