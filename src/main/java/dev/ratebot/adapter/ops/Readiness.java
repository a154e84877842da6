package dev.ratebot.adapter.ops;

import dev.ratebot.adapter.chat.ChatSignals;
import dev.ratebot.core.dispatch.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether ratebot can answer: a dataset is loaded, and each configured platform is connected and
 * was heard from recently. Discord counts as heard on every heartbeat ACK (about every 41 s), and
 * may go {@link #DISCORD_SILENCE} without one, two intervals and a margin; Slack is pinged every 5
 * s (a ping without a pong is reported as a disconnect), and may go {@link #SLACK_SILENCE} without
 * a pong. Fed by the adapters' {@link ChatSignals}.
 */
public final class Readiness implements ChatSignals {
  public static final Duration DISCORD_SILENCE = Duration.ofSeconds(90);
  public static final Duration SLACK_SILENCE = Duration.ofSeconds(35);

  private final Clock clock;
  private final Map<Platform, Duration> expected = new ConcurrentHashMap<>();
  private final Map<Platform, Link> links = new ConcurrentHashMap<>();
  private volatile String dataset = "";
  private volatile String refusedChange = "";

  /** Readiness measured against {@code clock}, expecting no platform yet. */
  public Readiness(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** From now on, {@code platform} must be connected and heard from within {@code silence}. */
  public Readiness expect(Platform platform, Duration silence) {
    expected.put(platform, silence);
    return this;
  }

  /** Expects {@code platform} with its usual allowance: Slack and Discord as above. */
  public Readiness expect(Platform platform) {
    return expect(platform, platform == Platform.DISCORD ? DISCORD_SILENCE : SLACK_SILENCE);
  }

  /** Records that a dataset is loaded and serving, by its version. */
  public void datasetLoaded(String version) {
    dataset = Objects.requireNonNull(version, "version");
    refusedChange = "";
  }

  /**
   * Records that a changed dataset was refused while the data before it still serves: said in the
   * report's warnings, not a reason to take ratebot out of service (every replica reading the same
   * files would go with it).
   */
  public void datasetRefused(String message) {
    refusedChange = Objects.requireNonNull(message, "message");
  }

  @Override
  public void signal(Platform platform, Signal signal) {
    Instant now = clock.instant();
    switch (signal) {
      case CONNECTED -> links.merge(platform, new Link(true, now), (old, fresh) -> fresh);
      case HEARD -> links.compute(platform, (p, old) -> new Link(old != null && old.up(), now));
      case DISCONNECTED ->
          links.compute(
              platform, (p, old) -> new Link(false, old == null ? Instant.EPOCH : old.heard()));
      default -> {
        // Reconnects, identifies and shed work are counted by the metrics, not readiness.
      }
    }
  }

  /** Each part (dataset, then every expected platform) with what is wrong, or "ok". */
  public Report check() {
    Instant now = clock.instant();
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("dataset", dataset.isEmpty() ? "not loaded" : "ok");
    for (Platform platform : Platform.values()) {
      Duration allowed = expected.get(platform);
      if (allowed != null) {
        parts.put(MeteredHandler.platform(platform), state(links.get(platform), allowed, now));
      }
    }
    Map<String, String> warnings = new LinkedHashMap<>();
    if (!refusedChange.isEmpty()) {
      warnings.put(
          "dataset", "the last change was refused, the data before it serves: " + refusedChange);
    }
    return new Report(parts, warnings);
  }

  private static String state(Link link, Duration allowed, Instant now) {
    if (link == null) {
      return "not connected yet";
    }
    if (!link.up()) {
      return "disconnected";
    }
    Duration silent = Duration.between(link.heard(), now);
    return silent.compareTo(allowed) > 0
        ? "connected but not heard from for " + silent.toSeconds() + " s"
        : "ok";
  }

  private record Link(boolean up, Instant heard) {}

  /**
   * The parts checked, by name ({@code dataset}, {@code slack}, {@code discord}), each "ok" or what
   * is wrong, and warnings that do not make ratebot unready (a refused dataset change).
   */
  public record Report(Map<String, String> parts, Map<String, String> warnings) {
    public Report {
      parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
      warnings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(warnings));
    }

    public boolean ready() {
      return parts.values().stream().allMatch("ok"::equals);
    }
  }
}
