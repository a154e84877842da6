package dev.ratebot.fake.ecb;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The ECB's {@code eurofxref-daily.xml} on 127.0.0.1: point {@code RATEBOT_FX_URL} at {@link
 * #url()}. It answers every request with the answer last set (by default an empty 404) and records
 * each one.
 */
public final class FakeEcb implements AutoCloseable {
  /** The path of the daily file on the ECB's site. */
  public static final String DAILY_PATH = "/stats/eurofxref/eurofxref-daily.xml";

  private final HttpServer server;
  private final ExecutorService workers = Executors.newCachedThreadPool();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Semaphore received = new Semaphore(0);
  private final CountDownLatch closing = new CountDownLatch(1);
  private volatile Answer answer = new Answer(404, new byte[0], false);

  /** One request as the fake saw it. */
  public record Request(String method, String path, Optional<String> authorization) {}

  private static final class Answer {
    private final int status;
    private final byte[] body;
    private final boolean hang;

    Answer(int status, byte[] body, boolean hang) {
      this.status = status;
      this.body = body.clone();
      this.hang = hang;
    }

    int status() {
      return status;
    }

    byte[] body() {
      return body;
    }

    boolean hang() {
      return hang;
    }
  }

  private FakeEcb() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.setExecutor(workers);
    server.createContext("/", this::handle);
    server.start();
  }

  public static FakeEcb start() throws IOException {
    return new FakeEcb();
  }

  /** The daily file's URL on this fake. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + port() + DAILY_PATH);
  }

  /** The daily file's URL with a user name and password in it. */
  public URI url(String user, String password) {
    return URI.create("http://" + user + ":" + password + "@127.0.0.1:" + port() + DAILY_PATH);
  }

  /** The fake's scheme, host and port, as logs may name it. */
  public String origin() {
    return "http://127.0.0.1:" + port();
  }

  /** Answers with this status and text from now on. */
  public FakeEcb answer(int status, String body) {
    return answer(status, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Answers with this status and body from now on. */
  public FakeEcb answer(int status, byte[] body) {
    answer = new Answer(status, body, false);
    return this;
  }

  /** Accepts requests and never answers them (until closed). */
  public FakeEcb hang() {
    answer = new Answer(0, new byte[0], true);
    return this;
  }

  /** Every request so far, in order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Waits for one more request than those already awaited; whether it came in time. */
  public boolean awaitRequest(Duration wait) throws InterruptedException {
    return received.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * The daily file in the ECB's own shape, for one day.
   *
   * @param perEuro units of each currency per euro, in the order the ECB lists them or any other
   */
  public static String dailyXml(LocalDate date, Map<String, BigDecimal> perEuro) {
    StringBuilder xml =
        new StringBuilder(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" \
            xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
            \t<gesmes:subject>Reference rates</gesmes:subject>
            \t<gesmes:Sender>
            \t\t<gesmes:name>European Central Bank</gesmes:name>
            \t</gesmes:Sender>
            \t<Cube>
            """);
    xml.append("\t\t<Cube time='").append(date).append("'>\n");
    new TreeMap<>(perEuro)
        .forEach(
            (code, rate) ->
                xml.append("\t\t\t<Cube currency='")
                    .append(code)
                    .append("' rate='")
                    .append(rate.toPlainString())
                    .append("'/>\n"));
    xml.append("\t\t</Cube>\n\t</Cube>\n</gesmes:Envelope>\n");
    return xml.toString();
  }

  private int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.add(
          new Request(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"))));
      received.release();
      Answer now = answer;
      if (now.hang()) {
        closing.await();
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "text/xml");
      exchange.sendResponseHeaders(now.status(), now.body().length == 0 ? -1 : now.body().length);
      if (now.body().length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(now.body());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    workers.shutdownNow();
  }
}
