package dev.ratebot.fake.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The Web API half of the fake: {@code /api/<method>} with Slack's answers for the methods Bolt and
 * the adapter call, and {@code /commands/<team>/<id>/<secret>} for response_url posts. Records
 * every call.
 */
final class FakeWebApi implements AutoCloseable {
  static final String TEAM_ID = "T0TEST";
  static final String BOT_USER_ID = "U0BOT";
  static final String BOT_ID = "B0BOT";
  static final String APP_ID = "A0TEST";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor =
      Executors.newFixedThreadPool(
          16,
          runnable -> {
            Thread thread = new Thread(runnable, "fake-slack-http");
            thread.setDaemon(true);
            return thread;
          });
  private final Supplier<String> socketUrl;
  private final List<ApiCall> calls = new ArrayList<>();
  private final AtomicInteger messageCounter = new AtomicInteger();
  private volatile int responseUrlStatus = 200;
  private final LongSupplier nanoTime;
  private final BiConsumer<String, JsonNode> responded;

  /** The response_urls handed out, by path, with when and how often they were used. */
  private final Map<String, ResponseUrl> responseUrls = new ConcurrentHashMap<>();

  /** As Slack's: good for five posts within thirty minutes of the command. */
  static final int RESPONSE_URL_USES = 5;

  static final Duration RESPONSE_URL_LIFE = Duration.ofMinutes(30);

  private record ResponseUrl(long issuedNanos, AtomicInteger uses) {}

  private final AtomicInteger fileCounter = new AtomicInteger();

  /** Channels the bot is a member of (the DM with the test user, and any a test joins). */
  private final Set<String> botChannels = ConcurrentHashMap.newKeySet();

  /** Files by id: declared by files.getUploadURLExternal, then uploaded, then completed. */
  private final Map<String, FileUpload> files = new ConcurrentHashMap<>();

  /** One file's progress through the three-step upload. */
  static final class FileUpload {
    final String filename;
    final int length;
    final String altText;
    volatile byte[] bytes;
    volatile boolean completed;
    volatile String sharedIn = "";

    FileUpload(String filename, int length, String altText) {
      this.filename = filename;
      this.length = length;
      this.altText = altText;
    }
  }

  private volatile boolean socketUrlBroken;
  private volatile CountDownLatch socketUrlHold = new CountDownLatch(0);

  /** Methods told to answer 429, by method name. */
  private final Map<String, RateLimit> rateLimits = new ConcurrentHashMap<>();

  /**
   * A method answering its next calls with HTTP 429 and a Retry-After, as Slack does: while a
   * window is open every call is refused again (and counted as early), with the seconds left.
   */
  private static final class RateLimit {
    private final long retryAfterSeconds;
    private int refusalsLeft;
    private long windowEndsNanos;
    private int early;

    RateLimit(int calls, long retryAfterSeconds) {
      this.refusalsLeft = calls;
      this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The Retry-After to answer this call with, or 0 to let it through. */
    synchronized long refuse(long now) {
      if (now < windowEndsNanos) {
        early++;
        return Math.max(1, (windowEndsNanos - now + 999_999_999L) / 1_000_000_000L);
      }
      if (refusalsLeft > 0) {
        refusalsLeft--;
        windowEndsNanos = now + retryAfterSeconds * 1_000_000_000L;
        return retryAfterSeconds;
      }
      return 0;
    }

    synchronized int early() {
      return early;
    }
  }

  /** Block Kit faults in what the bot sent; see {@link BlockKitLimits}. */
  final BlockFaults blockFaults = new BlockFaults();

  /** The Home tab view published for each user, as views.publish last set it. */
  private final Map<String, JsonNode> homeViews = new ConcurrentHashMap<>();

  private final AtomicInteger viewCounter = new AtomicInteger();

  /**
   * @param socketUrl hands out Socket Mode URLs for apps.connections.open
   * @param nanoTime the fake's clock, which tests may move on to expire response_urls
   * @param responded told of each response_url post Slack would show, by path
   */
  FakeWebApi(
      Supplier<String> socketUrl, LongSupplier nanoTime, BiConsumer<String, JsonNode> responded)
      throws IOException {
    this.socketUrl = socketUrl;
    this.nanoTime = nanoTime;
    this.responded = responded;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/", this::method);
    server.createContext("/commands/", this::responseUrl);
    server.createContext("/upload/", this::upload);
    botChannels.add(FakeSlack.DM_CHANNEL_ID);
    server.setExecutor(executor);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  void holdSocketUrls() {
    socketUrlHold = new CountDownLatch(1);
  }

  void releaseSocketUrls() {
    socketUrlHold.countDown();
  }

  void breakSocketUrl() {
    this.socketUrlBroken = true;
  }

  void failResponseUrls(int status) {
    this.responseUrlStatus = status;
  }

  void rateLimit(String method, int calls, long retryAfterSeconds) {
    rateLimits.put(method, new RateLimit(calls, retryAfterSeconds));
  }

  int earlyCalls(String method) {
    RateLimit limit = rateLimits.get(method);
    return limit == null ? 0 : limit.early();
  }

  private void method(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestURI().getPath().substring("/api/".length());
    boolean revoked =
        String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")).contains("revoked");
    ApiCall call = record(method, exchange);
    RateLimit limit = rateLimits.get(method);
    long retryAfter = limit == null ? 0 : limit.refuse(call.receivedNanos());
    if (retryAfter > 0) {
      exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfter));
      send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
      return;
    }
    String bearer = revoked ? "revoked" : call.bearerPrefix();
    ObjectNode answer = JSON.createObjectNode();
    switch (method) {
      case "auth.test" -> {
        if (!bearer.equals("xoxb-")) {
          answer.put("ok", false).put("error", "invalid_auth");
        } else {
          answer
              .put("ok", true)
              .put("url", "https://fake.invalid/")
              .put("team", "Test Team")
              .put("user", "ratebot")
              .put("team_id", TEAM_ID)
              .put("user_id", BOT_USER_ID)
              .put("bot_id", BOT_ID)
              .put("is_enterprise_install", false);
        }
      }
      case "apps.connections.open" -> {
        awaitQuietly(socketUrlHold);
        if (!bearer.equals("xapp-")) {
          answer.put("ok", false).put("error", "invalid_auth");
        } else {
          answer
              .put("ok", true)
              .put("url", socketUrlBroken ? "ws://127.0.0.1:1/link/?ticket=0" : socketUrl.get());
        }
      }
      case "files.getUploadURLExternal" -> getUploadUrl(call, bearer, answer);
      case "files.completeUploadExternal" -> completeUpload(call, bearer, answer);
      case "chat.postMessage" -> {
        if (!blockFaults.check(method, BlockKitLimits.message(call.json()))) {
          invalid(answer, "invalid_blocks", BlockKitLimits.message(call.json()));
          break;
        }
        String unknown = unknownSlackFile(call.json());
        if (unknown != null) {
          answer.put("ok", false).put("error", "invalid_blocks");
          answer.putArray("errors").add("invalid slack file [json-pointer:" + unknown + "]");
          break;
        }
        String ts = "1700000000." + String.format("%06d", messageCounter.incrementAndGet());
        answer.put("ok", true).put("channel", call.param("channel")).put("ts", ts);
        answer
            .putObject("message")
            .put("type", "message")
            .put("ts", ts)
            .put("bot_id", BOT_ID)
            .put("text", call.param("text"));
      }
      case "views.publish" -> publish(call, bearer, answer);
      default -> answer.put("ok", false).put("error", "unknown_method");
    }
    send(exchange, 200, answer.toString());
  }

  // As views.publish: a bot token, a user and a Home tab view within the limits; Slack refuses a
  // view's blocks with invalid_arguments and says why in response_metadata.
  private void publish(ApiCall call, String bearer, ObjectNode answer) {
    JsonNode view = call.json() == null ? null : call.json().get("view");
    String user = call.param("user_id");
    if (!bearer.equals("xoxb-")) {
      answer.put("ok", false).put("error", "not_allowed_token_type");
    } else if (user == null || !user.matches("[UW][A-Z0-9]+") || view == null) {
      answer.put("ok", false).put("error", "invalid_arguments");
    } else if (!blockFaults.check(call.method(), BlockKitLimits.homeView(view))) {
      invalid(answer, "invalid_arguments", BlockKitLimits.homeView(view));
    } else {
      ObjectNode published = answer.put("ok", true).putObject("view");
      published.put("id", "V" + String.format("%08d", viewCounter.incrementAndGet()));
      published.put("team_id", TEAM_ID).put("type", "home").put("app_id", APP_ID);
      published.set("blocks", view.get("blocks"));
      published.put("hash", "1700000000." + viewCounter.get());
      homeViews.put(user, view);
    }
  }

  private static void invalid(ObjectNode answer, String error, List<String> faults) {
    answer.put("ok", false).put("error", error);
    ArrayNode errors = answer.putArray("errors");
    ArrayNode messages = answer.putObject("response_metadata").putArray("messages");
    faults.forEach(
        fault -> {
          errors.add(fault);
          messages.add("[ERROR] " + fault);
        });
  }

  /** The Home tab view last published for a user, or null. */
  JsonNode homeView(String user) {
    return homeViews.get(user);
  }

  // As files.getUploadURLExternal: a bot token, a file name and a positive length are required.
  private void getUploadUrl(ApiCall call, String bearer, ObjectNode answer) {
    String filename = call.param("filename");
    String length = call.param("length");
    if (!bearer.equals("xoxb-")) {
      answer.put("ok", false).put("error", "not_allowed_token_type");
    } else if (filename == null
        || filename.isBlank()
        || length == null
        || !length.matches("[1-9]\\d*")) {
      answer.put("ok", false).put("error", "invalid_arguments");
    } else {
      String id = String.format("F%010d", fileCounter.incrementAndGet());
      files.put(id, new FileUpload(filename, Integer.parseInt(length), call.param("alt_txt")));
      answer.put("ok", true).put("upload_url", baseUrl() + "upload/v1/" + id).put("file_id", id);
    }
  }

  // As files.completeUploadExternal: every file uploaded in full; a channel_id (or channels) the
  // bot is not a member of is refused with not_in_channel, as Slack does.
  private void completeUpload(ApiCall call, String bearer, ObjectNode answer) throws IOException {
    String list = call.param("files");
    JsonNode wanted = list == null ? null : JSON.readTree(list);
    String channel = call.param("channel_id");
    List<String> channels = new ArrayList<>();
    if (channel != null && !channel.isBlank()) {
      channels.add(channel);
    }
    if (call.param("channels") != null && !call.param("channels").isBlank()) {
      channels.addAll(List.of(call.param("channels").split(",")));
    }
    if (!bearer.equals("xoxb-")) {
      answer.put("ok", false).put("error", "not_allowed_token_type");
      return;
    }
    if (wanted == null || !wanted.isArray() || wanted.isEmpty()) {
      answer.put("ok", false).put("error", "invalid_arguments");
      return;
    }
    for (JsonNode file : wanted) {
      FileUpload upload = files.get(file.path("id").asText());
      if (upload == null || upload.bytes == null) {
        answer.put("ok", false).put("error", "file_not_found");
        return;
      }
    }
    for (String c : channels) {
      if (!botChannels.contains(c)) {
        answer.put("ok", false).put("error", "not_in_channel");
        return;
      }
    }
    ArrayNode done = answer.put("ok", true).putArray("files");
    for (JsonNode file : wanted) {
      String id = file.path("id").asText();
      FileUpload upload = files.get(id);
      upload.completed = true;
      upload.sharedIn = String.join(",", channels);
      done.addObject()
          .put("id", id)
          .put("name", upload.filename)
          .put("title", file.path("title").asText(upload.filename))
          .put("mimetype", "")
          .put("filetype", "")
          .put("size", upload.length);
    }
  }

  // The upload_url: the file's bytes as the request body, exactly as many as declared.
  private void upload(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String id = exchange.getRequestURI().getPath().substring("/upload/v1/".length());
    FileUpload upload = files.get(id);
    ApiCall call =
        new ApiCall(
            "upload_url",
            exchange.getRequestURI().getPath(),
            Map.of("bytes", String.valueOf(body.length)),
            null,
            "",
            System.nanoTime());
    synchronized (calls) {
      calls.add(call);
      calls.notifyAll();
    }
    String method = exchange.getRequestMethod();
    if (upload == null || !method.equals("POST") || body.length != upload.length) {
      exchange.getResponseHeaders().set("Content-Type", "text/plain");
      exchange.sendResponseHeaders(400, -1);
      exchange.close();
      return;
    }
    upload.bytes = body;
    byte[] ok = ("OK - " + body.length).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain");
    exchange.sendResponseHeaders(200, ok.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(ok);
    }
  }

  /** The JSON pointer of an image block whose slack_file is not a completed upload, or null. */
  private String unknownSlackFile(JsonNode message) {
    JsonNode blocks = message == null ? null : message.path("blocks");
    if (blocks == null || !blocks.isArray()) {
      return null;
    }
    for (int i = 0; i < blocks.size(); i++) {
      JsonNode file = blocks.get(i).path("slack_file");
      if (blocks.get(i).path("type").asText().equals("image") && !file.isMissingNode()) {
        FileUpload upload = files.get(file.path("id").asText());
        if (upload == null || !upload.completed) {
          return "/blocks/" + i + "/slack_file";
        }
      }
    }
    return null;
  }

  void joinChannel(String channelId) {
    botChannels.add(channelId);
  }

  /** The bytes uploaded for a file, or null. */
  byte[] uploaded(String fileId) {
    FileUpload upload = files.get(fileId);
    return upload == null || upload.bytes == null ? null : upload.bytes.clone();
  }

  /** Where a completed file was shared ("" when private to the bot), or null when not completed. */
  String sharedIn(String fileId) {
    FileUpload upload = files.get(fileId);
    return upload == null || !upload.completed ? null : upload.sharedIn;
  }

  /** Registers a response_url path as handed out now. */
  String issueResponseUrl(String path) {
    responseUrls.put(path, new ResponseUrl(nanoTime.getAsLong(), new AtomicInteger()));
    return baseUrl() + path.substring(1);
  }

  // As Slack's: a JSON body, to a URL Slack handed out, at most five times, within 30 minutes.
  private void responseUrl(HttpExchange exchange) throws IOException {
    ApiCall posted = record("response_url", exchange);
    ResponseUrl url = responseUrls.get(posted.path());
    int status = 404;
    String refused = null;
    if (url == null) {
      refused = "invalid_url";
    } else if (nanoTime.getAsLong() - url.issuedNanos() > RESPONSE_URL_LIFE.toNanos()) {
      refused = "expired_url";
    } else if (url.uses().incrementAndGet() > RESPONSE_URL_USES) {
      refused = "used_url";
    } else if (responseUrlStatus != 200) {
      status = responseUrlStatus;
      refused = "expired_url";
    } else if (posted.json() == null || !posted.form().isEmpty()) {
      refused = "invalid_payload";
    } else if (!blockFaults.check("response_url", BlockKitLimits.message(posted.json()))
        || unknownSlackFile(posted.json()) != null) {
      // Slack's answer to a response_url post with blocks it cannot take: 400, invalid_blocks.
      status = 400;
      refused = "invalid_blocks";
    }
    if (refused != null) {
      send(exchange, status, "{\"ok\":false,\"error\":\"" + refused + "\"}");
      return;
    }
    responded.accept(posted.path(), posted.json());
    send(exchange, 200, "{\"ok\":true}");
  }

  private ApiCall record(String method, HttpExchange exchange) throws IOException {
    long now = System.nanoTime();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    String bearer = "";
    if (authorization != null && authorization.startsWith("Bearer ")) {
      String token = authorization.substring("Bearer ".length());
      bearer = token.length() >= 5 ? token.substring(0, 5) : token;
    }
    Map<String, String> form = new LinkedHashMap<>();
    JsonNode json;
    if (contentType.startsWith("application/json")) {
      json = body.isBlank() ? null : JSON.readTree(body);
    } else {
      ObjectNode fields = JSON.createObjectNode();
      for (String pair : body.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        if (key.equals("token")) {
          continue;
        }
        form.put(key, value);
        if (key.equals("blocks") || key.equals("attachments") || key.equals("view")) {
          fields.set(key, JSON.readTree(value));
        } else {
          fields.put(key, value);
        }
      }
      json = fields;
    }
    ApiCall call = new ApiCall(method, exchange.getRequestURI().getPath(), form, json, bearer, now);
    synchronized (calls) {
      calls.add(call);
      calls.notifyAll();
    }
    return call;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("a held apps.connections.open was never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  List<ApiCall> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  /**
   * Waits until {@code count} recorded calls match, returning them, or throws after the timeout.
   */
  List<ApiCall> await(Predicate<ApiCall> match, int count, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (calls) {
      while (true) {
        List<ApiCall> found = calls.stream().filter(match).toList();
        if (found.size() >= count) {
          return found;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "expected "
                  + count
                  + " matching calls within "
                  + timeout
                  + ", got "
                  + found.size()
                  + "; all calls: "
                  + calls.stream().map(ApiCall::method).toList());
        }
        calls.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
