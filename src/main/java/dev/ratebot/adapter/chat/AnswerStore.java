package dev.ratebot.adapter.chat;

import dev.ratebot.core.reply.Reply;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Keeps the replies users saw, so a button under one (Share, Why?, Chart, CSV) acts on that reply
 * and not on a new run of its question: Slack does not send an ephemeral message back with a button
 * press, and a button holds a short id (Slack values up to 2,000 characters, Discord custom_ids up
 * to 100). With several replicas a shared store replaces the in-memory one behind this port.
 */
public interface AnswerStore {
  /** Keeps a reply; returns its short id, a few URL-safe characters. */
  String keep(Reply reply);

  /** The reply kept under an id, if it is still kept. */
  Optional<Reply> find(String id);

  /**
   * Counts one more share of a kept reply, atomically (two clicks may land at once, on two
   * replicas); returns the shares so far, this one included, or nothing when it is no longer kept.
   * Counting does not extend how long the reply is kept.
   */
  OptionalInt countShare(String id);
}
