package dev.ratebot.adapter.slack;

import dev.ratebot.adapter.chat.Incidents;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work that follows an acknowledgement (answers, response_url posts, chat.postMessage) off
 * the Socket Mode thread, so that acks never wait for a Web API call. Bounded: a fixed number of
 * threads and of waiting tasks; {@link #offer} says when it is full, so the caller can tell the
 * user at once instead of queueing without end.
 */
final class Outbox implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  /** One piece of post-ack work. */
  @FunctionalInterface
  interface Task {
    void run() throws Exception;
  }

  private final ThreadPoolExecutor executor;

  /**
   * @param threads the threads that run tasks
   * @param capacity the tasks that may wait for a thread
   */
  Outbox(int threads, int capacity) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory =
        runnable -> {
          Thread thread = new Thread(runnable, "ratebot-slack-outbox-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    this.executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(capacity),
            factory,
            new ThreadPoolExecutor.AbortPolicy());
  }

  /**
   * Queues the task; a failure is logged with a reference, never thrown.
   *
   * @return false, and nothing queued, when the queue is full or the outbox is closed
   */
  boolean offer(String what, Task task) {
    try {
      executor.execute(() -> runLogged(what, task));
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  /**
   * Queues the task, or, when the queue is full, runs it on the calling thread: the Socket Mode
   * thread then reads no new envelope until it is done, which slows Slack down rather than dropping
   * the work. For short replies only (a "busy" notice, a button's answer).
   */
  void submit(String what, Task task) {
    if (!offer(what, task)) {
      if (executor.isShutdown()) {
        LOG.warn("{} skipped: the Slack adapter is shutting down", what);
      } else {
        runLogged(what, task);
      }
    }
  }

  private static void runLogged(String what, Task task) {
    try {
      task.run();
    } catch (Exception e) {
      Incidents.record(what, e);
    }
  }

  /** Lets queued work finish for up to three seconds, then stops. */
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
