package dev.ratebot.adapter.discord;

import dev.ratebot.adapter.chat.Incidents;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meets Discord's rule that an interaction gets its first response within 3 seconds. The reply is
 * computed off the event thread; if it is ready within the grace period (1.5 s by default) it is
 * sent as the response itself, otherwise the interaction is deferred at the end of the grace period
 * and the reply replaces the placeholder when it is ready (the token stays valid for 15 minutes).
 * The grace period leaves half the deadline for the defer to travel.
 *
 * <p>The grace period counts from the interaction's creation (its snowflake's timestamp, when
 * Discord's 3 s start), so time spent in queues before the listener ran is not forgotten; it never
 * runs longer than the grace period from when the listener got it. A clock that is behind or ahead
 * of Discord's can therefore only make the adapter defer earlier, never later. When answers are
 * queueing (a burst), the reply cannot start at once, so the interaction is deferred at once.
 */
final class DeadlineResponder {
  static final Duration DEFAULT_GRACE = Duration.ofMillis(1500);
  private static final Logger log = LoggerFactory.getLogger(DeadlineResponder.class);

  private final Executor answers;
  private final ScheduledExecutorService timer;
  private final Duration grace;
  private final BooleanSupplier backlog;

  /**
   * @param answers where replies are computed
   * @param timer runs the deferrals
   * @param grace how long a reply may take before the interaction is deferred
   * @param backlog true while every answer thread is busy, so a new reply would have to wait
   */
  DeadlineResponder(
      Executor answers, ScheduledExecutorService timer, Duration grace, BooleanSupplier backlog) {
    this.answers = Objects.requireNonNull(answers, "answers");
    this.timer = Objects.requireNonNull(timer, "timer");
    this.grace = Objects.requireNonNull(grace, "grace");
    this.backlog = Objects.requireNonNull(backlog, "backlog");
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

  /** Starts computing the reply, counting the grace period from now; returns at once. */
  void respond(Supplier<Reply> work, Target target) {
    respond(work, target, Instant.now());
  }

  /** Starts computing the reply for an interaction created at {@code created}; returns at once. */
  void respond(Supplier<Reply> work, Target target, Instant created) {
    AtomicReference<State> state = new AtomicReference<>(State.WAITING);
    Runnable deferIfWaiting =
        () -> {
          if (state.compareAndSet(State.WAITING, State.DEFERRED)) {
            target.defer();
          }
        };
    Duration delay = backlog.getAsBoolean() ? Duration.ZERO : deferAfter(created);
    if (delay.isZero()) {
      deferIfWaiting.run();
    }
    CompletableFuture<Reply> reply;
    try {
      reply = CompletableFuture.supplyAsync(work, answers);
    } catch (RejectedExecutionException busy) {
      log.warn("Too many questions at once; answering one with 'busy'");
      Reply problem = Problem.rateLimited(5);
      if (state.compareAndSet(State.WAITING, State.ANSWERED)) {
        target.answer(problem);
      } else {
        target.answerLater(problem);
      }
      return;
    }
    Future<?> deferral =
        delay.isZero()
            ? CompletableFuture.completedFuture(null)
            : timer.schedule(deferIfWaiting, delay.toMillis(), TimeUnit.MILLISECONDS);
    reply
        .handle(
            (answer, failure) -> {
              Reply result = failure == null ? answer : internal(failure);
              if (state.compareAndSet(State.WAITING, State.ANSWERED)) {
                deferral.cancel(false);
                target.answer(result);
              } else {
                target.answerLater(result);
              }
              return null;
            })
        .exceptionally(
            failure -> {
              log.error("Could not send an interaction response", failure);
              return null;
            });
  }

  /** The grace period less the interaction's age; the whole grace period if its age is unknown. */
  Duration deferAfter(Instant created) {
    Duration age = Duration.between(created, Instant.now());
    if (age.isNegative()) {
      return grace;
    }
    return age.compareTo(grace) >= 0 ? Duration.ZERO : grace.minus(age);
  }

  private static Reply internal(Throwable failure) {
    return Problem.internal(Incidents.record("Answering a Discord request", failure));
  }
}
