package dev.ratebot.fake.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The Socket Mode half of the fake: a WebSocket endpoint on 127.0.0.1 that greets each connection
 * with {@code hello}, sends envelopes to the newest connection, and matches the acks that come back
 * (on any connection, as Slack does) to the envelopes by envelope_id.
 */
final class FakeSocketMode extends WebSocketServer {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Slack shows a command's ack only if it comes within this time. */
  static final long ACK_LIMIT_MS = 3_000;

  /** Told once per envelope what its user saw of the ack. */
  interface Deliveries {
    /** The ack came on time while the envelope's connection was open; Slack shows its payload. */
    void shown(String envelopeId, JsonNode payload);

    /** The ack came late, or the envelope's connection closed first; Slack shows an error. */
    void failed(String envelopeId, String error);
  }

  private final Deliveries deliveries;

  /** Block Kit faults in ack payloads; see {@link BlockKitLimits}. */
  final BlockFaults blockFaults = new BlockFaults();

  private final Map<String, WebSocket> sentOn = new ConcurrentHashMap<>();
  private final Set<String> settled = ConcurrentHashMap.newKeySet();

  private final CountDownLatch started = new CountDownLatch(1);
  private final AtomicInteger connections = new AtomicInteger();
  private final List<WebSocket> open = new CopyOnWriteArrayList<>();
  private final Set<WebSocket> retiring = ConcurrentHashMap.newKeySet();
  private final Set<WebSocket> closing = ConcurrentHashMap.newKeySet();
  private final Set<WebSocket> frozen = ConcurrentHashMap.newKeySet();
  private final AtomicInteger pings = new AtomicInteger();
  private final Map<String, CompletableFuture<Ack>> pending = new ConcurrentHashMap<>();
  private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> ackCounts = new ConcurrentHashMap<>();
  private final BlockingQueue<SocketClose> closed = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> strayMessages = new LinkedBlockingQueue<>();

  FakeSocketMode(Deliveries deliveries) {
    super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    setReuseAddr(true);
    setDaemon(true);
    this.deliveries = deliveries;
  }

  void awaitStarted() throws InterruptedException {
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("fake Socket Mode server did not start");
    }
  }

  // Slack's tickets are one-use secrets (a UUID); the fake does not check them.
  String url(String ticket) {
    return "ws://127.0.0.1:"
        + getPort()
        + "/link/?ticket="
        + ticket
        + "&app_id="
        + FakeWebApi.APP_ID;
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    int number = connections.incrementAndGet();
    conn.setAttachment(number);
    open.add(conn);
    conn.send(
        "{\"type\":\"hello\",\"num_connections\":"
            + open.size()
            + ",\"debug_info\":{\"host\":\"applink-fake-"
            + number
            + "\",\"build_number\":1,\"approximate_connection_time\":18060},"
            + "\"connection_info\":{\"app_id\":\""
            + FakeWebApi.APP_ID
            + "\"}}");
    synchronized (connections) {
      connections.notifyAll();
    }
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    open.remove(conn);
    frozen.remove(conn);
    retiring.remove(conn);
    closing.remove(conn);
    Integer number = conn.getAttachment();
    sentOn.forEach(
        (envelopeId, origin) -> {
          if (origin == conn && settled.add(envelopeId)) {
            deliveries.failed(envelopeId, "dispatch_failed");
          }
        });
    closed.add(new SocketClose(number == null ? 0 : number, code, remote));
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    long now = System.nanoTime();
    if (frozen.contains(conn)) {
      return;
    }
    JsonNode json;
    try {
      json = JSON.readTree(message);
    } catch (Exception e) {
      strayMessages.add(message);
      return;
    }
    JsonNode id = json.get("envelope_id");
    if (id == null) {
      strayMessages.add(message);
      return;
    }
    String envelopeId = id.asText();
    ackCounts.computeIfAbsent(envelopeId, k -> new AtomicInteger()).incrementAndGet();
    Long sent = sentAt.get(envelopeId);
    double latency = sent == null ? -1 : (now - sent) / 1_000_000.0;
    WebSocket origin = sentOn.get(envelopeId);
    JsonNode payload = json.get("payload");
    boolean valid =
        payload == null
            || payload.isNull()
            || blockFaults.check("ack payload", BlockKitLimits.message(payload));
    if (origin != null && settled.add(envelopeId)) {
      if (!origin.isOpen() || closing.contains(origin)) {
        deliveries.failed(envelopeId, "dispatch_failed");
      } else if (latency > ACK_LIMIT_MS) {
        deliveries.failed(envelopeId, "operation_timeout");
      } else if (!valid) {
        deliveries.failed(envelopeId, "invalid_blocks");
      } else {
        deliveries.shown(envelopeId, json.get("payload"));
      }
    }
    // Completed last, so whoever waits on the ack also finds what the user saw recorded.
    pending
        .computeIfAbsent(envelopeId, k -> new CompletableFuture<>())
        .complete(new Ack(envelopeId, json.get("payload"), latency));
  }

  // Java-WebSocket answers every ping with a pong; a frozen connection answers none.
  @Override
  public void onWebsocketPing(WebSocket conn, Framedata frame) {
    pings.incrementAndGet();
    if (!frozen.contains(conn)) {
      super.onWebsocketPing(conn, frame);
    }
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {
    strayMessages.add("error: " + ex);
  }

  /** Sends an envelope to the newest open connection; the future completes with its ack. */
  CompletableFuture<Ack> send(String envelopeId, String envelope) {
    CompletableFuture<Ack> future =
        pending.computeIfAbsent(envelopeId, k -> new CompletableFuture<>());
    WebSocket conn = newest();
    sentOn.put(envelopeId, conn);
    sentAt.put(envelopeId, System.nanoTime());
    conn.send(envelope);
    return future;
  }

  int acksFor(String envelopeId) {
    AtomicInteger count = ackCounts.get(envelopeId);
    return count == null ? 0 : count.get();
  }

  int connections() {
    return connections.get();
  }

  int openConnections() {
    return open.size();
  }

  /** Waits until at least {@code count} connections have been opened in total. */
  boolean awaitConnections(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (connections) {
      while (connections.get() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        connections.wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }

  SocketClose awaitClose(Duration timeout) throws InterruptedException {
    return closed.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Cuts the newest connection without a close handshake, as a network failure would. */
  void dropNewest() {
    newest().closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped by the fake");
  }

  /**
   * Starts a close handshake on the newest connection with this code (1001: Slack going away):
   * nothing more is sent on it, its envelopes not yet acked fail, as they do on Slack, and the TCP
   * connection stays up until the bot answers the close, as RFC 6455 has it. (Java-WebSocket's own
   * close() drops the TCP connection as soon as its close frame is out, and the reset then discards
   * envelopes the bot had not read yet, which no clean close does.)
   */
  void closeNewest(int code) {
    WebSocket conn = newest();
    retiring.add(conn);
    closing.add(conn);
    CloseFrame frame = new CloseFrame();
    frame.setCode(code);
    frame.setReason("going away");
    conn.sendFrame(frame);
  }

  /**
   * Asks the bot to reconnect, as Slack does every few hours. Like Slack, the fake sends nothing
   * more on that connection; envelopes wait for the new one.
   */
  void requestRefresh() {
    WebSocket conn = newest();
    retiring.add(conn);
    conn.send(
        "{\"type\":\"disconnect\",\"reason\":\"refresh_requested\","
            + "\"debug_info\":{\"host\":\"applink-fake\"}}");
  }

  /**
   * Makes the newest connection a zombie, as a hung Slack host or a dead network path would: the
   * TCP connection stays open, but pings get no pong, nothing is sent on it and what the bot sends
   * on it is lost. A close handshake the bot starts is still answered.
   */
  void freezeNewest() {
    WebSocket conn = newest();
    frozen.add(conn);
    retiring.add(conn);
  }

  /** WebSocket pings received, on every connection. */
  int pings() {
    return pings.get();
  }

  List<String> strayMessages() {
    return List.copyOf(strayMessages);
  }

  /** The newest open connection not being retired; waits up to ten seconds for one. */
  private WebSocket newest() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    synchronized (connections) {
      while (true) {
        for (int i = open.size() - 1; i >= 0; i--) {
          WebSocket conn = open.get(i);
          if (conn.isOpen() && !retiring.contains(conn)) {
            return conn;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException("no open Socket Mode connection");
        }
        try {
          connections.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted waiting for a connection", e);
        }
      }
    }
  }
}
