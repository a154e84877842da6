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
    for (int i = 0; i < RateLimiter.MAX_TRACKED_USERS; i++) {
      limiter.acquire("idle-" + i);
    }
    nanos.addAndGet(60_000_000_000L); // every idle bucket is full again
    limiter.acquire("busy");

    limiter.acquire("late");

    assertThat(limiter.tracked()).isEqualTo(2);
    assertThat(limiter.acquire("busy")).isEqualTo(60);
  }

  @Test
  void aFloodOfUsersAllMidBurstIsForgottenAtMostOnceASecondSoMemoryStaysBounded() {
    RateLimiter limiter = new RateLimiter(new RateLimit(1, 1), nanos::get);
    for (int i = 0; i <= RateLimiter.MAX_TRACKED_USERS; i++) {
      limiter.acquire("first-" + i);
    }
    assertThat(limiter.tracked()).isEqualTo(RateLimiter.MAX_TRACKED_USERS + 1);

    limiter.acquire("flood-0");
    assertThat(limiter.tracked()).as("all were mid-burst: forgotten").isEqualTo(1);
    for (int i = 1; i <= RateLimiter.MAX_TRACKED_USERS + 1; i++) {
      limiter.acquire("flood-" + i);
    }
    assertThat(limiter.tracked()).as("no second sweep within the second").isGreaterThan(50_000);

    nanos.addAndGet(999_999_999L);
    limiter.acquire("second");
    assertThat(limiter.tracked()).isGreaterThan(50_000);
    nanos.addAndGet(1);
    limiter.acquire("third");
    assertThat(limiter.tracked()).isEqualTo(1);
  }
}
