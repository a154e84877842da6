package dev.ratebot.app;

import dev.ratebot.adapter.chat.ChatSignals;
import dev.ratebot.adapter.ops.MeteredHandler;
import dev.ratebot.adapter.ops.OpsMetrics;
import dev.ratebot.adapter.ops.OpsServer;
import dev.ratebot.adapter.ops.Readiness;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.rates.RateDataset;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/**
 * What an operator watches while ratebot serves chat: metrics and readiness fed by the adapters and
 * the dispatcher, and the HTTP endpoint that serves them. Closed on shutdown.
 */
final class Operations implements AutoCloseable {
  private final OpsMetrics metrics = new OpsMetrics();
  private final Readiness readiness = new Readiness(Clock.systemUTC());
  private Optional<OpsServer> server = Optional.empty();

  /** Operations for a loaded dataset; {@code loadTime} is how long loading took. */
  Operations(RateDataset dataset, Duration loadTime) {
    metrics.datasetLoaded(dataset.version(), loadTime, Clock.systemUTC().instant());
    readiness.datasetLoaded(dataset.version());
  }

  /**
   * A dataset swapped in by a reload (its version in the metrics and readiness), or a change
   * refused (counted, and a warning in /readyz).
   */
  void datasetChanged(dev.ratebot.core.rates.DatasetStatus status) {
    if (status.lastError().isEmpty()) {
      metrics.datasetLoaded(status.version(), Duration.ZERO, status.loadedAt());
      readiness.datasetLoaded(status.version());
    } else {
      metrics.datasetRefused();
      readiness.datasetRefused(status.lastError().get());
    }
  }

  /** The dispatcher, timed, counted and logged once per command. */
  RequestHandler metered(RequestHandler dispatcher, CommandRegistry commands) {
    return new MeteredHandler(dispatcher, commands, metrics);
  }

  /** Where the adapters report their connections: both readiness and metrics. */
  ChatSignals signals() {
    return (platform, signal) -> {
      readiness.signal(platform, signal);
      metrics.signal(platform, signal);
    };
  }

  /** Readiness waits for each of these platforms from now on. */
  void expect(Collection<Platform> platforms) {
    platforms.forEach(readiness::expect);
  }

  /**
   * Opens the endpoint, if one is configured.
   *
   * @throws SettingsException naming the setting when the address cannot be bound
   */
  void serve(OpsSettings settings) {
    Optional<InetSocketAddress> address = settings.address();
    if (address.isEmpty()) {
      return;
    }
    try {
      server = Optional.of(OpsServer.start(address.get(), readiness, metrics::scrape));
    } catch (IOException e) {
      throw new SettingsException(
          "cannot open the ops endpoint on "
              + address.get().getHostString()
              + ":"
              + address.get().getPort()
              + " ("
              + e.getMessage()
              + "): set "
              + Setting.RATEBOT_HTTP_PORT.name()
              + " to a free port, or 0 to turn it off.");
    }
  }

  /** The port the endpoint listens on, once serving. */
  Optional<Integer> port() {
    return server.map(OpsServer::port);
  }

  @Override
  public void close() {
    server.ifPresent(OpsServer::close);
    metrics.close();
  }
}
