package dev.ratebot.adapter.ops;

import dev.ratebot.adapter.chat.ChatSignals;
import dev.ratebot.core.dispatch.Platform;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * ratebot's meters in a Prometheus registry: commands by platform, command and outcome; answer
 * latency as a histogram; rate-limit refusals; reconnects, Discord identifies and shed work (from
 * the adapters' {@link ChatSignals}); the dataset's version and load time; and the JVM's own. Names
 * are listed in docs/OPERATIONS.md.
 */
public final class OpsMetrics implements ChatSignals, CommandMeter, AutoCloseable {
  private static final Duration[] LATENCY_BUCKETS = {
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5)
  };

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final Map<Platform, AtomicInteger> connected = new ConcurrentHashMap<>();
  private final MultiGauge datasetInfo;
  private final AtomicLong loadMillis = new AtomicLong();
  private final AtomicLong loadedAt = new AtomicLong();
  private final AtomicLong refusing = new AtomicLong();
  private final Counter refused;

  public OpsMetrics() {
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new JvmInfoMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    datasetInfo =
        MultiGauge.builder("ratebot.dataset.info")
            .description("The dataset serving answers, by version: always 1")
            .register(registry);
    Gauge.builder("ratebot.dataset.load.duration", loadMillis, ms -> ms.get() / 1000.0)
        .description("How long the serving dataset took to load")
        .baseUnit("seconds")
        .register(registry);
    Gauge.builder("ratebot.dataset.loaded.timestamp", loadedAt, ms -> ms.get() / 1000.0)
        .description("When the serving dataset was loaded, in Unix time")
        .baseUnit("seconds")
        .register(registry);
    refused =
        Counter.builder("ratebot.dataset.reload.refused")
            .description("Changed datasets refused (invalid, deleted or truncated files)")
            .register(registry);
    Gauge.builder("ratebot.dataset.reload.failing", refusing, AtomicLong::get)
        .description("1 while the last changed dataset was refused and older data serves")
        .register(registry);
  }

  /** Records the dataset now serving. */
  public void datasetLoaded(String version, Duration loadTime, Instant at) {
    datasetInfo.register(List.of(MultiGauge.Row.of(Tags.of("version", version), 1)), true);
    loadMillis.set(loadTime.toMillis());
    loadedAt.set(at.toEpochMilli());
    refusing.set(0);
  }

  /** A changed dataset refused while the data before it serves. */
  public void datasetRefused() {
    refused.increment();
    refusing.set(1);
  }

  @Override
  public void answered(Platform platform, String command, Outcome outcome, Duration latency) {
    String where = MeteredHandler.platform(platform);
    Counter.builder("ratebot.commands")
        .description("Commands handled, by platform, command and outcome")
        .tags("platform", where, "command", command, "outcome", outcome.label())
        .register(registry)
        .increment();
    Timer.builder("ratebot.answer")
        .description("Time from a request reaching the dispatcher to its reply")
        .tags("platform", where, "command", command)
        .serviceLevelObjectives(LATENCY_BUCKETS)
        .register(registry)
        .record(latency);
    if (outcome == Outcome.RATE_LIMITED) {
      count(
          "ratebot.rate.limit.refusals", "Questions refused by the per-user rate limit", platform);
    }
  }

  @Override
  public void signal(Platform platform, Signal signal) {
    switch (signal) {
      case CONNECTED -> gauge(platform).set(1);
      case DISCONNECTED -> gauge(platform).set(0);
      case RECONNECTED ->
          count("ratebot.reconnects", "Sessions re-established after a loss", platform);
      case IDENTIFIED ->
          count("ratebot.gateway.identifies", "New gateway sessions (IDENTIFY)", platform);
      case SHED -> count("ratebot.load.shed", "Work turned away: queues full", platform);
      case RATE_LIMITED ->
          count(
              "ratebot.platform.rate.limited",
              "Calls the platform refused with HTTP 429 (retried after Retry-After)",
              platform);
      case HEARD -> {
        // Readiness uses it; a counter of heartbeats would say nothing the gauge does not.
      }
    }
  }

  private AtomicInteger gauge(Platform platform) {
    return connected.computeIfAbsent(
        platform,
        p -> {
          AtomicInteger value = new AtomicInteger();
          Gauge.builder("ratebot.connected", value, AtomicInteger::get)
              .description("1 while the platform session is up")
              .tags("platform", MeteredHandler.platform(p))
              .register(registry);
          return value;
        });
  }

  private void count(String name, String description, Platform platform) {
    Counter.builder(name)
        .description(description)
        .tags("platform", MeteredHandler.platform(platform))
        .register(registry)
        .increment();
  }

  /** Every meter in the Prometheus text format. */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
