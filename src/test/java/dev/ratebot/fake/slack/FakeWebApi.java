package dev.ratebot.fake.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The Web API half of the fake: {@code /api/<method>} with Slack's answers for the methods Bolt and
 * the adapter call, and {@code /respond/<id>} for response_url posts. Records every call.
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
          4,
          runnable -> {
            Thread thread = new Thread(runnable, "fake-slack-http");
            thread.setDaemon(true);
            return thread;
          });
  private final Supplier<String> socketUrl;
  private final List<ApiCall> calls = new ArrayList<>();
  private final AtomicInteger messageCounter = new AtomicInteger();
  private volatile int responseUrlStatus = 200;
  private volatile boolean socketUrlBroken;

  FakeWebApi(Supplier<String> socketUrl) throws IOException {
    this.socketUrl = socketUrl;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/", this::method);
    server.createContext("/respond/", this::responseUrl);
    server.setExecutor(executor);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  void breakSocketUrl() {
    this.socketUrlBroken = true;
  }

  void failResponseUrls(int status) {
    this.responseUrlStatus = status;
  }

  private void method(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestURI().getPath().substring("/api/".length());
    boolean revoked =
        String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")).contains("revoked");
    ApiCall call = record(method, exchange);
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
        if (!bearer.equals("xapp-")) {
          answer.put("ok", false).put("error", "invalid_auth");
        } else {
          answer
              .put("ok", true)
              .put("url", socketUrlBroken ? "ws://127.0.0.1:1/link/?ticket=0" : socketUrl.get());
        }
      }
      case "chat.postMessage" -> {
        String ts = "1700000000." + String.format("%06d", messageCounter.incrementAndGet());
        answer.put("ok", true).put("channel", call.param("channel")).put("ts", ts);
        answer
            .putObject("message")
            .put("type", "message")
            .put("ts", ts)
            .put("bot_id", BOT_ID)
            .put("text", call.param("text"));
      }
      default -> answer.put("ok", false).put("error", "unknown_method");
    }
    send(exchange, 200, answer.toString());
  }

  private void responseUrl(HttpExchange exchange) throws IOException {
    record("response_url", exchange);
    int status = responseUrlStatus;
    send(
        exchange,
        status,
        status == 200 ? "{\"ok\":true}" : "{\"ok\":false,\"error\":\"expired_url\"}");
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
        if (key.equals("blocks") || key.equals("attachments")) {
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
