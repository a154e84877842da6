package dev.ratebot.adapter.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The event ids seen lately, so that an event Slack delivers again (a retry after a slow ack, or a
 * second connection during a refresh) is answered once. Bounded: the oldest ids are forgotten.
 */
final class RecentEventIds {
  private final Map<String, Boolean> seen;

  RecentEventIds(int capacity) {
    this.seen =
        new LinkedHashMap<>(capacity, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** True the first time an id is offered; false for a repeat. A missing id is never a repeat. */
  synchronized boolean firstSeen(String eventId) {
    if (eventId == null || eventId.isEmpty()) {
      return true;
    }
    return seen.put(eventId, Boolean.TRUE) == null;
  }
}
