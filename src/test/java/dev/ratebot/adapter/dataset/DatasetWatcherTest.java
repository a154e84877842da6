package dev.ratebot.adapter.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DatasetWatcherTest {
  private final AtomicReference<String> content = new AtomicReference<>("a");
  private final AtomicInteger loads = new AtomicInteger();
  private final DatasetWatcher watcher =
      new DatasetWatcher(content::get, "a", loads::incrementAndGet);

  @Test
  void nothingChangedNothingLoaded() {
    assertThat(watcher.poll()).isFalse();
    assertThat(watcher.poll()).isFalse();
    assertThat(loads).hasValue(0);
  }

  @Test
  void aChangeIsLoadedOnceItHoldsForTwoPollsAndOnlyOnce() {
    content.set("b");
    assertThat(watcher.poll()).isFalse();
    assertThat(watcher.poll()).isTrue();
    assertThat(watcher.poll()).isFalse();
    assertThat(loads).hasValue(1);
  }

  @Test
  void aFileStillBeingWrittenIsNotLoadedUntilItSettles() {
    content.set("b1");
    watcher.poll();
    content.set("b12");
    watcher.poll();
    content.set("b123");
    watcher.poll();
    assertThat(loads).hasValue(0);

    watcher.poll();
    assertThat(loads).hasValue(1);
  }

  @Test
  void aChangeUndoneBeforeItHeldIsNeverLoaded() {
    content.set("b");
    watcher.poll();
    content.set("a");
    watcher.poll();
    watcher.poll();
    assertThat(loads).hasValue(0);
  }

  @Test
  void aLoadNowCountsAsLoadedForThePolls() {
    content.set("b");
    watcher.loadNow();
    assertThat(watcher.poll()).isFalse();
    assertThat(watcher.poll()).isFalse();
    assertThat(loads).hasValue(1);
  }
}
