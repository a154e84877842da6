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
  /**
   * Keeps a reply; returns its short id, a few URL-safe characters. A store may give the same reply
   * (the same instance, as a cached answer is) the id it was kept under before, keeping it for
   * another full term: then an answer shown to many users is one kept answer, and its drawing can
   * be reused.
   */
  String keep(Reply reply);

  /** The reply kept under an id, if it is still kept. */
  Optional<Reply> find(String id);

  /**
   * Counts one more share of a kept reply by one user, atomically (two clicks may land at once, on
   * two replicas); returns that user's shares of it so far, this one included, or nothing when it
   * is no longer kept. Counted per user because one kept answer may have been shown to many.
   * Counting does not extend how long the reply is kept.
   */
  OptionalInt countShare(String id, String sharerId);
}
