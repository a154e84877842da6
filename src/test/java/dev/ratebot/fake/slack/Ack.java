package dev.ratebot.fake.slack;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An acknowledgement the bot sent back over the socket.
 *
 * @param envelopeId the envelope it acknowledges
 * @param payload the response payload, or null for a bare ack
 * @param latencyMillis from sending the envelope to receiving this ack
 */
public record Ack(String envelopeId, JsonNode payload, double latencyMillis) {
  /** True when the ack carries a response payload (a slash command's answer, say). */
  public boolean hasPayload() {
    return payload != null && !payload.isNull();
  }
}
