package dev.ratebot.adapter.dataset;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells when the dataset files have changed, by polling a hash of their content rather than
 * listening for file events: events miss a Kubernetes ConfigMap update (a {@code ..data} symlink
 * switched to a new directory) and an editor that replaces the file. A change is handed on once it
 * has held for two polls in a row, so a file caught half-written is not loaded; each content is
 * handed on once, valid or not. Thread-safe.
 */
public final class DatasetWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DatasetWatcher.class);

  private final Supplier<String> fingerprints;
  private final Runnable load;
  private String seen;
  private String loaded;
  private ScheduledExecutorService polling;

  /**
   * @param fingerprints the content hash of the files now ({@link DatasetFiles#fingerprint()})
   * @param loaded the hash of the content loaded at start, taken before it was read
   * @param load loads the files, swapping them in if valid
   */
  public DatasetWatcher(Supplier<String> fingerprints, String loaded, Runnable load) {
    this.fingerprints = Objects.requireNonNull(fingerprints, "fingerprints");
    this.loaded = Objects.requireNonNull(loaded, "loaded");
    this.seen = loaded;
    this.load = Objects.requireNonNull(load, "load");
  }

  /** One poll: loads the files when a new content has held since the last poll. */
  public synchronized boolean poll() {
    String now = fingerprints.get();
    boolean stable = now.equals(seen);
    seen = now;
    if (!stable || now.equals(loaded)) {
      return false;
    }
    loaded = now;
    load.run();
    return true;
  }

  /** Loads the files now, whatever the polls saw (an operator's reload). */
  public synchronized void loadNow() {
    // Hashed before reading: a change made while loading is seen by the next polls.
    String now = fingerprints.get();
    seen = now;
    loaded = now;
    load.run();
  }

  /** Polls in the background, on a daemon thread, until closed. */
  public synchronized void start(Duration every) {
    if (polling != null) {
      throw new IllegalStateException("already polling");
    }
    polling =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "ratebot-data-poll");
              thread.setDaemon(true);
              return thread;
            });
    long millis = every.toMillis();
    // pollSafely catches what a poll throws, so the future never holds an exception to check.
    Future<?> unused =
        polling.scheduleWithFixedDelay(this::pollSafely, millis, millis, TimeUnit.MILLISECONDS);
    LOG.info("watching the dataset files for changes every {} s", every.toSeconds());
  }

  // A failing poll must not end the schedule: the next one tries again.
  private void pollSafely() {
    try {
      poll();
    } catch (RuntimeException e) {
      LOG.error("polling the dataset files failed", e);
    }
  }

  @Override
  public synchronized void close() {
    if (polling != null) {
      polling.shutdownNow();
      polling = null;
    }
  }
}
