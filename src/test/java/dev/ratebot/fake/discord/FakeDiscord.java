package dev.ratebot.fake.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/**
 * A fake Discord for one bot: REST and gateway on 127.0.0.1, with the test server, channel and DM
 * of {@link DiscordPayloads}. Start it, point the adapter at {@link #apiUrl()} and {@link
 * #gatewayUrl()}, then send interactions and messages and wait for what the bot sends back.
 */
public final class FakeDiscord implements AutoCloseable {
  /**
   * Not a Discord token, but shaped like one (base64 user id, timestamp, HMAC), so that log masking
   * by shape is tested too.
   */
  public static final String TOKEN =
      "MTMwMDAwMDAwMDAwMDAwMDAwMQ.GfAkE1.not-a-real-token-for-tests-only0";

  private final FakeDiscordRest rest;
  private final FakeDiscordGateway gateway;
  private final FakeRateLimits limits;
  private final AtomicInteger tokens = new AtomicInteger();

  private FakeDiscord(int heartbeatInterval, FakeRateLimits limits)
      throws IOException, InterruptedException {
    gateway = new FakeDiscordGateway(TOKEN, heartbeatInterval);
    gateway.startAndWait();
    this.limits = limits;
    rest = new FakeDiscordRest(TOKEN, gateway::url, limits);
  }

  /**
   * Starts a fake with Discord's usual heartbeat interval (41.25 s) and its rate limits: 50
   * requests a second globally (interactions exempt), 5 messages per 5 s in a channel.
   */
  public static FakeDiscord start() throws IOException, InterruptedException {
    return new FakeDiscord(41_250, FakeRateLimits.discords());
  }

  /** Starts a fake with the given heartbeat interval, for tests about heartbeats. */
  public static FakeDiscord start(Duration heartbeatInterval)
      throws IOException, InterruptedException {
    return new FakeDiscord((int) heartbeatInterval.toMillis(), FakeRateLimits.discords());
  }

  /**
   * Starts a fake with other rate limits, for tests that need a 429 sooner.
   *
   * @param globalPerSecond requests a second globally, interactions exempt
   * @param messagesPerChannel messages created per {@code window} in one channel
   */
  public static FakeDiscord start(int globalPerSecond, int messagesPerChannel, Duration window)
      throws IOException, InterruptedException {
    return new FakeDiscord(
        41_250, new FakeRateLimits(globalPerSecond, messagesPerChannel, window.toMillis()));
  }

  public String apiUrl() {
    return rest.baseUrl();
  }

  public String gatewayUrl() {
    return gateway.url();
  }

  /** Every REST call so far, and waits on them. */
  public CallLog<RecordedCall> calls() {
    return rest.calls;
  }

  /** Every REST call refused with 429 (Discord's rate limits); these are not in {@link #calls}. */
  public CallLog<RecordedCall> rateLimited() {
    return rest.limited;
  }

  /** Every gateway connection the client closed, with its code. */
  public CallLog<ClientClose> gatewayClosedByClient() {
    return gateway.clientCloses;
  }

  /**
   * A gateway connection the client closed.
   *
   * @param connection its number, from 1, as in the "connection" of {@link #gatewayReceived()}
   * @param code the close code the client sent
   * @param reason the close reason the client sent
   */
  public record ClientClose(int connection, int code, String reason) {}

  /**
   * Every request that Discord's OpenAPI spec does not allow (see {@code DiscordContract}); {@link
   * #close()} fails the test when there is one.
   */
  public CallLog<ContractViolation> violations() {
    return rest.violations;
  }

  /** First responses refused because they came after Discord's 3 s (404, 10062). */
  public CallLog<String> lateFirstResponses() {
    return rest.late;
  }

  /** Every gateway payload the client sent (with a "connection" number added). */
  public CallLog<JsonNode> gatewayReceived() {
    return gateway.received;
  }

  /** Each gateway connection's path and query, e.g. {@code /?encoding=json&v=10}. */
  public CallLog<String> gatewayConnections() {
    return gateway.connections;
  }

  /** The commands registered globally (scope "global") or for a guild id. */
  public List<JsonNode> commands(String scope) {
    ArrayNode list = rest.commands.get(scope);
    return list == null ? List.of() : StreamSupport.stream(list.spliterator(), false).toList();
  }

  /** Turns the application's "User Install" setting on (the default) or off. */
  public void userInstall(boolean on) {
    rest.userInstall = on;
  }

  /** A stored message by id, as Discord would return it. */
  public ObjectNode message(String id) {
    return rest.messages.get(id);
  }

  /** The original response message of an interaction, once created. */
  public ObjectNode originalOf(String interactionToken) {
    String id = rest.originals.get(interactionToken);
    return id == null ? null : rest.messages.get(id);
  }

  /** A fresh interaction token. */
  public String newToken() {
    // Shaped like Discord's: "interaction:" in base64, then an id and a random part.
    return "aW50ZXJhY3Rpb246"
        + tokens.incrementAndGet()
        + UUID.randomUUID().toString().replace("-", "");
  }

  /** Dispatches {@code /rate} with options; returns the interaction token. */
  public String slashCommand(String userId, Map<String, String> options) {
    return slashCommand(InteractionPlace.SERVER, userId, options);
  }

  /** Dispatches {@code /rate} with options, used in {@code place}; returns the token. */
  public String slashCommand(InteractionPlace place, String userId, Map<String, String> options) {
    String token = newToken();
    dispatch("INTERACTION_CREATE", DiscordPayloads.slashCommand(place, token, userId, options));
    return token;
  }

  /** Where a stored message is: where the interaction it answered happened. */
  public InteractionPlace placeOf(String messageId) {
    return rest.placeOf(messageId);
  }

  /** Dispatches {@code /rate} used in a DM with the bot; returns the interaction token. */
  public String directSlashCommand(String userId, Map<String, String> options) {
    String token = newToken();
    dispatch("INTERACTION_CREATE", DiscordPayloads.directSlashCommand(token, userId, options));
    return token;
  }

  /** Dispatches an autocomplete request; returns the interaction token. */
  public String autocomplete(String userId, String option, String typed) {
    return autocomplete(InteractionPlace.SERVER, userId, option, typed);
  }

  /** Dispatches an autocomplete request in {@code place}; returns the interaction token. */
  public String autocomplete(InteractionPlace place, String userId, String option, String typed) {
    String token = newToken();
    dispatch(
        "INTERACTION_CREATE", DiscordPayloads.autocomplete(place, token, userId, option, typed));
    return token;
  }

  /** Dispatches a button click on a stored message; returns the interaction token. */
  public String clickButton(String userId, String customId, String messageId) {
    // As Discord does: only a component the message carries can be clicked.
    if (!message(messageId).path("components").toString().contains("\"" + customId + "\"")) {
      throw new IllegalArgumentException("message " + messageId + " has no component " + customId);
    }
    String token = newToken();
    rest.clicked(token, messageId);
    dispatch(
        "INTERACTION_CREATE",
        DiscordPayloads.button(placeOf(messageId), token, userId, customId, message(messageId)));
    return token;
  }

  /** Dispatches a select-menu choice on a stored message; returns the interaction token. */
  public String select(String userId, String customId, String value, String messageId) {
    String token = newToken();
    rest.clicked(token, messageId);
    dispatch(
        "INTERACTION_CREATE",
        DiscordPayloads.select(
            placeOf(messageId), token, userId, customId, value, message(messageId)));
    return token;
  }

  /** Dispatches MESSAGE_CREATE for a message; returns its id. */
  public String messageCreate(ObjectNode message) {
    gateway.dispatch("MESSAGE_CREATE", message);
    return message.get("id").asText();
  }

  /** Dispatches any event; an interaction's place is noted, as Discord knows where it was. */
  public void dispatch(String type, JsonNode data) {
    if (type.equals("INTERACTION_CREATE")) {
      rest.dispatched(data);
    }
    gateway.dispatch(type, data);
  }

  public void closeGateway(int code, String reason) {
    gateway.closeWith(code, reason);
  }

  public void dropGateway() {
    gateway.drop();
  }

  public void requestReconnect() {
    gateway.requestReconnect();
  }

  public void invalidateSession(boolean resumable) {
    gateway.invalidateSession(resumable);
  }

  /**
   * Keeps the gateway connection open but stops acknowledging its heartbeats, and holds dispatches
   * for the replay on RESUME: a zombie connection. A new connection is served as usual.
   */
  public void withholdHeartbeatAcks() {
    gateway.withholdHeartbeatAcks();
  }

  /** The gateway session id handed out in the last READY, or null before one. */
  public String gatewaySessionId() {
    return gateway.sessionId();
  }

  /** The sequence number of the last dispatch the gateway sent or holds for a replay. */
  public int gatewaySequence() {
    return gateway.sequence();
  }

  /**
   * Refuses the next request to a route with a 429 and keeps refusing for {@code retryAfter}, as
   * Discord does: per route ({@code X-RateLimit-Scope: user} and the route's bucket), or, when
   * {@code global}, every route but the interaction endpoints ({@code X-RateLimit-Global}). What
   * was refused is in {@link #rateLimited()}.
   *
   * @param pathRegex the path below the API base, e.g. {@code channels/\d+/messages}
   */
  public void refuseNext(String method, String pathRegex, Duration retryAfter, boolean global) {
    limits.refuseNext(method, pathRegex, retryAfter, global);
  }

  /** Gateway payloads with this op code that the client sent. */
  public static Predicate<JsonNode> op(int op) {
    return p -> p.path("op").asInt(-1) == op;
  }

  /** The interaction callback for a token. */
  public static Predicate<RecordedCall> callbackFor(String interactionToken) {
    return c -> c.is("POST", "interactions/\\d+/" + interactionToken + "/callback");
  }

  /** The edit of the original response for a token. */
  public static Predicate<RecordedCall> editOriginalOf(String interactionToken) {
    return c -> c.is("PATCH", "webhooks/\\d+/" + interactionToken + "/messages/@original");
  }

  /**
   * Stops the fake.
   *
   * @throws AssertionError naming each request that Discord's spec does not allow, so every test
   *     against the fake is a contract test too
   */
  @Override
  public void close() {
    rest.close();
    try {
      gateway.stop(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<String> late = rest.late.all();
    if (!late.isEmpty() && rest.checkContract) {
      throw new AssertionError(
          late.size()
              + " interaction(s) answered after Discord's 3 s, which Discord refuses (10062):\n  "
              + String.join("\n  ", late));
    }
    List<ContractViolation> violations = rest.violations.all();
    if (!violations.isEmpty()) {
      throw new AssertionError(
          violations.size()
              + " request(s) that Discord's OpenAPI spec does not allow:\n  "
              + String.join("\n  ", violations.stream().map(String::valueOf).toList()));
    }
  }
}
