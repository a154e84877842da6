package dev.ratebot.fake.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A thread-safe list of what happened, that tests wait on: every addition wakes the waiters, each
 * waiter looks only at the entries added since it last looked, and every wait is bounded.
 *
 * @param <T> what is recorded
 */
public final class CallLog<T> {
  private final List<T> entries = new ArrayList<>();

  synchronized void add(T entry) {
    entries.add(entry);
    notifyAll();
  }

  /** Everything so far. */
  public synchronized List<T> all() {
    return List.copyOf(entries);
  }

  /** Everything so far that matches. */
  public synchronized List<T> matching(Predicate<? super T> filter) {
    return entries.stream().filter(filter).toList();
  }

  /**
   * Waits until at least {@code count} entries match, and returns them all.
   *
   * @throws AssertionError naming what was seen, when the time is up
   */
  public synchronized List<T> await(Predicate<? super T> filter, int count, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<T> found = new ArrayList<>();
    int checked = 0;
    while (true) {
      for (; checked < entries.size(); checked++) {
        if (filter.test(entries.get(checked))) {
          found.add(entries.get(checked));
        }
      }
      if (found.size() >= count) {
        return found;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "waited "
                + timeout.toMillis()
                + " ms for "
                + count
                + " matching entries, saw "
                + found.size()
                + "; all entries:\n"
                + describe());
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** Waits for the first entry that matches and returns it. */
  public T awaitOne(Predicate<? super T> filter, Duration timeout) throws InterruptedException {
    return await(filter, 1, timeout).get(0);
  }

  private String describe() {
    List<String> lines = new ArrayList<>();
    int from = Math.max(0, entries.size() - 40);
    for (int i = from; i < entries.size(); i++) {
      String line = String.valueOf(entries.get(i));
      lines.add("  " + (line.length() > 400 ? line.substring(0, 400) + "…" : line));
    }
    return (from > 0 ? "  (" + from + " earlier)\n" : "") + String.join("\n", lines);
  }
}
