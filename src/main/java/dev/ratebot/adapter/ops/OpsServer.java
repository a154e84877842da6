package dev.ratebot.adapter.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ops endpoint on the JDK's HTTP server: {@code /healthz} (the process is alive), {@code
 * /readyz} (200 or 503, with a JSON body naming each part) and {@code /metrics} (Prometheus text).
 * GET and HEAD only. Two worker threads and a short queue; when both are full the server's own
 * thread answers, which slows accepting rather than dropping probes.
 */
public final class OpsServer implements AutoCloseable {
  static final String METRICS_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ThreadPoolExecutor workers;
  private final Readiness readiness;
  private final Supplier<String> metrics;

  private OpsServer(
      HttpServer server,
      ThreadPoolExecutor workers,
      Readiness readiness,
      Supplier<String> metrics) {
    this.server = server;
    this.workers = workers;
    this.readiness = readiness;
    this.metrics = metrics;
  }

  /**
   * Listens on {@code address} (port 0 picks a free one) and serves until closed.
   *
   * @throws IOException when the address cannot be bound, e.g. the port is taken
   */
  public static OpsServer start(
      InetSocketAddress address, Readiness readiness, Supplier<String> metrics) throws IOException {
    HttpServer server = HttpServer.create(address, 16);
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor workers =
        new ThreadPoolExecutor(
            2,
            2,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(16),
            task -> {
              Thread thread = new Thread(task, "ratebot-ops-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());
    workers.allowCoreThreadTimeOut(true);
    OpsServer ops = new OpsServer(server, workers, readiness, metrics);
    server.createContext("/", ops::route);
    server.setExecutor(workers);
    server.start();
    LOG.info(
        "Ops endpoint on http://{}:{}/ (healthz, readyz, metrics)",
        address.getHostString(),
        ops.port());
    return ops;
  }

  /** The port listened on. */
  public int port() {
    return server.getAddress().getPort();
  }

  private void route(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n");
        return;
      }
      switch (exchange.getRequestURI().getPath()) {
        case "/healthz" -> send(exchange, 200, "text/plain; charset=utf-8", "ok\n");
        case "/readyz" -> ready(exchange);
        case "/metrics" -> send(exchange, 200, METRICS_TYPE, metrics.get());
        default -> send(exchange, 404, "text/plain; charset=utf-8", "not found\n");
      }
    } catch (RuntimeException e) {
      LOG.warn(
          "Ops endpoint could not answer {}: {}", exchange.getRequestURI().getPath(), e.toString());
    }
  }

  private void ready(HttpExchange exchange) throws IOException {
    Readiness.Report report = readiness.check();
    ObjectNode body = JSON.createObjectNode();
    body.put("ready", report.ready());
    ObjectNode parts = body.putObject("parts");
    report.parts().forEach(parts::put);
    if (!report.warnings().isEmpty()) {
      ObjectNode warnings = body.putObject("warnings");
      report.warnings().forEach(warnings::put);
    }
    send(
        exchange,
        report.ready() ? 200 : 503,
        "application/json",
        JSON.writeValueAsString(body) + "\n");
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Stops listening at once and lets the workers finish. */
  @Override
  public void close() {
    server.stop(0);
    workers.shutdown();
  }
}
