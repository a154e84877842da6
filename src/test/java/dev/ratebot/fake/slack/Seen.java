package dev.ratebot.fake.slack;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One thing a user saw in Slack after a command or a button click.
 *
 * @param user who saw it
 * @param envelopeId the envelope it answers
 * @param via "ack" (the ack's payload), "response_url" (a post to it), or "error" (Slack's own
 *     notice that the app failed: the ack was late, or its connection closed first)
 * @param message what was shown; for an error, {@code {"error": "dispatch_failed"}} and the like
 * @param atNanos {@link System#nanoTime()} when Slack would have shown it
 */
public record Seen(String user, String envelopeId, String via, JsonNode message, long atNanos) {
  /** True for an answer of ratebot's (not Slack's error notice). */
  public boolean isAnswer() {
    return !via.equals("error");
  }
}
