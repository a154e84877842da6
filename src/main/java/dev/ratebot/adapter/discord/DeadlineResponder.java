package dev.ratebot.adapter.discord;

import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meets Discord's rule that an interaction gets its first response within 3 seconds. The reply is
 * computed off the event thread; if it is ready within the grace period (1.5 s by default) it is
 * sent as the response itself, otherwise the interaction is deferred at the end of the grace period
 * and the reply replaces the placeholder when it is ready (the token stays valid for 15 minutes).
 * The grace period leaves half the deadline for the defer to travel.
 */
final class DeadlineResponder {
  static final Duration DEFAULT_GRACE = Duration.ofMillis(1500);
  private static final Logger log = LoggerFactory.getLogger(DeadlineResponder.class);

  private final Executor answers;
  private final ScheduledExecutorService timer;
  private final Duration grace;

  DeadlineResponder(Executor answers, ScheduledExecutorService timer, Duration grace) {
    this.answers = Objects.requireNonNull(answers, "answers");
    this.timer = Objects.requireNonNull(timer, "timer");
    this.grace = Objects.requireNonNull(grace, "grace");
  }

  /** Where a reply goes: the interaction being answered. */
  interface Target {
    /** Responds to the interaction with the reply itself. */
    void answer(Reply reply);

    /** Acknowledges the interaction now; {@link #answerLater} follows. */
    void defer();

    /** Sends the reply after {@link #defer}. */
    void answerLater(Reply reply);
  }

  private enum State {
    WAITING,
    ANSWERED,
    DEFERRED
  }

  /** Starts computing the reply; returns at once. */
  void respond(Supplier<Reply> work, Target target) {
    AtomicReference<State> state = new AtomicReference<>(State.WAITING);
    CompletableFuture<Reply> reply;
    try {
      reply = CompletableFuture.supplyAsync(work, answers);
    } catch (RejectedExecutionException busy) {
      log.warn("Too many questions at once; answering one with 'busy'");
      target.answer(Problem.rateLimited(5));
      return;
    }
    ScheduledFuture<?> deferral =
        timer.schedule(
            () -> {
              if (state.compareAndSet(State.WAITING, State.DEFERRED)) {
                target.defer();
              }
            },
            grace.toMillis(),
            TimeUnit.MILLISECONDS);
    reply.whenComplete(
        (answer, failure) -> {
          Reply result = failure == null ? answer : internal(failure);
          if (state.compareAndSet(State.WAITING, State.ANSWERED)) {
            deferral.cancel(false);
            target.answer(result);
          } else {
            target.answerLater(result);
          }
        });
  }

  private static Reply internal(Throwable failure) {
    String reference = "discord-" + UUID.randomUUID().toString().substring(0, 8);
    log.error("Request handler failed; reference {}", reference, failure);
    return Problem.internal(reference);
  }
}
