package dev.ratebot.adapter.discord;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meets Discord's rule that an interaction gets its first response within 3 seconds, with one
 * request where one will do. The reply is worked out on the calling thread (it takes microseconds)
 * and, unless it is slow to draw, sent as the first response at once: a deferral would travel the
 * same way as the answer, so it would only add a second request.
 *
 * <p>A slow reply (a chart) is drawn on the slow pool. If it is drawn within the grace period (1.5
 * s by default, counted from the interaction's creation, its snowflake's timestamp) it is the
 * response itself; otherwise the interaction is deferred when the grace period ends and the reply
 * replaces the placeholder when it is ready. When the slow pool is already busy, the interaction is
 * deferred at once ("thinking…": the answer is coming); when its queue is full, the asker is told
 * the bot is busy and when to try again, since a deferral there would promise an answer that cannot
 * come in time.
 */
final class DeadlineResponder {
  static final Duration DEFAULT_GRACE = Duration.ofMillis(1500);

  /**
   * The least time a reply worked out on the calling thread gets before it is deferred: it takes
   * microseconds, so only a real stall should turn it into two requests, not a busy scheduler.
   */
  static final Duration MIN_GUARD = Duration.ofMillis(300);

  /** Seconds a shed asker is told to wait: about how long the slow queue takes to drain. */
  static final long BUSY_RETRY_SECONDS = 5;

  private static final Logger log = LoggerFactory.getLogger(DeadlineResponder.class);

  private final Executor slowPool;
  private final ScheduledExecutorService timer;
  private final Duration grace;
  private final BooleanSupplier backlog;
  private final Predicate<Reply> slow;

  /**
   * @param slowPool where slow replies are drawn
   * @param timer runs the deferrals
   * @param grace how long a slow reply may take before the interaction is deferred
   * @param backlog true while the slow pool is busy, so a new slow reply would have to wait
   * @param slow which replies are slow to draw
   */
  DeadlineResponder(
      Executor slowPool,
      ScheduledExecutorService timer,
      Duration grace,
      BooleanSupplier backlog,
      Predicate<Reply> slow) {
    this.slowPool = Objects.requireNonNull(slowPool, "slowPool");
    this.timer = Objects.requireNonNull(timer, "timer");
    this.grace = Objects.requireNonNull(grace, "grace");
    this.backlog = Objects.requireNonNull(backlog, "backlog");
    this.slow = Objects.requireNonNull(slow, "slow");
  }

  /**
   * Where a reply goes: the interaction being answered.
   *
   * @param <M> a reply drawn for the platform
   */
  interface Target<M> {
    /** Draws the reply; may be slow (a chart). */
    M draw(Reply reply);

    /** Responds to the interaction with the reply itself. */
    void answer(M message);

    /** Acknowledges the interaction now; {@link #answerLater} follows. */
    void defer();

    /** Sends the reply after {@link #defer}. */
    void answerLater(M message);
  }

  private enum State {
    WAITING,
    ANSWERED,
    DEFERRED
  }

  /** Answers, counting the grace period from now. */
  <M> void respond(Supplier<Reply> work, Target<M> target) {
    respond(work, target, Instant.now());
  }

  /**
   * Works the reply out on this thread and answers an interaction created at {@code created}; a
   * slow reply is drawn on the slow pool and this returns at once. Should working the reply out
   * itself outlast the grace period (a pause of the JVM, say), the timer defers the interaction
   * meanwhile.
   */
  <M> void respond(Supplier<Reply> work, Target<M> target, Instant created) {
    AtomicReference<State> state = new AtomicReference<>(State.WAITING);
    Duration guard = deferAfter(created);
    Future<?> deferral =
        guard.isZero()
            ? CompletableFuture.completedFuture(null)
            : timer.schedule(
                deferIfWaiting(state, target),
                Math.max(guard.toMillis(), MIN_GUARD.toMillis()),
                MILLISECONDS);
    Reply reply;
    try {
      reply = work.get();
    } catch (RuntimeException | StackOverflowError failure) {
      reply = internal(failure);
    }
    deferral.cancel(false);
    if (slow.test(reply)) {
      drawSlowly(state, reply, target, created);
      return;
    }
    send(state, target, target.draw(reply));
  }

  private <M> void drawSlowly(
      AtomicReference<State> state, Reply reply, Target<M> target, Instant created) {
    Runnable deferIfWaiting = deferIfWaiting(state, target);
    Duration delay = backlog.getAsBoolean() ? Duration.ZERO : deferAfter(created);
    CompletableFuture<M> drawn;
    try {
      drawn = CompletableFuture.supplyAsync(() -> target.draw(reply), slowPool);
    } catch (RejectedExecutionException full) {
      log.warn("Too many slow answers at once; answering one with 'busy'");
      send(state, target, target.draw(busy()));
      return;
    }
    if (delay.isZero()) {
      deferIfWaiting.run();
    }
    Future<?> deferral =
        delay.isZero()
            ? CompletableFuture.completedFuture(null)
            : timer.schedule(deferIfWaiting, delay.toMillis(), MILLISECONDS);
    drawn
        .handle(
            (message, failure) -> {
              deferral.cancel(false);
              send(state, target, failure == null ? message : target.draw(internal(failure)));
              return null;
            })
        .exceptionally(
            failure -> {
              log.error("Could not send an interaction response", failure);
              return null;
            });
  }

  private static <M> Runnable deferIfWaiting(AtomicReference<State> state, Target<M> target) {
    return () -> {
      if (state.compareAndSet(State.WAITING, State.DEFERRED)) {
        target.defer();
      }
    };
  }

  /** The first response, or the edit after a deferral. */
  private static <M> void send(AtomicReference<State> state, Target<M> target, M message) {
    if (state.compareAndSet(State.WAITING, State.ANSWERED)) {
      target.answer(message);
    } else {
      target.answerLater(message);
    }
  }

  /** The grace period less the interaction's age; the whole grace period if its age is unknown. */
  Duration deferAfter(Instant created) {
    Duration age = Duration.between(created, Instant.now());
    if (age.isNegative()) {
      return grace;
    }
    return age.compareTo(grace) >= 0 ? Duration.ZERO : grace.minus(age);
  }

  /** The bot as a whole is overloaded: not the asker's fault, so not the per-user wording. */
  static Problem busy() {
    return Replies.busy(BUSY_RETRY_SECONDS);
  }

  private static Reply internal(Throwable failure) {
    return Problem.internal(Incidents.record("Answering a Discord request", failure));
  }
}
