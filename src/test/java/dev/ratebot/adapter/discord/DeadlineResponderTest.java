package dev.ratebot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.reply.Problem;
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
  final ExecutorService answers = Executors.newFixedThreadPool(2);
  final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  final Reply answer = Fixtures.answer("latam").build();

  @AfterEach
  void stop() {
    answers.shutdownNow();
    timer.shutdownNow();
  }

  @Test
  void aQuickAnswerIsTheResponseItself() throws Exception {
    Recording target = new Recording(1);

    new DeadlineResponder(answers, timer, Duration.ofSeconds(10), () -> false)
        .respond(() -> answer, target);

    assertThat(target.await()).containsExactly("answer " + answer.summary());
  }

  @Test
  void aSlowAnswerIsDeferredThenSentLater() throws Exception {
    Recording target = new Recording(2);
    CountDownLatch release = new CountDownLatch(1);
    target.onDefer = release::countDown;

    new DeadlineResponder(answers, timer, Duration.ofMillis(50), () -> false)
        .respond(
            () -> {
              await(release);
              return answer;
            },
            target);

    assertThat(target.await()).containsExactly("defer", "later " + answer.summary());
  }

  @Test
  void theGracePeriodCountsFromTheInteractionsCreation() {
    DeadlineResponder responder =
        new DeadlineResponder(answers, timer, Duration.ofMillis(1500), () -> false);
    java.time.Instant now = java.time.Instant.now();

    assertThat(responder.deferAfter(now.minusSeconds(5))).isZero();
    assertThat(responder.deferAfter(now.minusMillis(1000)))
        .isBetween(Duration.ZERO, Duration.ofMillis(500));
    assertThat(responder.deferAfter(now.plusSeconds(30))).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void anInteractionThatWaitedTooLongIsDeferredAtOnce() throws Exception {
    Recording target = new Recording(2);
    CountDownLatch release = new CountDownLatch(1);
    target.onDefer = release::countDown;

    new DeadlineResponder(answers, timer, Duration.ofSeconds(10), () -> false)
        .respond(
            () -> {
              await(release);
              return answer;
            },
            target,
            java.time.Instant.now().minusSeconds(20));

    assertThat(target.await()).containsExactly("defer", "later " + answer.summary());
  }

  @Test
  void aBacklogDefersAtOnce() throws Exception {
    Recording target = new Recording(2);
    CountDownLatch release = new CountDownLatch(1);
    target.onDefer = release::countDown;

    new DeadlineResponder(answers, timer, Duration.ofSeconds(10), () -> true)
        .respond(
            () -> {
              await(release);
              return answer;
            },
            target);

    assertThat(target.await()).containsExactly("defer", "later " + answer.summary());
  }

  @Test
  void aFailingHandlerBecomesAnInternalProblemWithAReference() throws Exception {
    Recording target = new Recording(1);

    new DeadlineResponder(answers, timer, Duration.ofSeconds(10), () -> false)
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
  void aFullPoolAnswersBusyAtOnce() throws Exception {
    Recording target = new Recording(1);
    ExecutorService closed = Executors.newSingleThreadExecutor();
    closed.shutdown();

    new DeadlineResponder(closed, timer, Duration.ofSeconds(10), () -> false)
        .respond(() -> answer, target);

    assertThat(target.await()).containsExactly("answer " + Problem.rateLimited(5).summary());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Records what the responder asked for, and lets a test wait for it. */
  static final class Recording implements DeadlineResponder.Target {
    final List<String> events = new CopyOnWriteArrayList<>();
    final CountDownLatch done;
    Runnable onDefer = () -> {};

    Recording(int expected) {
      done = new CountDownLatch(expected);
    }

    List<String> await() throws InterruptedException {
      assertThat(done.await(30, TimeUnit.SECONDS)).as("responses " + events).isTrue();
      return events;
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
