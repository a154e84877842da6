package dev.ratebot.adapter.discord;

import static dev.ratebot.adapter.discord.DiscordHarness.WAIT;
import static dev.ratebot.fake.discord.FakeDiscord.callbackFor;
import static dev.ratebot.fake.discord.FakeDiscord.editOriginalOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Closing the adapter, as SIGTERM does: an answer in flight still goes out, and an answer that
 * never ends does not hold the close beyond its budget, well inside Docker's 10 s grace.
 */
@Timeout(120)
class DiscordAdapterShutdownTest {
  private static final String USER = "1300000000000009001";
  private static final Duration BUDGET =
      DiscordAdapter.DRAIN.plus(DiscordAdapter.DISCONNECT).plusSeconds(2);

  private final CountDownLatch answering = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private DiscordHarness harness;

  @BeforeEach
  void start() throws Exception {
    harness =
        DiscordHarness.start(
            request -> {
              answering.countDown();
              awaitQuietly(release);
              return Fixtures.answer(request.text()).build();
            });
  }

  @AfterEach
  void stop() {
    release.countDown();
    harness.close();
  }

  @Test
  void anAnswerInFlightWhenClosingStillGoesOut() throws Exception {
    String token = harness.discord.slashCommand(USER, Map.of("query", "senior python latam"));
    assertThat(answering.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    harness.discord.calls().awaitOne(callbackFor(token), WAIT);

    Thread closing = new Thread(harness.adapter()::close, "test-close");
    long start = System.nanoTime();
    closing.start();
    awaitWaiting(closing);
    release.countDown();
    closing.join(WAIT.toMillis());

    assertThat(closing.isAlive()).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BUDGET);
    assertThat(harness.discord.calls().awaitOne(editOriginalOf(token), WAIT).body().toString())
        .contains("senior python latam");
  }

  @Test
  void anAnswerThatNeverEndsDoesNotHoldTheClose() throws Exception {
    harness.discord.slashCommand(USER, Map.of("query", "senior python latam"));
    assertThat(answering.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

    long start = System.nanoTime();
    harness.adapter().close();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BUDGET);
  }

  // The close is waiting for the answers in flight: only now is "in flight when closing" true.
  private static void awaitWaiting(Thread closing) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (closing.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      TimeUnit.MILLISECONDS.sleep(1);
    }
    assertThat(closing.getState()).isEqualTo(Thread.State.TIMED_WAITING);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
