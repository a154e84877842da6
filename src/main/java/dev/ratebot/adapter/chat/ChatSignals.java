package dev.ratebot.adapter.chat;

import dev.ratebot.core.dispatch.Platform;

/**
 * What a chat adapter tells operations about its connection and load: the port readiness and
 * metrics listen on, so adapters know no metrics library. Called from platform threads; must return
 * quickly and never throw.
 */
@FunctionalInterface
public interface ChatSignals {
  /** Ignores every signal: for tests and the console. */
  ChatSignals NONE = (platform, signal) -> {};

  void signal(Platform platform, Signal signal);

  /** One thing that happened to a platform connection. */
  enum Signal {
    /** A session is up (connected, resumed or re-identified). */
    CONNECTED,
    /** The platform answered recently: a heartbeat ACK, a pong, a message. */
    HEARD,
    /** The session is gone; the platform library is reconnecting. */
    DISCONNECTED,
    /** A session came back after a loss (resumed or new). */
    RECONNECTED,
    /** A new gateway session was identified (Discord counts these per day). */
    IDENTIFIED,
    /** Work was turned away because the adapter's queues were full. */
    SHED,
    /** The platform refused a call with HTTP 429; the adapter waits its Retry-After. */
    RATE_LIMITED
  }
}
