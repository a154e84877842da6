package dev.ratebot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.reply.Reply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeadlineResponderTest {
  final ExecutorService slowPool = Executors.newFixedThreadPool(2);
  final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  final Reply answer = Fixtures.answer("latam").build();
  final Reply chart = Fixtures.answer("chart latam").build();

  @AfterEach
  void stop() {
    slowPool.shutdownNow();
    timer.shutdownNow();
  }

  private DeadlineResponder responder(Duration grace, boolean backlog) {
    return responder(slowPool, grace, backlog);
  }

  private DeadlineResponder responder(ExecutorService pool, Duration grace, boolean backlog) {
    return new DeadlineResponder(pool, timer, grace, () -> backlog, r -> r == chart);
  }

  @Test
  void aPlainAnswerIsTheFirstResponseEvenWhenTheSlowPoolIsBusy() throws Exception {
    Recording target = new Recording(1);

    responder(Duration.ofSeconds(10), true).respond(() -> answer, target);

    assertThat(target.await()).containsExactly("answer " + answer.summary());
    assertThat(target.drawnOn).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void aPlainAnswerIsNeverDeferredEvenWhenTheInteractionIsOld() throws Exception {
    Recording target = new Recording(1);

    responder(Duration.ofSeconds(1), false)
        .respond(() -> answer, target, java.time.Instant.now().minusSeconds(20));

    assertThat(target.await()).containsExactly("answer " + answer.summary());
  }

  @Test
  void aQuickChartIsTheResponseItselfDrawnOffTheCallingThread() throws Exception {
    Recording target = new Recording(1);

    responder(Duration.ofSeconds(10), false).respond(() -> chart, target);

    assertThat(target.await()).containsExactly("answer " + chart.summary());
    assertThat(target.drawnOn).doesNotContain(Thread.currentThread().getName());
  }

  @Test
  void aSlowChartIsDeferredThenSentLater() throws Exception {
    Recording target = new Recording(2);
    CountDownLatch release = new CountDownLatch(1);
    target.onDefer = release::countDown;
    target.beforeDraw = () -> await(release);

    responder(Duration.ofMillis(50), false).respond(() -> chart, target);

    assertThat(target.await()).containsExactly("defer", "later " + chart.summary());
  }

  @Test
  void theGracePeriodCountsFromTheInteractionsCreation() {
    DeadlineResponder responder = responder(Duration.ofMillis(1500), false);
    java.time.Instant now = java.time.Instant.now();

    assertThat(responder.deferAfter(now.minusSeconds(5))).isZero();
    assertThat(responder.deferAfter(now.minusMillis(1000)))
        .isBetween(Duration.ZERO, Duration.ofMillis(500));
    assertThat(responder.deferAfter(now.plusSeconds(30))).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void aChartForAnInteractionThatWaitedTooLongIsDeferredAtOnce() throws Exception {
    Recording target = new Recording(2);
    CountDownLatch release = new CountDownLatch(1);
    target.onDefer = release::countDown;
    target.beforeDraw = () -> await(release);

    responder(Duration.ofSeconds(10), false)
        .respond(() -> chart, target, java.time.Instant.now().minusSeconds(20));

    assertThat(target.await()).containsExactly("defer", "later " + chart.summary());
  }

  @Test
  void aChartBehindOtherChartsIsDeferredAtOnce() throws Exception {
    Recording target = new Recording(2);
    CountDownLatch release = new CountDownLatch(1);
    target.onDefer = release::countDown;
    target.beforeDraw = () -> await(release);

    responder(Duration.ofSeconds(10), true).respond(() -> chart, target);

    assertThat(target.await()).containsExactly("defer", "later " + chart.summary());
  }

  @Test
  void aFailingHandlerBecomesAnInternalProblemWithAReference() throws Exception {
    Recording target = new Recording(1);

    responder(Duration.ofSeconds(10), false)
        .respond(
            () -> {
              throw new IllegalStateException("boom");
            },
            target);

    assertThat(target.await())
        .singleElement()
        .asString()
        .startsWith("answer Sorry")
        .containsPattern("Reference: E-[0-9A-F]{8}");
  }

  @Test
  void aFullSlowPoolSaysTheBotIsBusyNotThatTheUserAsksTooFast() throws Exception {
    Recording target = new Recording(1);
    ExecutorService closed = Executors.newSingleThreadExecutor();
    closed.shutdown();

    responder(closed, Duration.ofSeconds(10), false).respond(() -> chart, target);

    assertThat(target.await())
        .singleElement()
        .asString()
        .isEqualTo("answer " + DeadlineResponder.busy().summary())
        .contains("try again in 5 s")
        .doesNotContain("faster");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Records what the responder asked for, and lets a test wait for it. */
  static final class Recording implements DeadlineResponder.Target<Reply> {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<String> drawnOn = new CopyOnWriteArrayList<>();
    final CountDownLatch done;
    Runnable onDefer = () -> {};
    Runnable beforeDraw = () -> {};

    Recording(int expected) {
      done = new CountDownLatch(expected);
    }

    List<String> await() throws InterruptedException {
      assertThat(done.await(30, TimeUnit.SECONDS)).as("responses " + events).isTrue();
      return events;
    }

    @Override
    public Reply draw(Reply reply) {
      drawnOn.add(Thread.currentThread().getName());
      beforeDraw.run();
      return reply;
    }

    @Override
    public void answer(Reply reply) {
      record("answer " + reply.summary());
    }

    @Override
    public void defer() {
      record("defer");
      onDefer.run();
    }

    @Override
    public void answerLater(Reply reply) {
      record("later " + reply.summary());
    }

    private void record(String event) {
      events.add(event);
      done.countDown();
    }
  }
}
