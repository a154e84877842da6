package dev.ratebot.adapter.discord;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's bounded thread pools, so no work runs on JDA's gateway reader thread:
 *
 * <ul>
 *   <li>events: JDA hands every gateway event to it. When full it drops the event with a warning
 *       rather than throwing, because JDA runs a rejected event on the gateway reader thread.
 *   <li>callbacks: JDA's REST success and failure callbacks.
 *   <li>answers: the request handler's work, one thread per core (the work is CPU-bound, and fewer
 *       busy threads leave JDA's own threads room to send deferrals in time); when full, the asker
 *       is told to retry.
 *   <li>timer: the 1.5 s deferral deadline of interactions.
 * </ul>
 */
final class DiscordThreads implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DiscordThreads.class);
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(1);

  final ThreadPoolExecutor events;
  final ThreadPoolExecutor callbacks;
  final ThreadPoolExecutor answers;
  final ScheduledExecutorService timer;

  DiscordThreads() {
    events = bounded("discord-event", 4, 2_000, DiscordThreads::dropEvent);
    callbacks = bounded("discord-callback", 2, 2_000, new ThreadPoolExecutor.CallerRunsPolicy());
    answers =
        bounded(
            "discord-answer",
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
            1_000,
            new ThreadPoolExecutor.AbortPolicy());
    ScheduledThreadPoolExecutor scheduler =
        new ScheduledThreadPoolExecutor(1, daemons("discord-deadline"));
    scheduler.setRemoveOnCancelPolicy(true);
    timer = scheduler;
  }

  /**
   * Takes no more events and waits, at most {@code wait}, for the answers in flight; JDA is still
   * connected, so their replies can go out.
   */
  void drain(Duration wait) {
    events.shutdown();
    answers.shutdown();
    try {
      answers.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops every pool; work still running is interrupted after a short wait. */
  @Override
  public void close() {
    List<ExecutorService> pools = List.of(events, callbacks, answers, timer);
    pools.forEach(ExecutorService::shutdown);
    long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
    for (ExecutorService pool : pools) {
      try {
        if (!pool.awaitTermination(
            Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
          pool.shutdownNow();
        }
      } catch (InterruptedException e) {
        pool.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }

  private static ThreadPoolExecutor bounded(
      String name, int threads, int queue, RejectedExecutionHandler whenFull) {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(queue),
            daemons(name),
            whenFull);
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static void dropEvent(Runnable event, ThreadPoolExecutor pool) {
    if (!pool.isShutdown()) {
      log.warn(
          "Discord event queue is full ({} waiting); dropping an event", pool.getQueue().size());
    }
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
