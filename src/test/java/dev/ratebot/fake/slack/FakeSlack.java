package dev.ratebot.fake.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A fake Slack on 127.0.0.1 for end-to-end tests: point {@code SLACK_API_URL} at {@link #apiUrl()},
 * and the real Bolt and Tyrus client find the Socket Mode endpoint through apps.connections.open as
 * they would on slack.com. Envelopes are built in the shape Slack sends; every Web API call,
 * response_url post, connection and ack is recorded.
 */
public final class FakeSlack implements AutoCloseable {
  public static final String TEAM_ID = FakeWebApi.TEAM_ID;
  public static final String BOT_USER_ID = FakeWebApi.BOT_USER_ID;
  public static final String APP_ID = FakeWebApi.APP_ID;
  public static final String CHANNEL_ID = "C0TEST";
  public static final String DM_CHANNEL_ID = "D0TEST";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeSocketMode socket;
  private final FakeWebApi api;
  private final UserViews views;
  private final AtomicLong clockSkew;
  private final AtomicInteger ids = new AtomicInteger();
  private final List<String> socketUrls;

  private FakeSlack(
      FakeSocketMode socket,
      FakeWebApi api,
      UserViews views,
      AtomicLong skew,
      List<String> socketUrls) {
    this.socket = socket;
    this.api = api;
    this.views = views;
    this.clockSkew = skew;
    this.socketUrls = socketUrls;
  }

  /** Every Socket Mode URL handed out by apps.connections.open; each carries a one-use ticket. */
  public List<String> socketUrls() {
    return List.copyOf(socketUrls);
  }

  /** Starts both endpoints on free loopback ports. */
  public static FakeSlack start() throws Exception {
    UserViews views = new UserViews();
    FakeSocketMode socket = new FakeSocketMode(views);
    socket.start();
    socket.awaitStarted();
    List<String> socketUrls = new CopyOnWriteArrayList<>();
    AtomicLong skew = new AtomicLong();
    FakeWebApi api =
        new FakeWebApi(
            () -> {
              String url = socket.url(UUID.randomUUID().toString());
              socketUrls.add(url);
              return url;
            },
            () -> System.nanoTime() + skew.get(),
            views::responded);
    return new FakeSlack(socket, api, views, skew, socketUrls);
  }

  /** Moves the fake's clock on (response_urls expire 30 minutes after their command). */
  public void advanceClock(Duration by) {
    clockSkew.addAndGet(by.toNanos());
  }

  /** The Web API base URL, for {@code SLACK_API_URL}. */
  public String apiUrl() {
    return api.baseUrl() + "api/";
  }

  /**
   * A fresh response_url on this fake, shaped like Slack's ({@code
   * https://hooks.slack.com/commands/<team>/<id>/<secret>}): whoever holds it can post as the app,
   * five times within thirty minutes.
   */
  public String newResponseUrl() {
    return api.issueResponseUrl(
        "/commands/"
            + TEAM_ID
            + "/"
            + ids.incrementAndGet()
            + "/"
            + UUID.randomUUID().toString().replace("-", ""));
  }

  /** Makes apps.connections.open wait, once recorded, until {@link #releaseSocketUrls}. */
  public void holdSocketUrls() {
    api.holdSocketUrls();
  }

  public void releaseSocketUrls() {
    api.releaseSocketUrls();
  }

  /** Makes apps.connections.open hand out a WebSocket URL where nothing listens. */
  public void breakSocketUrl() {
    api.breakSocketUrl();
  }

  /** Makes the bot a member of a channel (it is a member of the test DM from the start). */
  public void joinChannel(String channelId) {
    api.joinChannel(channelId);
  }

  /** The bytes uploaded for a file through its upload_url, or null. */
  public byte[] uploadedFile(String fileId) {
    return api.uploaded(fileId);
  }

  /**
   * Where a completed upload was shared: "" when it is private to the bot, else the channel ids;
   * null when the upload was not completed.
   */
  public String fileSharedIn(String fileId) {
    return api.sharedIn(fileId);
  }

  /** Makes every response_url answer with this HTTP status from now on. */
  public void failResponseUrls(int status) {
    api.failResponseUrls(status);
  }

  /**
   * Makes the next {@code calls} calls of a Web API method answer HTTP 429 with {@code Retry-After:
   * seconds} and {@code {"ok":false,"error":"ratelimited"}}, as Slack does. Calls that arrive while
   * such a window is open are refused again and counted by {@link #earlyCalls}.
   */
  public void rateLimit(String method, int calls, long retryAfterSeconds) {
    api.rateLimit(method, calls, retryAfterSeconds);
  }

  /** Calls of a rate-limited method that arrived before its Retry-After had passed. */
  public int earlyCalls(String method) {
    return api.earlyCalls(method);
  }

  // ---- Socket Mode connections

  public int connections() {
    return socket.connections();
  }

  public int openConnections() {
    return socket.openConnections();
  }

  public boolean awaitConnections(int count, Duration timeout) throws InterruptedException {
    return socket.awaitConnections(count, timeout);
  }

  /** The next connection to close, or null if none closes within the timeout. */
  public SocketClose awaitClose(Duration timeout) throws InterruptedException {
    return socket.awaitClose(timeout);
  }

  public void dropConnection() {
    socket.dropNewest();
  }

  /**
   * Closes the newest connection as Slack does when it goes away (code 1001), with a close
   * handshake; commands sent on it and not yet acked show the user Slack's error notice.
   */
  public void closeConnection(int code) {
    socket.closeNewest(code);
  }

  /**
   * Turns the newest connection into a zombie: open, but silent (no pong, no envelope, acks lost).
   */
  public void freezeConnection() {
    socket.freezeNewest();
  }

  /** WebSocket pings the bot sent, on every connection. */
  public int pings() {
    return socket.pings();
  }

  public void requestRefresh() {
    socket.requestRefresh();
  }

  public int acksFor(String envelopeId) {
    return socket.acksFor(envelopeId);
  }

  /** Socket messages that were not acks (should stay empty). */
  public List<String> strayMessages() {
    return socket.strayMessages();
  }

  // ---- Envelopes

  /** Sends a {@code slash_commands} envelope for {@code /rate text}. */
  public Sent slashCommand(String text, String userId, String channelId, String responseUrl) {
    ObjectNode payload = JSON.createObjectNode();
    payload
        .put("token", "verification-not-used")
        .put("team_id", TEAM_ID)
        .put("team_domain", "test")
        .put("channel_id", channelId)
        .put("channel_name", "general")
        .put("user_id", userId)
        .put("user_name", "user-" + userId)
        .put("command", "/rate")
        .put("text", text)
        .put("api_app_id", APP_ID)
        .put("is_enterprise_install", "false")
        .put("response_url", responseUrl)
        .put("trigger_id", "trigger-" + ids.incrementAndGet());
    return envelope("slash_commands", payload, true, null, userId, responseUrl);
  }

  public Sent slashCommand(String text, String userId) {
    return slashCommand(text, userId, CHANNEL_ID, newResponseUrl());
  }

  /** Sends an {@code events_api} envelope; {@code retryAttempt} > 0 marks a redelivery. */
  public Sent event(String eventId, ObjectNode event, int retryAttempt) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("token", "verification-not-used").put("team_id", TEAM_ID).put("api_app_id", APP_ID);
    payload.set("event", event);
    payload.put("type", "event_callback").put("event_id", eventId).put("event_time", 1_700_000_000);
    payload
        .putArray("authorizations")
        .addObject()
        .put("team_id", TEAM_ID)
        .put("user_id", BOT_USER_ID)
        .put("is_bot", true)
        .put("is_enterprise_install", false);
    payload.put("is_ext_shared_channel", false).put("event_context", "4-context-" + eventId);
    ObjectNode retry = JSON.createObjectNode();
    retry.put("retry_attempt", retryAttempt).put("retry_reason", retryAttempt > 0 ? "timeout" : "");
    return envelope("events_api", payload, false, retry, null, null);
  }

  public ObjectNode appMention(
      String user, String channel, String text, String ts, String threadTs) {
    ObjectNode event = JSON.createObjectNode();
    event
        .put("type", "app_mention")
        .put("user", user)
        .put("text", text)
        .put("ts", ts)
        .put("team", TEAM_ID)
        .put("channel", channel)
        .put("event_ts", ts);
    if (threadTs != null) {
      event.put("thread_ts", threadTs);
    }
    return event;
  }

  public ObjectNode directMessage(String user, String text, String ts) {
    ObjectNode event = JSON.createObjectNode();
    event
        .put("type", "message")
        .put("user", user)
        .put("text", text)
        .put("ts", ts)
        .put("team", TEAM_ID)
        .put("channel", DM_CHANNEL_ID)
        .put("event_ts", ts)
        .put("channel_type", "im");
    return event;
  }

  /** The {@code app_home_opened} event Slack sends when a user opens the app's Home tab. */
  public ObjectNode appHomeOpened(String user, String tab, String eventTs) {
    ObjectNode event = JSON.createObjectNode();
    event
        .put("type", "app_home_opened")
        .put("user", user)
        .put("channel", DM_CHANNEL_ID)
        .put("tab", tab)
        .put("event_ts", eventTs);
    return event;
  }

  /** Sends an {@code interactive} envelope with a {@code block_actions} payload of one action. */
  public Sent blockAction(
      String userId, String channelId, String responseUrl, boolean ephemeral, ObjectNode action) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("type", "block_actions");
    payload
        .putObject("user")
        .put("id", userId)
        .put("username", "user-" + userId)
        .put("name", "user-" + userId)
        .put("team_id", TEAM_ID);
    payload.put("api_app_id", APP_ID).put("token", "verification-not-used");
    payload
        .putObject("container")
        .put("type", "message")
        .put("message_ts", "1700000000.000001")
        .put("channel_id", channelId)
        .put("is_ephemeral", ephemeral);
    payload.put("trigger_id", "trigger-" + ids.incrementAndGet());
    payload.putObject("team").put("id", TEAM_ID).put("domain", "test");
    payload.put("is_enterprise_install", false);
    payload.putObject("channel").put("id", channelId).put("name", "general");
    payload.putObject("state").putObject("values");
    payload.put("response_url", responseUrl);
    payload.putArray("actions").add(action);
    return envelope("interactive", payload, false, null, userId, responseUrl);
  }

  public ObjectNode button(String actionId, String value) {
    ObjectNode action = JSON.createObjectNode();
    action.put("action_id", actionId).put("block_id", "ratebot-actions");
    action
        .putObject("text")
        .put("type", "plain_text")
        .put("text", "Share in channel")
        .put("emoji", true);
    action.put("value", value).put("type", "button").put("action_ts", "1700000001.000001");
    return action;
  }

  public ObjectNode staticSelect(String actionId, String label, String value) {
    ObjectNode action = JSON.createObjectNode();
    action
        .put("type", "static_select")
        .put("action_id", actionId)
        .put("block_id", "ratebot-actions");
    ObjectNode selected = action.putObject("selected_option");
    selected.putObject("text").put("type", "plain_text").put("text", label).put("emoji", true);
    selected.put("value", value);
    action.put("action_ts", "1700000001.000002");
    return action;
  }

  /** Sends any {@code interactive} payload. */
  public Sent interactive(ObjectNode payload) {
    return envelope("interactive", payload, false, null, null, null);
  }

  private Sent envelope(
      String type,
      ObjectNode payload,
      boolean acceptsResponse,
      ObjectNode extra,
      String user,
      String responseUrl) {
    String envelopeId = "env-" + ids.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
    if (user != null) {
      views.expect(
          envelopeId, user, responseUrl == null ? null : URI.create(responseUrl).getPath());
    }
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("envelope_id", envelopeId);
    envelope.set("payload", payload);
    envelope.put("type", type).put("accepts_response_payload", acceptsResponse);
    if (extra != null) {
      envelope.setAll(extra);
    }
    return new Sent(envelopeId, socket.send(envelopeId, envelope.toString()));
  }

  // ---- What users saw

  /** Everything every user saw, in order. */
  public List<Seen> seen() {
    return views.all();
  }

  /** What one user saw. */
  public List<Seen> seenBy(String user) {
    return views.all().stream().filter(v -> v.user().equals(user)).toList();
  }

  /**
   * Waits for the first answer the user of a command or click saw for it (its ack's payload or a
   * response_url post) and returns it.
   */
  public JsonNode awaitAnswer(Sent sent, Duration timeout) throws InterruptedException {
    return views
        .await(v -> v.envelopeId().equals(sent.envelopeId()) && v.isAnswer(), 1, timeout)
        .get(0)
        .message();
  }

  /** Waits until {@code count} answers (not error notices) were seen in all. */
  public List<Seen> awaitAnswers(int count, Duration timeout) throws InterruptedException {
    return views.await(Seen::isAnswer, count, timeout);
  }

  /**
   * An envelope on its way.
   *
   * @param envelopeId its id
   * @param ack completes when the bot acknowledges it
   */
  public record Sent(String envelopeId, CompletableFuture<Ack> ack) {}

  // ---- Web API

  public List<ApiCall> calls() {
    return api.calls();
  }

  public List<ApiCall> calls(String method) {
    return api.calls().stream().filter(c -> c.method().equals(method)).toList();
  }

  /** Waits for {@code count} calls of a method; throws with what did arrive otherwise. */
  public List<ApiCall> awaitCalls(String method, int count, Duration timeout)
      throws InterruptedException {
    return api.await(c -> c.method().equals(method), count, timeout);
  }

  public ApiCall awaitCall(Predicate<ApiCall> match, Duration timeout) throws InterruptedException {
    return api.await(match, 1, timeout).get(0);
  }

  /** Waits for the body posted to a response_url. */
  public JsonNode awaitResponse(String responseUrl, Duration timeout) throws InterruptedException {
    String path = responseUrl.substring(responseUrl.indexOf("/commands/"));
    return awaitCall(c -> c.path().equals(path), timeout).json();
  }

  /** The Home tab view views.publish last set for a user, or null. */
  public JsonNode homeView(String user) {
    return api.homeView(user);
  }

  /**
   * The Block Kit faults met so far (see {@link BlockKitLimits}), forgetting them: for a test that
   * sends Slack a payload it must refuse.
   */
  public List<String> takeBlockKitFaults() {
    List<String> faults = new ArrayList<>(api.blockFaults.take());
    faults.addAll(socket.blockFaults.take());
    return faults;
  }

  /**
   * Stops both endpoints, then fails the test if the bot sent anything Slack would refuse for its
   * Block Kit limits and no test took it.
   */
  @Override
  public void close() {
    api.close();
    try {
      socket.stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<String> faults = takeBlockKitFaults();
    if (!faults.isEmpty()) {
      throw new AssertionError(
          "Slack would refuse what the bot sent (Block Kit limits):\n" + String.join("\n", faults));
    }
  }
}
