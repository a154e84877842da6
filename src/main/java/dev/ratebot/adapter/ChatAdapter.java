package dev.ratebot.adapter;

/**
 * A running connection to one chat platform. Started once by the app; closed on shutdown so the
 * platform sees a clean disconnect.
 */
public interface ChatAdapter extends AutoCloseable {
  /** Connects and starts answering; returns once connected (or throws why it could not). */
  void start() throws Exception;

  /** Disconnects cleanly; idempotent. */
  @Override
  void close();
}
