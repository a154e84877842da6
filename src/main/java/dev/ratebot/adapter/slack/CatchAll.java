package dev.ratebot.adapter.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.handler.UnmatchedRequestHandler;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.listener.WebSocketMessageListener;
import com.slack.api.socket_mode.response.AckResponse;
import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.adapter.chat.Incidents;
import dev.ratebot.core.reply.Problem;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure every Socket Mode envelope is acknowledged, which Bolt alone does not: it answers an
 * unmatched request with HTTP 404, a handler exception with nothing, and a payload it cannot parse
 * with HTTP 400, and in Socket Mode any status but 200 means no ack at all, so Slack retries and
 * the user sees a timeout.
 */
final class CatchAll {
  private static final Logger LOG = LoggerFactory.getLogger(CatchAll.class);

  private final SlackRenderer renderer;

  CatchAll(SlackRenderer renderer) {
    this.renderer = renderer;
  }

  /** Acks requests no listener matches (other events, message subtypes, unknown actions). */
  UnmatchedRequestHandler unmatched() {
    return request -> {
      LOG.debug("Acknowledged a {} request that needs no answer", request.getRequestType());
      return Response.ok();
    };
  }

  /** After a handler exception: an apology with a reference for a command, a bare ack otherwise. */
  Function<SocketModeApp.ErrorContext, Response> errors() {
    return error -> {
      Request<?> request = error.getRequest();
      String type = request == null ? "Slack" : String.valueOf(request.getRequestType());
      String reference = Incidents.record("Handling a " + type + " request", error.getException());
      if (request instanceof SlashCommandRequest) {
        SlackMessage apology = renderer.render(Problem.internal(reference), Audience.ASKER);
        return Response.json(200, RateCommandListener.ephemeral(apology));
      }
      return Response.ok();
    };
  }

  /**
   * Acks envelopes whose payload Bolt cannot turn into a request (a new interactive type, say);
   * Bolt itself drops those without an ack.
   */
  static WebSocketMessageListener unparsed(AppConfig config, SocketModeClient client) {
    SocketModeRequestParser parser = new SocketModeRequestParser(config);
    return message -> {
      SocketModeRequest request;
      try {
        request = parser.parse(message);
      } catch (RuntimeException e) {
        envelopeId(message).ifPresent(id -> client.sendSocketModeResponse(new AckResponse(id)));
        LOG.warn("Acknowledged a Socket Mode envelope that Bolt cannot read: {}", e.toString());
        return;
      }
      if (request != null && request.getBoltRequest() == null) {
        LOG.info(
            "Acknowledged a {} envelope that Bolt cannot parse", request.getEnvelope().getType());
        client.sendSocketModeResponse(new AckResponse(request.getEnvelope().getEnvelopeId()));
      }
    };
  }

  private static Optional<String> envelopeId(String message) {
    try {
      JsonElement id = JsonParser.parseString(message).getAsJsonObject().get("envelope_id");
      return id == null || !id.isJsonPrimitive() ? Optional.empty() : Optional.of(id.getAsString());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
