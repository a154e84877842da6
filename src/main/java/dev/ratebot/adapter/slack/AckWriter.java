package dev.ratebot.adapter.slack;

import com.slack.api.socket_mode.SocketModeClient;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes Socket Mode acks. The SDK's client writes to its current session, which for a moment after
 * a reconnect is still the closed one (it swaps sessions only after a ping to the new one comes
 * back), so an envelope that came on the new connection would lose its ack. An ack that cannot be
 * written is tried again every 50 ms until Slack's 3 s limit has passed. A drop logs one line when
 * acks first fail and one when they flow again, however many it touched; no line names an ack's
 * contents.
 */
final class AckWriter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AckWriter.class);
  private static final long RETRY_MILLIS = 50;
  private static final long LIMIT_NANOS = TimeUnit.SECONDS.toNanos(3);

  /** Acks waiting to be tried again; beyond it an ack is given up at once. */
  static final int MAX_WAITING = 1_000;

  private final SocketModeClient client;
  private final ScheduledExecutorService retries =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "ratebot-slack-ack-retry");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicInteger late = new AtomicInteger();
  private final AtomicInteger lost = new AtomicInteger();
  private final AtomicInteger failing = new AtomicInteger();

  AckWriter(SocketModeClient client) {
    this.client = client;
  }

  /** Writes the ack now, or keeps trying for up to 3 s from {@code receivedNanos}. */
  void write(String ack, long receivedNanos) {
    if (tryWrite(ack)) {
      settled();
      return;
    }
    if (waiting.incrementAndGet() > MAX_WAITING) {
      waiting.decrementAndGet();
      lost.incrementAndGet();
      return;
    }
    schedule(ack, receivedNanos);
  }

  private void schedule(String ack, long receivedNanos) {
    try {
      // retry() catches its own faults, so the future has nothing to report.
      ScheduledFuture<?> unused =
          retries.schedule(() -> retry(ack, receivedNanos), RETRY_MILLIS, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      waiting.decrementAndGet();
      lost.incrementAndGet();
    }
  }

  private void retry(String ack, long receivedNanos) {
    if (tryWrite(ack)) {
      waiting.decrementAndGet();
      late.incrementAndGet();
      settled();
    } else if (System.nanoTime() - receivedNanos < LIMIT_NANOS) {
      schedule(ack, receivedNanos);
    } else {
      waiting.decrementAndGet();
      lost.incrementAndGet();
    }
  }

  private boolean tryWrite(String ack) {
    try {
      client.sendSocketModeResponse(ack);
      return true;
    } catch (RuntimeException e) {
      if (failing.getAndIncrement() == 0) {
        LOG.warn(
            "Socket Mode acks cannot be written ({}): the socket closed; retrying while the client"
                + " reconnects, and answers go on through response_url",
            e.getClass().getSimpleName());
      }
      return false;
    }
  }

  // After a failing spell, once nothing waits: one line with what the spell cost.
  private void settled() {
    if (failing.get() > 0 && waiting.get() == 0 && failing.getAndSet(0) > 0) {
      LOG.info(
          "Socket Mode acks flow again: {} written late, {} given up after 3 s",
          late.getAndSet(0),
          lost.getAndSet(0));
    }
  }

  @Override
  public void close() {
    retries.shutdownNow();
  }
}
