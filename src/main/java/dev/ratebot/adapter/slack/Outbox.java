package dev.ratebot.adapter.slack;

import dev.ratebot.adapter.chat.Incidents;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work that follows an acknowledgement (chat.postMessage, response_url posts) off the
 * Socket Mode threads, so that acks never wait for a Web API call.
 */
final class Outbox implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  /** One piece of post-ack work. */
  @FunctionalInterface
  interface Task {
    void run() throws Exception;
  }

  private final ExecutorService executor;

  Outbox(int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory =
        runnable -> {
          Thread thread = new Thread(runnable, "ratebot-slack-outbox-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    this.executor = Executors.newFixedThreadPool(threads, factory);
  }

  /** Runs the task soon; a failure is logged with a reference, never thrown. */
  void submit(String what, Task task) {
    try {
      executor.execute(
          () -> {
            try {
              task.run();
            } catch (Exception e) {
              Incidents.record(what, e);
            }
          });
    } catch (RejectedExecutionException e) {
      LOG.warn("{} skipped: the Slack adapter is shutting down", what);
    }
  }

  /** Lets running work finish for up to three seconds, then stops. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(3, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
