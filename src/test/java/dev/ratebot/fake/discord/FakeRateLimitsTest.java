package dev.ratebot.fake.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FakeRateLimitsTest {
  final AtomicLong clock = new AtomicLong(1_000_000_000L);
  final FakeRateLimits limits = new FakeRateLimits(50, 5, 5_000, clock::get);

  @Test
  void theFiftyFirstRequestOfASecondIsRefusedAsGlobal() {
    for (int i = 0; i < 50; i++) {
      assertThat(limits.check("GET", "users/@me").refusal()).isEmpty();
    }

    FakeRateLimits.Verdict refused = limits.check("GET", "users/@me");

    assertThat(refused.refusal()).isPresent();
    assertThat(refused.refusal().get().path("global").asBoolean()).isTrue();
    assertThat(refused.refusal().get().path("retry_after").asDouble()).isBetween(0.0, 1.0);
    assertThat(refused.refusal().get().path("message").asText())
        .isEqualTo("You are being rate limited.");
    assertThat(refused.headers())
        .containsEntry("X-RateLimit-Global", "true")
        .containsEntry("X-RateLimit-Scope", "global")
        .containsEntry("Retry-After", "1")
        .containsEntry("Via", "1.1 google");
  }

  @Test
  void theGlobalLimitOpensAgainAfterASecond() {
    for (int i = 0; i < 51; i++) {
      limits.check("GET", "users/@me");
    }
    clock.addAndGet(TimeUnit.SECONDS.toNanos(1));

    assertThat(limits.check("GET", "users/@me").refusal()).isEmpty();
  }

  @Test
  void interactionEndpointsAreExempt() {
    for (int i = 0; i < 500; i++) {
      assertThat(limits.check("POST", "interactions/1/tok-" + i + "/callback").refusal()).isEmpty();
      assertThat(limits.check("PATCH", "webhooks/1/tok-" + i + "/messages/@original").refusal())
          .isEmpty();
    }
    assertThat(limits.check("GET", "users/@me").refusal()).isEmpty();
  }

  @Test
  void aChannelTakesFiveMessagesPerWindowAndSaysSo() {
    for (int i = 0; i < 5; i++) {
      FakeRateLimits.Verdict sent = limits.check("POST", "channels/7/messages");
      assertThat(sent.refusal()).isEmpty();
      assertThat(sent.headers())
          .containsEntry("X-RateLimit-Limit", "5")
          .containsEntry("X-RateLimit-Remaining", Integer.toString(4 - i))
          .containsEntry("X-RateLimit-Reset-After", "5.000")
          .containsKeys("X-RateLimit-Bucket", "X-RateLimit-Reset");
    }
    clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(1_500));

    FakeRateLimits.Verdict refused = limits.check("POST", "channels/7/messages");

    assertThat(refused.refusal()).isPresent();
    assertThat(refused.refusal().get().path("global").asBoolean()).isFalse();
    assertThat(refused.refusal().get().path("retry_after").asDouble()).isEqualTo(3.5);
    assertThat(refused.headers())
        .containsEntry("Retry-After", "4")
        .containsEntry("X-RateLimit-Remaining", "0")
        .containsEntry("X-RateLimit-Scope", "user")
        .doesNotContainKey("X-RateLimit-Global");
    assertThat(limits.check("POST", "channels/8/messages").refusal()).isEmpty();
    clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(3_500));
    assertThat(limits.check("POST", "channels/7/messages").refusal()).isEmpty();
  }

  @Test
  void anInjectedRoute429ClosesThatRouteForRetryAfterAndNoOther() {
    limits.refuseNext("POST", "channels/\\d+/messages", Duration.ofMillis(1_200), false);

    FakeRateLimits.Verdict refused = limits.check("POST", "channels/7/messages");

    assertThat(refused.refusal()).isPresent();
    assertThat(refused.refusal().get().path("retry_after").asDouble()).isEqualTo(1.2);
    assertThat(refused.refusal().get().path("global").asBoolean()).isFalse();
    assertThat(refused.headers())
        .containsEntry("Retry-After", "2")
        .containsEntry("X-RateLimit-Scope", "user")
        .containsEntry("X-RateLimit-Remaining", "0")
        .containsEntry("X-RateLimit-Reset-After", "1.200")
        .containsKey("X-RateLimit-Bucket")
        .doesNotContainKey("X-RateLimit-Global");
    assertThat(limits.check("POST", "channels/8/messages").refusal()).isEmpty();
    assertThat(limits.check("GET", "users/@me").refusal()).isEmpty();
    clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(1_100));
    assertThat(limits.check("POST", "channels/7/messages").refusal()).isPresent();
    clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(100));
    assertThat(limits.check("POST", "channels/7/messages").refusal()).isEmpty();
  }

  @Test
  void anInjectedGlobal429ClosesEveryRouteButInteractionsForRetryAfter() {
    limits.refuseNext("POST", "channels/\\d+/messages", Duration.ofMillis(1_500), true);

    FakeRateLimits.Verdict refused = limits.check("POST", "channels/7/messages");

    assertThat(refused.refusal()).isPresent();
    assertThat(refused.refusal().get().path("global").asBoolean()).isTrue();
    assertThat(refused.refusal().get().path("retry_after").asDouble()).isEqualTo(1.5);
    assertThat(refused.headers())
        .containsEntry("X-RateLimit-Global", "true")
        .containsEntry("X-RateLimit-Scope", "global")
        .containsEntry("Retry-After", "2");
    assertThat(limits.check("GET", "users/@me").refusal()).isPresent();
    assertThat(limits.check("POST", "channels/8/messages").refusal()).isPresent();
    assertThat(limits.check("POST", "interactions/1/tok/callback").refusal()).isEmpty();
    assertThat(limits.check("PATCH", "webhooks/1/tok/messages/@original").refusal()).isEmpty();
    clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(1_500));
    assertThat(limits.check("GET", "users/@me").refusal()).isEmpty();
  }

  @Test
  void aRoute429MayBeAskedForOnAnInteractionWebhook() {
    limits.refuseNext(
        "PATCH", "webhooks/\\d+/[^/]+/messages/@original", Duration.ofSeconds(1), false);

    assertThat(limits.check("PATCH", "webhooks/1/tok/messages/@original").refusal()).isPresent();
    assertThat(limits.check("PATCH", "webhooks/1/tok/messages/@original").refusal()).isPresent();
    assertThat(limits.check("PATCH", "webhooks/1/other/messages/@original").refusal()).isEmpty();
  }
}
