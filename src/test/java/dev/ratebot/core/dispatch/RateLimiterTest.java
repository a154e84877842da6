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

  @Test
  void theWaitIsTheTimeToRefillOneWholeTokenRoundedUp() {
    RateLimiter slow = new RateLimiter(new RateLimit(1, 7), nanos::get);
    slow.acquire("u");

    assertThat(slow.acquire("u")).isEqualTo(9);
    nanos.addAndGet(3_000_000_000L);
    assertThat(slow.acquire("u")).isEqualTo(6);
  }

  @Test
  void aFastRateStillAsksForAtLeastOneSecond() {
    RateLimiter fast = new RateLimiter(new RateLimit(1, 600), nanos::get);
    fast.acquire("u");

    assertThat(fast.acquire("u")).isEqualTo(1);
  }

  @Test
  void aTokenBecomesAvailableExactlyWhenItIsRefilled() {
    RateLimiter early = new RateLimiter(new RateLimit(1, 60), nanos::get);
    RateLimiter onTime = new RateLimiter(new RateLimit(1, 60), nanos::get);
    early.acquire("u");
    onTime.acquire("u");

    nanos.addAndGet(999_999_999L);
    assertThat(early.acquire("u")).isEqualTo(1);
    nanos.addAndGet(1L);
    assertThat(onTime.acquire("u")).isZero();
  }

  @Test
  void eachUserHasTheirOwnBucket() {
    for (int i = 0; i < 3; i++) {
      limiter.acquire("u");
    }

    assertThat(limiter.acquire("v")).isZero();
    assertThat(limiter.acquire("u")).isEqualTo(2);
  }

  @Test
  void forgettingIdleUsersDoesNotForgetOneWhoIsWaiting() {
    RateLimiter limiter = new RateLimiter(new RateLimit(1, 1), nanos::get);
    limiter.acquire("busy");
    for (int i = 0; i < 50_001; i++) {
      limiter.acquire("idle-" + i);
    }

    assertThat(limiter.acquire("busy")).isEqualTo(60);
  }
}
