package dev.ratebot.adapter.discord;

import dev.ratebot.adapter.chat.ChatSignals;
import dev.ratebot.core.dispatch.Platform;
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

/**
 * Every thread the adapter and its JDA use, each pool bounded, so a burst cannot grow threads:
 *
 * <ul>
 *   <li>events (4 threads, 5,000 waiting): JDA hands every gateway event to it, and the listeners
 *       answer plain questions right there (an answer takes microseconds). When full, the event
 *       runs on the gateway reader itself, which slows reading rather than losing an interaction.
 *   <li>slow (1 thread, {@link #SLOW_QUEUE} waiting): drawing charts. When full, the asker is told
 *       the bot is busy and when to try again.
 *   <li>requests ({@link #REQUESTS} threads): JDA's rate-limit workers, each sending one HTTP
 *       request at a time, so at most this many requests are in flight. Work waits in the queue
 *       instead of starting a thread per interaction (JDA's default), which is what grew threads
 *       into the thousands in a burst.
 *   <li>scheduler (2 threads): JDA's rate-limit timers; callbacks (2 threads): JDA's REST success
 *       and failure callbacks; timer (1 thread): the deferral deadline of slow answers.
 * </ul>
 *
 * Idle pool threads end after 30 s, so after a burst the count falls back to the idle one.
 */
final class DiscordThreads implements AutoCloseable {
  static final int REQUESTS = 48;
  static final int SLOW_QUEUE = 50;
  static final int EVENT_QUEUE = 5_000;
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(1);

  final ThreadPoolExecutor events;
  final ThreadPoolExecutor callbacks;
  final ThreadPoolExecutor slow;
  final ThreadPoolExecutor requests;
  final ScheduledThreadPoolExecutor scheduler;
  final ScheduledExecutorService timer;

  /** Pools whose refusals (a slow answer turned away as busy) are reported as shed. */
  DiscordThreads(ChatSignals signals) {
    RejectedExecutionHandler abort = new ThreadPoolExecutor.AbortPolicy();
    events = bounded("discord-event", 4, EVENT_QUEUE, new ThreadPoolExecutor.CallerRunsPolicy());
    callbacks = bounded("discord-callback", 2, 2_000, new ThreadPoolExecutor.CallerRunsPolicy());
    slow =
        bounded(
            "discord-slow",
            1,
            SLOW_QUEUE,
            (task, pool) -> {
              if (!pool.isShutdown()) {
                signals.signal(Platform.DISCORD, ChatSignals.Signal.SHED);
              }
              abort.rejectedExecution(task, pool);
            });
    // Each queued task is one rate-limit bucket's worker, at most one per bucket, and buckets are
    // bounded by the interactions and messages the bounded pools above let in; so the queue need
    // not refuse (JDA would drop a refused request without telling its caller).
    requests =
        bounded(
            "discord-request", REQUESTS, Integer.MAX_VALUE, new ThreadPoolExecutor.AbortPolicy());
    scheduler = new ScheduledThreadPoolExecutor(2, daemons("discord-ratelimit"));
    scheduler.setRemoveOnCancelPolicy(true);
    ScheduledThreadPoolExecutor deadlines =
        new ScheduledThreadPoolExecutor(1, daemons("discord-deadline"));
    deadlines.setRemoveOnCancelPolicy(true);
    timer = deadlines;
  }

  /** Whether the slow pool's thread is busy, so new slow work would have to wait. */
  boolean slowBacklog() {
    return slow.getActiveCount() >= slow.getMaximumPoolSize() || !slow.getQueue().isEmpty();
  }

  /**
   * Takes no more events and waits, at most {@code wait}, for the answers in flight; JDA is still
   * connected, so their replies can go out.
   */
  void drain(Duration wait) {
    // Plain answers run on the event threads, charts on the slow one: both finish what they hold.
    events.shutdown();
    slow.shutdown();
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      events.awaitTermination(wait.toNanos(), TimeUnit.NANOSECONDS);
      slow.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops every pool; work still running is interrupted after a short wait. */
  @Override
  public void close() {
    List<ExecutorService> pools = List.of(events, callbacks, slow, requests, scheduler, timer);
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

  private static ThreadFactory daemons(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
