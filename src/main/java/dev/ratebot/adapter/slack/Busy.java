package dev.ratebot.adapter.slack;

import java.util.List;

/**
 * What a user sees when ratebot's queue is full: not their fault, so not the per-user "asking
 * faster" reply, and a time to come back rather than a promise the bounded queue cannot keep.
 */
final class Busy {
  /** Seconds a user is asked to wait: about what a full queue takes to drain on a small host. */
  static final int RETRY_SECONDS = 10;

  static final String TEXT =
      "ratebot is busy with many questions right now; please try again in " + RETRY_SECONDS + " s.";

  private Busy() {}

  static SlackMessage message() {
    return new SlackMessage(TEXT, List.of(Blocks.section(TEXT)));
  }
}
