package dev.ratebot.adapter.slack;

import com.slack.api.socket_mode.SocketModeClient;
import dev.ratebot.adapter.ConnectionFailure;
import dev.ratebot.adapter.chat.ChatSignals;
import dev.ratebot.adapter.chat.ChatSignals.Signal;
import dev.ratebot.core.dispatch.Platform;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the Socket Mode session alive and reports it to {@link ChatSignals}. Every {@link
 * #CHECK_EVERY} it pings (the SDK's {@code verifyConnection}, which waits up to 3 s for the pong):
 * a pong is "heard"; no pong, or a closed session, is "disconnected", and a new connection is
 * opened (apps.connections.open), whose {@code hello} is a reconnect. A zombie socket, open but
 * silent, is so replaced within 8 s, and the SDK closes the old one.
 *
 * <p>This replaces the SDK's own session monitor (turned off where the client is built): one
 * pinger, since the SDK keeps one "latest pong" per client and two checks at once could take each
 * other's pong; and a silent session is reported before it is replaced, not only after.
 */
final class SessionSignals implements AutoCloseable {
  static final Duration CHECK_EVERY = Duration.ofSeconds(5);

  /** After a failed reconnect, as the SDK waits (apps.connections.open is rate-limited). */
  static final Duration AFTER_FAILED_RECONNECT = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(SessionSignals.class);
  private static final Pattern HELLO = Pattern.compile("\"type\"\\s*:\\s*\"hello\"");

  private final SocketModeClient client;
  private final ChatSignals signals;
  private final ScheduledExecutorService monitor;
  private final AtomicInteger hellos = new AtomicInteger();
  private volatile long reconnectNotBefore;
  private volatile boolean watching;
  private volatile boolean closed;

  private SessionSignals(SocketModeClient client, ChatSignals signals) {
    this.client = client;
    this.signals = signals;
    this.reconnectNotBefore = System.nanoTime();
    this.monitor =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, "ratebot-slack-session");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Listens on a client before it connects, so that its first {@code hello} is counted as the first
   * (the SDK hands messages over from a queue, so it may arrive after the connection is verified).
   */
  static SessionSignals attach(SocketModeClient client, ChatSignals signals) {
    SessionSignals session = new SessionSignals(client, signals);
    client.addWebSocketMessageListener(session::message);
    return session;
  }

  /** Starts reporting once connected: connected and heard now, then a check every 5 s. */
  void watch() {
    send(Signal.CONNECTED);
    send(Signal.HEARD);
    watching = true;
    ScheduledFuture<?> unused =
        monitor.scheduleWithFixedDelay(
            this::check, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  // Every hello after the first is a new session; nothing is reported before watch().
  private void message(String message) {
    boolean hello = HELLO.matcher(message).find();
    boolean again = hello && hellos.incrementAndGet() > 1;
    if (!watching) {
      return;
    }
    send(Signal.HEARD);
    if (again) {
      send(Signal.RECONNECTED);
      send(Signal.CONNECTED);
    }
  }

  private void check() {
    if (closed) {
      return;
    }
    boolean alive;
    try {
      alive = client.verifyConnection();
    } catch (RuntimeException e) {
      alive = false;
    }
    if (alive) {
      send(Signal.CONNECTED);
      send(Signal.HEARD);
      return;
    }
    send(Signal.DISCONNECTED);
    if (System.nanoTime() - reconnectNotBefore < 0) {
      return;
    }
    LOG.info("Slack's Socket Mode session did not answer a ping; opening a new connection");
    try {
      // Closed first: the SDK pings its current session as a new one opens, and would keep acking
      // on the silent one for the 3 s that ping waits.
      client.disconnect();
      client.connectToNewEndpoint();
    } catch (IOException | RuntimeException e) {
      reconnectNotBefore = System.nanoTime() + AFTER_FAILED_RECONNECT.toNanos();
      LOG.warn(
          "Could not open a new Socket Mode connection ({}); trying again in {} s",
          ConnectionFailure.reason(e).orElse(e.getClass().getSimpleName()),
          AFTER_FAILED_RECONNECT.toSeconds());
    }
  }

  private void send(Signal signal) {
    signals.signal(Platform.SLACK, signal);
  }

  @Override
  public void close() {
    closed = true;
    monitor.shutdownNow();
    if (watching) {
      send(Signal.DISCONNECTED);
    }
  }
}
