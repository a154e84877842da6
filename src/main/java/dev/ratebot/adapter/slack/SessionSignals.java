package dev.ratebot.adapter.slack;

import com.slack.api.socket_mode.SocketModeClient;
import dev.ratebot.adapter.chat.ChatSignals;
import dev.ratebot.adapter.chat.ChatSignals.Signal;
import dev.ratebot.core.dispatch.Platform;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Reports the Socket Mode session to {@link ChatSignals}: a ping answered by a pong is "heard", a
 * {@code hello} after the first is a reconnect. The ping runs on the SDK's own session-monitor
 * thread, never beside it: the SDK's ping check keeps one "latest pong" per client, and two checks
 * at once could each take the other's pong and make the SDK reconnect for nothing.
 */
final class SessionSignals implements AutoCloseable {
  static final Duration PROBE_EVERY = Duration.ofSeconds(10);
  private static final Pattern HELLO = Pattern.compile("\"type\"\\s*:\\s*\"hello\"");

  private final SocketModeClient client;
  private final ChatSignals signals;
  private final Optional<ScheduledFuture<?>> probe;

  private SessionSignals(SocketModeClient client, ChatSignals signals) {
    this.client = client;
    this.signals = signals;
    client.addWebSocketMessageListener(this::message);
    this.probe =
        client
            .getSessionMonitorExecutor()
            .map(
                monitor ->
                    monitor.scheduleWithFixedDelay(
                        this::probe,
                        PROBE_EVERY.toMillis(),
                        PROBE_EVERY.toMillis(),
                        TimeUnit.MILLISECONDS));
  }

  /** Starts reporting on a connected client: connected and heard now, then a ping every 10 s. */
  static SessionSignals watch(SocketModeClient client, ChatSignals signals) {
    SessionSignals watching = new SessionSignals(client, signals);
    watching.send(Signal.CONNECTED);
    watching.send(Signal.HEARD);
    return watching;
  }

  // The first hello arrived before this listener was added: every hello seen here is a new session.
  private void message(String message) {
    send(Signal.HEARD);
    if (HELLO.matcher(message).find()) {
      send(Signal.RECONNECTED);
      send(Signal.CONNECTED);
    }
  }

  private void probe() {
    try {
      if (client.verifyConnection()) {
        send(Signal.CONNECTED);
        send(Signal.HEARD);
      } else {
        send(Signal.DISCONNECTED);
      }
    } catch (RuntimeException e) {
      send(Signal.DISCONNECTED);
    }
  }

  private void send(Signal signal) {
    signals.signal(Platform.SLACK, signal);
  }

  @Override
  public void close() {
    probe.ifPresent(p -> p.cancel(false));
    send(Signal.DISCONNECTED);
  }
}
