package dev.ratebot.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final AtomicLong nanos = new AtomicLong(1_000);
  private final RateLimiter limiter = new RateLimiter(new RateLimit(3, 30), nanos::get);

  @Test
  void allowsTheBurstThenSaysHowLongToWait() {
    assertThat(limiter.acquire("u")).isZero();
    assertThat(limiter.acquire("u")).isZero();
    assertThat(limiter.acquire("u")).isZero();

    assertThat(limiter.acquire("u")).isEqualTo(2);
  }

  @Test
  void refillsAtThePerMinuteRate() {
    for (int i = 0; i < 3; i++) {
      limiter.acquire("u");
    }
    nanos.addAndGet(2_000_000_000L);

    assertThat(limiter.acquire("u")).isZero();
    assertThat(limiter.acquire("u")).isPositive();
  }

  @Test
  void neverRefillsBeyondTheBurst() {
    nanos.addAndGet(3_600_000_000_000L);

    for (int i = 0; i < 3; i++) {
      assertThat(limiter.acquire("u")).isZero();
    }
    assertThat(limiter.acquire("u")).isPositive();
  }
}
