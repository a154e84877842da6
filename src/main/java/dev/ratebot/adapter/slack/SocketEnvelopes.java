package dev.ratebot.adapter.slack;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.socket_mode.listener.WebSocketMessageListener;
import com.slack.api.util.json.GsonFactory;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each Socket Mode envelope through Bolt and writes its ack, in place of Bolt's own listener,
 * which sends an ack that cannot be written to its error handler (an incident, an apology that
 * cannot be written either, and an uncaught exception per envelope). Here an ack that cannot be
 * written because the socket is closing is counted, and a drop logs two lines however many acks it
 * cost: nothing is lost by it, since every answer travels outside the ack. Envelopes Bolt cannot
 * turn into a request are acked too, so Slack does not retry them.
 */
final class SocketEnvelopes implements WebSocketMessageListener {
  private static final Logger LOG = LoggerFactory.getLogger(SocketEnvelopes.class);

  private final App app;
  private final Function<SocketModeApp.ErrorContext, Response> errors;
  private final SocketModeRequestParser parser;
  private final Gson gson;
  private final AckWriter acks;

  SocketEnvelopes(App app, AckWriter acks, Function<SocketModeApp.ErrorContext, Response> errors) {
    this.app = app;
    this.acks = acks;
    this.errors = errors;
    this.parser = new SocketModeRequestParser(app.config());
    this.gson = GsonFactory.createSnakeCase(app.slack().getConfig());
  }

  @Override
  public void handle(String message) {
    SocketModeRequest request;
    try {
      request = parser.parse(message);
    } catch (RuntimeException e) {
      envelopeId(message).ifPresent(id -> send(ack(id)));
      LOG.warn("Acknowledged a Socket Mode envelope that Bolt cannot read: {}", e.toString());
      return;
    }
    if (request == null) {
      return;
    }
    String id = request.getEnvelope().getEnvelopeId();
    if (request.getBoltRequest() == null) {
      LOG.info(
          "Acknowledged a {} envelope that Bolt cannot parse", request.getEnvelope().getType());
      send(ack(id));
      return;
    }
    Response response;
    try {
      response = app.run(request.getBoltRequest());
    } catch (Exception e) {
      response =
          errors.apply(
              SocketModeApp.ErrorContext.builder()
                  .request(request.getBoltRequest())
                  .exception(e)
                  .build());
    }
    if (response.getStatusCode() != 200) {
      LOG.warn(
          "Bolt answered a {} envelope with HTTP {}",
          request.getEnvelope().getType(),
          response.getStatusCode());
      return;
    }
    send(withBody(ack(id), response));
  }

  /**
   * An envelope the full queue could not take: a command hears "busy" in its ack, at no Web API
   * cost; anything else is left unacked, so Slack delivers an event again later.
   */
  void shed(String message) {
    try {
      JsonObject envelope = JsonParser.parseString(message).getAsJsonObject();
      JsonElement type = envelope.get("type");
      if (type != null && "slash_commands".equals(type.getAsString())) {
        JsonObject ack = ack(envelope.get("envelope_id").getAsString());
        ack.add("payload", gson.toJsonTree(RateCommandListener.ephemeral(Busy.message())));
        send(ack);
      }
    } catch (RuntimeException e) {
      LOG.debug("A shed Socket Mode message was not an envelope: {}", e.getClass().getSimpleName());
    }
  }

  private static JsonObject ack(String envelopeId) {
    JsonObject ack = new JsonObject();
    ack.addProperty("envelope_id", envelopeId);
    return ack;
  }

  private JsonObject withBody(JsonObject ack, Response response) {
    if (response.getBody() == null) {
      return ack;
    }
    if (response.getContentType() != null
        && response.getContentType().startsWith("application/json")) {
      ack.add("payload", gson.fromJson(response.getBody(), JsonElement.class));
    } else {
      JsonObject payload = new JsonObject();
      payload.addProperty("text", response.getBody());
      ack.add("payload", payload);
    }
    return ack;
  }

  private void send(JsonObject ack) {
    acks.write(gson.toJson(ack), System.nanoTime());
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
