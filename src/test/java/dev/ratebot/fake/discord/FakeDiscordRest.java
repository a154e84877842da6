package dev.ratebot.fake.discord;

import static dev.ratebot.fake.discord.DiscordPayloads.APP_ID;
import static dev.ratebot.fake.discord.DiscordPayloads.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord's REST API v10 as far as the bot uses it, on 127.0.0.1. Messages created through
 * interaction callbacks, webhooks and channels are kept, so a later component interaction can carry
 * the message it was clicked on, as Discord's does.
 */
final class FakeDiscordRest implements AutoCloseable {
  static final String API_PREFIX = "/api/v10/";
  private static final Pattern CALLBACK = Pattern.compile("interactions/(\\d+)/([^/]+)/callback");
  private static final Pattern ORIGINAL =
      Pattern.compile("webhooks/(\\d+)/([^/]+)/messages/@original");
  private static final Pattern FOLLOWUP = Pattern.compile("webhooks/(\\d+)/([^/]+)");
  private static final Pattern CHANNEL_MESSAGES = Pattern.compile("channels/(\\d+)/messages");
  private static final Pattern COMMANDS =
      Pattern.compile("applications/(\\d+)(?:/guilds/(\\d+))?/commands");

  private final HttpServer server;
  private final ExecutorService workers = Executors.newFixedThreadPool(8);
  private final String token;
  private final Supplier<String> gatewayUrl;
  final CallLog<RecordedCall> calls = new CallLog<>();

  /** Requests that Discord's spec does not allow; each was answered with Discord's 400 or 404. */
  final CallLog<ContractViolation> violations = new CallLog<>();

  /**
   * Discord's limit on an interaction's first response, from its creation (its id's timestamp):
   * later, the interaction is unknown (404, 10062) and the user has seen "The application did not
   * respond".
   */
  static final Duration FIRST_RESPONSE = Duration.ofSeconds(3);

  /** First responses refused because they came after {@link #FIRST_RESPONSE}. */
  final CallLog<String> late = new CallLog<>();

  private final DiscordContract contract = DiscordContract.v10();

  // The burst benchmark measures the bot, and the check costs the fake about 0.7 ms of CPU per
  // request on the same 2 cores; it turns the check off (-Dratebot.bench.noContract=true), and with
  // it the failure on late first responses, which it counts itself. Tests never do.
  final boolean checkContract = !Boolean.getBoolean("ratebot.bench.noContract");

  /** Calls refused with 429 under {@link #limits}; they are not in {@link #calls}. */
  final CallLog<RecordedCall> limited = new CallLog<>();

  private final FakeRateLimits limits;

  /** Registered commands by scope: "global" or a guild id. */
  final Map<String, ArrayNode> commands = new ConcurrentHashMap<>();

  /** Messages by id. */
  final Map<String, ObjectNode> messages = new ConcurrentHashMap<>();

  /** Interaction tokens already given their one first response. */
  private final java.util.Set<String> acknowledged = ConcurrentHashMap.newKeySet();

  /** Interaction token to the id of its original response message. */
  final Map<String, String> originals = new ConcurrentHashMap<>();

  /** Where each dispatched interaction happened, by token; and each message, by id. */
  private final Map<String, InteractionPlace> places = new ConcurrentHashMap<>();

  private final Map<String, InteractionPlace> messagePlaces = new ConcurrentHashMap<>();

  /** The application's "User Install" setting (Developer Portal, Installation). */
  volatile boolean userInstall = true;

  /** Follow-ups sent per interaction token. */
  private final Map<String, Integer> followUps = new ConcurrentHashMap<>();

  /**
   * Discord's limit on follow-ups to one interaction "initiated from a user-installed app and
   * [that] isn't installed in the server" (receiving-and-responding: Create Followup Message).
   */
  static final int MAX_USER_INSTALL_FOLLOW_UPS = 5;

  FakeDiscordRest(String token, Supplier<String> gatewayUrl, FakeRateLimits limits)
      throws IOException {
    this.token = token;
    this.limits = limits;
    this.gatewayUrl = gatewayUrl;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(workers);
    server.createContext(API_PREFIX, this::serve);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + API_PREFIX;
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getRawPath().substring(API_PREFIX.length());
      String query = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
      String auth =
          Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
      byte[] raw = exchange.getRequestBody().readAllBytes();
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      List<Multipart.UploadedFile> files = List.of();
      JsonNode body;
      Response refused = null;
      if (contentType != null && contentType.startsWith("multipart/form-data")) {
        Multipart multipart;
        try {
          multipart = Multipart.parse(contentType, raw);
        } catch (IllegalArgumentException e) {
          multipart = null;
          refused = error(400, 50035, "Invalid Form Body: " + e.getMessage());
        }
        files = multipart == null ? List.of() : multipart.files();
        body =
            multipart == null || multipart.payloadJson().isEmpty()
                ? MissingNode.getInstance()
                : JSON.readTree(multipart.payloadJson().get());
        if (refused == null && multipart.payloadJson().isEmpty()) {
          refused = error(400, 50035, "Invalid Form Body: no payload_json part");
        }
        if (refused == null && !multipart.otherParts().isEmpty()) {
          refused = error(400, 50035, "Invalid Form Body: unknown parts " + multipart.otherParts());
        }
      } else {
        body = body(raw);
      }
      RecordedCall call =
          new RecordedCall(
              exchange.getRequestMethod(), path, query, auth, body, System.nanoTime(), files);
      if (refused == null && checkContract) {
        Optional<ContractViolation> violation =
            contract.check(call.method(), path, contentType, body);
        violation.ifPresent(violations::add);
        refused = violation.map(v -> new Response(v.status(), v.response())).orElse(null);
      }
      FakeRateLimits.Verdict verdict = limits.check(call.method(), path);
      verdict.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      if (verdict.refusal().isPresent()) {
        limited.add(call);
        respond(exchange, new Response(429, verdict.refusal().get()));
        return;
      }
      Response response = refused != null ? refused : route(call);
      calls.add(call);
      respond(exchange, response);
    } catch (RuntimeException e) {
      respond(exchange, error(500, 0, "fake Discord failed: " + e));
      throw e;
    } finally {
      exchange.close();
    }
  }

  private Response route(RecordedCall call) {
    boolean webhook =
        call.path().startsWith("interactions/") || call.path().startsWith("webhooks/");
    if (!webhook && !call.authorization().equals("Bot " + token)) {
      return error(401, 0, "401: Unauthorized");
    }
    String path = call.path();
    Response fixed = fixed(call.method() + " " + path);
    if (fixed != null) {
      return fixed;
    }
    Matcher commandList = COMMANDS.matcher(path);
    if (commandList.matches()) {
      return commands(call, commandList.group(2));
    }
    Matcher callback = CALLBACK.matcher(path);
    if (call.method().equals("POST") && callback.matches()) {
      Duration age = DiscordPayloads.age(callback.group(1));
      if (age.compareTo(FIRST_RESPONSE) > 0) {
        late.add("interaction " + callback.group(1) + ": first response " + age.toMillis() + " ms");
        return error(404, 10062, "Unknown interaction");
      }
      return callback(callback.group(2), call.body(), call.files());
    }
    Matcher original = ORIGINAL.matcher(path);
    if (call.method().equals("PATCH") && original.matches()) {
      String id = originals.get(original.group(2));
      ObjectNode message = id == null ? null : messages.get(id);
      if (message == null) {
        return error(404, 10008, "Unknown Message");
      }
      String fault = attach(message, call.body(), call.files());
      if (fault != null) {
        return error(400, 50035, "Invalid Form Body: " + fault);
      }
      edit(message, call.body());
      return ok(message);
    }
    Matcher followUp = FOLLOWUP.matcher(path);
    if (call.method().equals("POST") && followUp.matches()) {
      return followUp(followUp.group(2), call);
    }
    Matcher channel = CHANNEL_MESSAGES.matcher(path);
    if (call.method().equals("POST") && channel.matches()) {
      if (places.values().stream()
          .anyMatch(p -> p.userInstallOnly() && p.channelId().equals(channel.group(1)))) {
        // The bot is not in a group DM or a server it was never added to.
        return error(403, 50001, "Missing Access");
      }
      return created(channel.group(1), call.body(), false, call.files(), InteractionPlace.SERVER);
    }
    return error(404, 0, "404: Not Found");
  }

  private Response fixed(String route) {
    return switch (route) {
      case "GET users/@me" -> ok(DiscordPayloads.botUser());
      case "GET applications/@me", "GET oauth2/applications/@me" ->
          ok(DiscordPayloads.application(userInstall));
      case "GET gateway" -> ok(JSON.createObjectNode().put("url", gatewayUrl.get()));
      case "GET gateway/bot" -> ok(gatewayBot());
      default -> null;
    };
  }

  private Response commands(RecordedCall call, String guildId) {
    String scope = guildId == null ? "global" : guildId;
    if (call.method().equals("GET")) {
      return ok(commands.getOrDefault(scope, JSON.createArrayNode()));
    }
    if (call.method().equals("PUT")) {
      if (!userInstall && guildId == null && namesUserInstall(call.body())) {
        // Discord refuses a command installable where the app is not (its exact words are not
        // documented): "as long as any included contexts are already supported on the
        // application-level" (application-commands: Installation Context).
        return error(400, 50035, "Invalid Form Body: integration_types: user install is off");
      }
      ArrayNode stored = registered((ArrayNode) call.body(), guildId);
      commands.put(scope, stored);
      return ok(stored);
    }
    return error(405, 0, "405: Method Not Allowed");
  }

  /** Records where an interaction about to be dispatched happens. */
  void dispatched(JsonNode interaction) {
    places.put(interaction.path("token").asText(), InteractionPlace.of(interaction));
  }

  /** Where a message was posted, as far as the fake knows: the test server otherwise. */
  InteractionPlace placeOf(String messageId) {
    return messagePlaces.getOrDefault(messageId, InteractionPlace.SERVER);
  }

  private InteractionPlace placeOfToken(String token) {
    return places.getOrDefault(token, InteractionPlace.SERVER);
  }

  private Response followUp(String token, RecordedCall call) {
    InteractionPlace place = placeOfToken(token);
    int sent = followUps.merge(token, 1, Integer::sum);
    if (place.userInstallOnly() && sent > MAX_USER_INSTALL_FOLLOW_UPS) {
      return error(400, 40094, "This interaction has hit the maximum number of follow up messages");
    }
    return created(place.channelId(), call.body(), true, call.files(), place);
  }

  private static boolean namesUserInstall(JsonNode commands) {
    for (JsonNode command : commands) {
      for (JsonNode type : command.path("integration_types")) {
        if (type.asInt() == 1) {
          return true;
        }
      }
    }
    return false;
  }

  private Response callback(String token, JsonNode body, List<Multipart.UploadedFile> files) {
    int type = body.path("type").asInt();
    JsonNode data = body.path("data");
    if (!acknowledged.add(token)) {
      return error(400, 40060, "Interaction has already been acknowledged.");
    }
    if (!files.isEmpty() && type != 4 && type != 7) {
      return error(400, 50035, "Invalid Form Body: files on callback type " + type);
    }
    switch (type) {
      case 4, 5 -> {
        ObjectNode message = DiscordPayloads.message("0", DiscordPayloads.CHANNEL_ID, null, "");
        String fault = attach(message, data, files);
        if (fault != null) {
          return error(400, 50035, "Invalid Form Body: " + fault);
        }
        InteractionPlace place = placeOfToken(token);
        message = create(place.channelId(), data, true, place);
        attach(message, data, files);
        if (type == 5) {
          message.put("content", "").put("flags", message.path("flags").asInt() | 128);
        }
        originals.put(token, message.get("id").asText());
      }
      case 7 -> {
        ObjectNode message = clickedMessage(token);
        if (message != null) {
          String fault = attach(message, data, files);
          if (fault != null) {
            return error(400, 50035, "Invalid Form Body: " + fault);
          }
          edit(message, data);
        }
      }
      case 6, 8 -> {
        // acknowledged; nothing to store
      }
      default -> {
        return error(400, 50035, "Invalid Form Body: unknown callback type " + type);
      }
    }
    return new Response(204, null);
  }

  /** The message a component interaction was dispatched with, registered by the fake. */
  private ObjectNode clickedMessage(String token) {
    String id = originals.get(token);
    return id == null ? null : messages.get(id);
  }

  /** Records that a component interaction with this token was on this message. */
  void clicked(String token, String messageId) {
    originals.put(token, messageId);
  }

  private Response created(
      String channelId,
      JsonNode data,
      boolean fromWebhook,
      List<Multipart.UploadedFile> files,
      InteractionPlace place) {
    ObjectNode probe = DiscordPayloads.message("0", channelId, null, "");
    String fault = attach(probe, data, files);
    if (fault != null) {
      return error(400, 50035, "Invalid Form Body: " + fault);
    }
    ObjectNode message = create(channelId, data, fromWebhook, place);
    attach(message, data, files);
    return ok(message);
  }

  /**
   * Applies a body's files and {@code attachments} to a message as Discord does: each {@code
   * attachments} entry names an uploaded {@code files[n]} by its n, or an attachment the message
   * already has (any other is dropped); without {@code attachments}, uploaded files are added. An
   * embed image {@code attachment://NAME} must name one of the resulting attachments, and is
   * rewritten to its URL. Returns what is wrong, or null.
   */
  private static String attach(
      ObjectNode message, JsonNode data, List<Multipart.UploadedFile> files) {
    ArrayNode current = message.has("attachments") ? (ArrayNode) message.get("attachments") : null;
    ArrayNode result = JSON.createArrayNode();
    if (data.has("attachments")) {
      int i = 0;
      for (JsonNode wanted : data.get("attachments")) {
        String id = wanted.path("id").asText();
        Optional<Multipart.UploadedFile> file =
            files.stream().filter(f -> String.valueOf(f.index()).equals(id)).findFirst();
        Optional<JsonNode> kept =
            current == null
                ? Optional.empty()
                : java.util.stream.StreamSupport.stream(current.spliterator(), false)
                    .filter(a -> a.path("id").asText().equals(id))
                    .findFirst();
        if (file.isPresent()) {
          result.add(attachment(message, file.get(), wanted));
        } else if (kept.isPresent()) {
          result.add(kept.get().deepCopy());
        } else {
          return "attachments." + i + ".id: unknown attachment " + id;
        }
        i++;
      }
    } else {
      if (current != null) {
        result.addAll(current);
      }
      files.forEach(f -> result.add(attachment(message, f, JSON.createObjectNode())));
    }
    int e = 0;
    for (JsonNode embed : data.path("embeds")) {
      String url = embed.path("image").path("url").asText("");
      if (url.startsWith("attachment://")) {
        String name = url.substring("attachment://".length());
        boolean found = false;
        for (JsonNode a : result) {
          found |= a.path("filename").asText().equals(name);
        }
        if (!found) {
          return "embeds." + e + ".image.url: no attachment named " + name;
        }
      }
      e++;
    }
    message.set("attachments", result);
    showAttachments(message);
    return null;
  }

  private static void showAttachments(ObjectNode message) {
    // An embed shows an attachment by name; Discord stores the attachment's URL instead.
    message
        .path("embeds")
        .forEach(
            e -> {
              String url = e.path("image").path("url").asText("");
              if (url.startsWith("attachment://")) {
                String name = url.substring("attachment://".length());
                message
                    .path("attachments")
                    .forEach(
                        a -> {
                          if (a.path("filename").asText().equals(name)) {
                            ((ObjectNode) e.get("image")).put("url", a.path("url").asText());
                          }
                        });
              }
            });
  }

  private static ObjectNode attachment(
      ObjectNode message, Multipart.UploadedFile file, JsonNode wanted) {
    String id = DiscordPayloads.snowflake();
    String filename = wanted.path("filename").asText(file.filename());
    String url =
        "https://cdn.discordapp.com/attachments/"
            + message.path("channel_id").asText()
            + "/"
            + id
            + "/"
            + filename;
    ObjectNode attachment = JSON.createObjectNode();
    attachment
        .put("id", id)
        .put("filename", filename)
        .put("size", file.bytes().length)
        .put("url", url)
        .put("proxy_url", url.replace("cdn.discordapp.com", "media.discordapp.net"))
        .put("content_type", file.contentType());
    if (wanted.hasNonNull("description")) {
      attachment.put("description", wanted.get("description").asText());
    }
    return attachment;
  }

  private ObjectNode create(
      String channelId, JsonNode data, boolean fromWebhook, InteractionPlace place) {
    String id = DiscordPayloads.snowflake();
    ObjectNode message =
        DiscordPayloads.message(
            id, channelId, DiscordPayloads.user(DiscordPayloads.BOT_ID, "ratebot", true), "");
    if (fromWebhook) {
      message.put("webhook_id", APP_ID).put("application_id", APP_ID).put("type", 20);
    }
    if (data.hasNonNull("message_reference")) {
      message.put("type", 19);
      message.set("message_reference", data.get("message_reference"));
    }
    edit(message, data);
    message.put("edited_timestamp", (String) null);
    // Where Discord forces responses private, it makes them ephemeral whatever the app asked for.
    message.put("flags", data.path("flags").asInt() | (place.forcesPrivate() ? 64 : 0));
    messages.put(id, message);
    messagePlaces.put(id, place);
    return message;
  }

  private static void edit(ObjectNode message, JsonNode data) {
    for (String field : new String[] {"content", "embeds", "components"}) {
      if (data.has(field)) {
        message.set(field, data.get(field).deepCopy());
      }
    }
    showAttachments(message);
    // Discord stores bot embeds as "rich" embeds and says so; JDA drops an embed without a type.
    message
        .path("embeds")
        .forEach(
            e -> {
              if (!e.has("type")) {
                ((ObjectNode) e).put("type", "rich");
              }
            });
    message.put("edited_timestamp", DiscordPayloads.now());
  }

  private static ArrayNode registered(ArrayNode wanted, String guildId) {
    ArrayNode stored = JSON.createArrayNode();
    for (JsonNode command : wanted) {
      ObjectNode copy = command.deepCopy();
      copy.put("id", DiscordPayloads.snowflake())
          .put("application_id", APP_ID)
          .put("version", DiscordPayloads.snowflake())
          .put("type", command.path("type").asInt(1))
          .put("nsfw", command.path("nsfw").asBoolean(false));
      for (String field : new String[] {"contexts", "integration_types"}) {
        if (guildId != null) {
          // Defined "only for globally-scoped commands"; a server's command has neither.
          copy.remove(field);
        } else if (copy.has(field)) {
          ArrayNode numbers = copy.putArray(field);
          command.get(field).forEach(v -> numbers.add(v.asInt()));
        }
      }
      if (!copy.has("default_member_permissions")) {
        copy.putNull("default_member_permissions");
      }
      if (guildId != null) {
        copy.put("guild_id", guildId);
      }
      stored.add(copy);
    }
    return stored;
  }

  private ObjectNode gatewayBot() {
    ObjectNode gateway = JSON.createObjectNode();
    gateway.put("url", gatewayUrl.get()).put("shards", 1);
    gateway
        .putObject("session_start_limit")
        .put("total", 1000)
        .put("remaining", 999)
        .put("reset_after", 86_400_000)
        .put("max_concurrency", 1);
    return gateway;
  }

  private static JsonNode body(byte[] raw) throws IOException {
    if (raw.length == 0) {
      return MissingNode.getInstance();
    }
    return JSON.readTree(new String(raw, StandardCharsets.UTF_8));
  }

  private record Response(int status, JsonNode body) {}

  private static Response ok(JsonNode body) {
    return new Response(200, body);
  }

  private static Response error(int status, int code, String message) {
    return new Response(status, JSON.createObjectNode().put("code", code).put("message", message));
  }

  private static void respond(HttpExchange exchange, Response response) throws IOException {
    if (response.body() == null) {
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    byte[] bytes = JSON.writeValueAsBytes(response.body());
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(response.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
