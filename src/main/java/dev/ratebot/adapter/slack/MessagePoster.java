package dev.ratebot.adapter.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.ratebot.adapter.chat.ChatSignals;
import dev.ratebot.core.dispatch.Platform;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts messages with chat.postMessage and honours Slack's rate limit. A 429 closes the method for
 * its Retry-After for every message, not only the refused one, so a burst waits instead of
 * hammering Slack (the SDK's synchronous client only throws; its async one retries without end on
 * sleeping threads). Waits are on one timer thread, never on an outbox thread; a message is called
 * at most {@link #CALLS} times within {@link #PATIENCE}, and at most {@code waiting} messages wait
 * at once. A message that cannot go out is handed to its fault handler.
 */
final class MessagePoster implements AutoCloseable {
  static final int CALLS = 4;
  static final Duration PATIENCE = Duration.ofSeconds(60);

  /** When a 429 names no usable Retry-After (Slack always sends one). */
  static final Duration UNSTATED_WAIT = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(MessagePoster.class);

  private final Outbox outbox;
  private final ChatSignals signals;
  private final Semaphore waiting;
  private final LongSupplier nanoTime;
  private final AtomicLong closedUntil;
  private final ScheduledExecutorService timer;

  MessagePoster(Outbox outbox, ChatSignals signals, int waiting, LongSupplier nanoTime) {
    this.outbox = outbox;
    this.signals = signals;
    this.waiting = new Semaphore(waiting);
    this.nanoTime = nanoTime;
    this.closedUntil = new AtomicLong(nanoTime.getAsLong());
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, "ratebot-slack-retry");
              thread.setDaemon(true);
              return thread;
            });
    executor.setRemoveOnCancelPolicy(true);
    this.timer = executor;
  }

  /**
   * Posts the message now, or once Slack's Retry-After has passed; runs on the calling thread when
   * Slack is not limiting. {@code onFault} gets whatever stops it from going out.
   */
  void post(
      MethodsClient client,
      String channel,
      String thread,
      SlackMessage message,
      Consumer<Exception> onFault) {
    attempt(new Post(client, channel, thread, message, onFault, nanoTime.getAsLong(), 1));
  }

  private record Post(
      MethodsClient client,
      String channel,
      String thread,
      SlackMessage message,
      Consumer<Exception> onFault,
      long firstNanos,
      int call) {
    Post next() {
      return new Post(client, channel, thread, message, onFault, firstNanos, call + 1);
    }
  }

  private void attempt(Post post) {
    long wait = closedUntil.get() - nanoTime.getAsLong();
    if (wait > 0) {
      later(post, wait);
      return;
    }
    try {
      ChatPostMessageResponse response =
          post.client()
              .chatPostMessage(
                  r ->
                      r.channel(post.channel())
                          .threadTs(post.thread())
                          .text(post.message().text())
                          .blocks(post.message().blocks()));
      if (!response.isOk()) {
        throw new IllegalStateException("chat.postMessage answered " + response.getError());
      }
    } catch (SlackApiException e) {
      if (e.getResponse().code() == 429) {
        limited(post, retryAfter(e.getResponse().header("Retry-After")), e);
      } else {
        post.onFault().accept(e);
      }
    } catch (Exception e) {
      post.onFault().accept(e);
    }
  }

  private void limited(Post post, Duration retryAfter, SlackApiException refusal) {
    long until = nanoTime.getAsLong() + retryAfter.toNanos();
    closedUntil.accumulateAndGet(until, Math::max);
    signals.signal(Platform.SLACK, ChatSignals.Signal.RATE_LIMITED);
    boolean lastCall = post.call() >= CALLS;
    boolean tooLate = until - post.firstNanos() > PATIENCE.toNanos();
    LOG.warn(
        "Slack rate-limited chat.postMessage for {} s (Retry-After); {}",
        retryAfter.toSeconds(),
        lastCall || tooLate
            ? "giving up on this message after " + post.call() + " calls"
            : "posting again then (call " + (post.call() + 1) + " of " + CALLS + ")");
    if (lastCall || tooLate) {
      post.onFault().accept(refusal);
    } else {
      later(post.next(), until - nanoTime.getAsLong());
    }
  }

  // The timer only hands the post back to the outbox; when the outbox is full the timer thread
  // posts it itself, which holds back the other waiting posts rather than dropping one.
  private void later(Post post, long delayNanos) {
    if (nanoTime.getAsLong() + delayNanos - post.firstNanos() > PATIENCE.toNanos()) {
      post.onFault().accept(new IllegalStateException("Slack's rate limit outlasted " + PATIENCE));
      return;
    }
    if (!waiting.tryAcquire()) {
      post.onFault().accept(new IllegalStateException("too many messages wait for Slack"));
      return;
    }
    try {
      ScheduledFuture<?> unused =
          timer.schedule(
              () -> {
                waiting.release();
                outbox.submit("Posting a Slack message after its rate limit", () -> attempt(post));
              },
              Math.max(0, delayNanos),
              TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      waiting.release();
      post.onFault().accept(e);
    }
  }

  /** The wait a 429 asks for: its Retry-After in seconds, else {@link #UNSTATED_WAIT}. */
  static Duration retryAfter(String header) {
    if (header != null && header.strip().matches("\\d{1,6}")) {
      return Duration.ofSeconds(Math.max(1, Long.parseLong(header.strip())));
    }
    return UNSTATED_WAIT;
  }

  /** Drops the posts still waiting (saying how many); their messages are lost with the process. */
  @Override
  public void close() {
    int dropped = timer.shutdownNow().size();
    if (dropped > 0) {
      LOG.warn("{} Slack messages waiting for the rate limit were dropped at shutdown", dropped);
    }
  }
}
