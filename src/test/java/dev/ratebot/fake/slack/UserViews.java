package dev.ratebot.fake.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What each user saw, as Slack would show it: an ack's payload that came on time on a live
 * connection, each accepted response_url post, and Slack's error notice for an ack that came late
 * or whose connection closed first. Lets a test assert "every command answered exactly once".
 */
final class UserViews implements FakeSocketMode.Deliveries {
  private record Origin(String user, String envelopeId) {}

  private final Map<String, Origin> byEnvelope = new ConcurrentHashMap<>();
  private final Map<String, Origin> byResponseUrl = new ConcurrentHashMap<>();
  private final List<Seen> seen = new ArrayList<>();

  /** Remembers whose envelope and response_url path these are. */
  void expect(String envelopeId, String user, String responseUrlPath) {
    Origin origin = new Origin(user, envelopeId);
    byEnvelope.put(envelopeId, origin);
    if (responseUrlPath != null) {
      byResponseUrl.put(responseUrlPath, origin);
    }
  }

  @Override
  public void shown(String envelopeId, JsonNode payload) {
    Origin origin = byEnvelope.get(envelopeId);
    if (origin != null && payload != null && !payload.isNull()) {
      add(new Seen(origin.user(), envelopeId, "ack", payload, System.nanoTime()));
    }
  }

  @Override
  public void failed(String envelopeId, String error) {
    Origin origin = byEnvelope.get(envelopeId);
    if (origin != null) {
      JsonNode notice = JsonNodeFactory.instance.objectNode().put("error", error);
      add(new Seen(origin.user(), envelopeId, "error", notice, System.nanoTime()));
    }
  }

  /** A response_url post Slack accepted. */
  void responded(String path, JsonNode body) {
    Origin origin = byResponseUrl.get(path);
    if (origin != null) {
      add(new Seen(origin.user(), origin.envelopeId(), "response_url", body, System.nanoTime()));
    }
  }

  private void add(Seen one) {
    synchronized (seen) {
      seen.add(one);
      seen.notifyAll();
    }
  }

  List<Seen> all() {
    synchronized (seen) {
      return List.copyOf(seen);
    }
  }

  /** Waits until {@code count} views match, or throws with what was seen. */
  List<Seen> await(Predicate<Seen> match, int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (seen) {
      while (true) {
        List<Seen> found = seen.stream().filter(match).toList();
        if (found.size() >= count) {
          return found;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "expected " + count + " views within " + timeout + ", saw " + found.size());
        }
        seen.wait(Math.max(1, left / 1_000_000));
      }
    }
  }
}
