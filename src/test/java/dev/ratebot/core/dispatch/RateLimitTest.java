package dev.ratebot.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RateLimitTest {
  @Test
  void theDefaultIsTwentyAtOnceThenThirtyAMinute() {
    assertThat(RateLimit.defaults()).isEqualTo(new RateLimit(20, 30));
  }

  @Test
  void burstAndRateAreAtLeastOne() {
    assertThat(new RateLimit(1, 1).burst()).isOne();
    assertThatThrownBy(() -> new RateLimit(0, 30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate limit burst and per-minute must be at least 1, got 0 and 30");
    assertThatThrownBy(() -> new RateLimit(20, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
