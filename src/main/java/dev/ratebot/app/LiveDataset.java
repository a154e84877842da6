package dev.ratebot.app;

import dev.ratebot.adapter.dataset.DatasetFiles;
import dev.ratebot.adapter.dataset.DatasetWatcher;
import dev.ratebot.core.dispatch.Snapshot;
import dev.ratebot.core.rates.DatasetStatus;
import dev.ratebot.core.rates.RateDataset;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The snapshot serving now, behind one reference: a reload that validates swaps in a new snapshot
 * whole, and one that does not leaves the last good one serving and says why in {@link #status()}
 * and one log line. Thread-safe.
 */
public final class LiveDataset implements Supplier<Snapshot>, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveDataset.class);

  private final DatasetFiles files;
  private final Function<RateDataset, Snapshot> build;
  private final Clock clock;
  private final AtomicReference<Snapshot> current = new AtomicReference<>();
  private final AtomicReference<DatasetStatus> status = new AtomicReference<>();
  private final List<DatasetStatus.Listener> listeners = new CopyOnWriteArrayList<>();
  private final DatasetWatcher watcher;

  private LiveDataset(
      DatasetFiles files, Function<RateDataset, Snapshot> build, Clock clock, String fingerprint) {
    this.files = files;
    this.build = build;
    this.clock = clock;
    this.watcher = new DatasetWatcher(files::fingerprint, fingerprint, this::load);
  }

  /**
   * Loads the files and builds the first snapshot.
   *
   * @throws dev.ratebot.adapter.dataset.DatasetLoadException when the files are not a valid
   *     dataset: at start there is nothing to fall back on
   */
  public static LiveDataset load(
      DatasetFiles files, Function<RateDataset, Snapshot> build, Clock clock) {
    LiveDataset live = new LiveDataset(files, build, clock, files.fingerprint());
    RateDataset dataset = files.load();
    live.current.set(build.apply(dataset));
    live.status.set(DatasetStatus.loaded(dataset, clock.instant()));
    return live;
  }

  /** The snapshot serving now; take it once per question. */
  @Override
  public Snapshot get() {
    return current.get();
  }

  /** The data serving and how the last load went. */
  public DatasetStatus status() {
    return status.get();
  }

  /** Tells the listener of every later change of {@link #status()}. */
  public void addListener(DatasetStatus.Listener listener) {
    listeners.add(listener);
  }

  /** Loads the files now; the status after the attempt. */
  public DatasetStatus reload() {
    watcher.loadNow();
    return status();
  }

  /** Polls the files on disk for changes; the bundled article alone never changes. */
  public void watch(Duration every) {
    if (!every.isZero() && files.onDisk()) {
      watcher.start(every);
    }
  }

  /** One poll, as the background one does: for tests. */
  boolean poll() {
    return watcher.poll();
  }

  private void load() {
    DatasetStatus before = status.get();
    DatasetStatus after;
    try {
      RateDataset dataset = files.load();
      current.set(build.apply(dataset));
      after = DatasetStatus.loaded(dataset, clock.instant());
      LOG.info(
          "dataset version {} (vintage {}) now serving, replacing {}",
          after.version(),
          after.vintage(),
          before.version());
    } catch (RuntimeException e) {
      // The validation message names the file, the place and the fault, on one line.
      after = before.refused(e.getMessage());
      LOG.warn(
          "dataset reload refused, version {} still serving: {}", before.version(), e.getMessage());
    }
    status.set(after);
    for (DatasetStatus.Listener listener : listeners) {
      listener.changed(after);
    }
  }

  @Override
  public void close() {
    watcher.close();
  }
}
