package dev.ratebot.fake.discord;

import static dev.ratebot.fake.discord.DiscordPayloads.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway (v10, JSON, optional zlib-stream) for one bot session, on 127.0.0.1. Sends
 * HELLO on connect; answers IDENTIFY with READY and GUILD_CREATE, RESUME with the missed dispatches
 * and RESUMED, heartbeats with HEARTBEAT_ACK. Tests push dispatches and drive failures: close
 * codes, dropped connections, RECONNECT, INVALID_SESSION and a zombie connection (open, but silent:
 * heartbeats no longer acknowledged, dispatches held for the replay).
 */
final class FakeDiscordGateway extends WebSocketServer {
  private static final int REPLAY_LIMIT = 5_000;

  private final String token;
  private final int heartbeatInterval;
  private final CountDownLatch started = new CountDownLatch(1);

  /** What the client sent: each entry is the payload with an extra "connection" number. */
  final CallLog<JsonNode> received = new CallLog<>();

  /** Each connection's query string, in order. */
  final CallLog<String> connections = new CallLog<>();

  /** Connections the client closed, with the code it gave. */
  final CallLog<FakeDiscord.ClientClose> clientCloses = new CallLog<>();

  private WebSocket current;
  private Deflater deflater;
  private int connectionCount;
  private boolean zombie;
  private String sessionId;
  private int sequence;
  private final Deque<ObjectNode> sent = new ArrayDeque<>();

  FakeDiscordGateway(String token, int heartbeatInterval) {
    super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    this.token = token;
    this.heartbeatInterval = heartbeatInterval;
    setReuseAddr(true);
    setConnectionLostTimeout(0);
  }

  void startAndWait() throws InterruptedException {
    start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("fake gateway did not start");
    }
  }

  String url() {
    return "ws://127.0.0.1:" + getPort();
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public synchronized void onOpen(WebSocket socket, ClientHandshake handshake) {
    String query = handshake.getResourceDescriptor();
    connectionCount++;
    socket.setAttachment(connectionCount);
    current = socket;
    zombie = false;
    deflater = query.contains("compress=zlib-stream") ? new Deflater() : null;
    connections.add(query);
    ObjectNode hello = JSON.createObjectNode().put("op", 10).putNull("s").putNull("t");
    hello.putObject("d").put("heartbeat_interval", heartbeatInterval);
    send(socket, hello);
  }

  @Override
  public synchronized void onMessage(WebSocket socket, String text) {
    JsonNode payload;
    try {
      payload = JSON.readTree(text);
    } catch (IOException e) {
      socket.close(4002, "Decode error");
      return;
    }
    ObjectNode seen = payload.deepCopy();
    seen.put("connection", connectionCount);
    received.add(seen);
    if (socket != current) {
      return;
    }
    JsonNode d = payload.path("d");
    switch (payload.path("op").asInt(-1)) {
      case 1 -> {
        if (!zombie) {
          send(socket, JSON.createObjectNode().put("op", 11));
        }
      }
      case 2 -> identify(socket, d);
      case 6 -> resume(socket, d);
      case 3 -> {
        // presence update: accepted
      }
      default -> socket.close(4001, "Unknown opcode");
    }
  }

  @Override
  public void onMessage(WebSocket socket, ByteBuffer message) {
    socket.close(4002, "Decode error");
  }

  @Override
  public synchronized void onClose(WebSocket socket, int code, String reason, boolean remote) {
    if (remote) {
      clientCloses.add(new FakeDiscord.ClientClose(socket.<Integer>getAttachment(), code, reason));
    }
    if (socket == current) {
      current = null;
    }
  }

  @Override
  public void onError(WebSocket socket, Exception e) {
    // a dropped client shows up here; the test sees it through the recorded payloads
  }

  private void identify(WebSocket socket, JsonNode d) {
    if (!token.equals(d.path("token").asText())) {
      socket.close(4004, "Authentication failed.");
      return;
    }
    sessionId = UUID.randomUUID().toString().replace("-", "");
    sequence = 0;
    sent.clear();
    dispatch("READY", DiscordPayloads.ready(sessionId, url()));
    dispatch("GUILD_CREATE", DiscordPayloads.guildCreate());
  }

  private void resume(WebSocket socket, JsonNode d) {
    if (sessionId == null
        || !sessionId.equals(d.path("session_id").asText())
        || !token.equals(d.path("token").asText())) {
      send(socket, JSON.createObjectNode().put("op", 9).put("d", false));
      return;
    }
    int from = d.path("seq").asInt();
    for (ObjectNode missed : sent) {
      if (missed.path("s").asInt() > from) {
        send(socket, missed);
      }
    }
    // Discord's RESUMED carries an object ({"_trace": [...]}); JDA ignores any other shape.
    ObjectNode resumed = JSON.createObjectNode();
    resumed.putArray("_trace").add("fake-resume");
    dispatch("RESUMED", resumed);
  }

  /**
   * Sends a dispatch with the next sequence number, or keeps it for the replay on RESUME when no
   * connection is open.
   */
  synchronized void dispatch(String type, JsonNode data) {
    ObjectNode payload = JSON.createObjectNode().put("op", 0).put("s", ++sequence).put("t", type);
    payload.set("d", data);
    sent.addLast(payload);
    if (sent.size() > REPLAY_LIMIT) {
      sent.removeFirst();
    }
    if (current != null && current.isOpen() && !zombie) {
      send(current, payload);
    }
  }

  /** Closes the connection with a close frame carrying {@code code}. */
  synchronized void closeWith(int code, String reason) {
    if (current != null) {
      current.close(code, reason);
    }
  }

  /** Drops the TCP connection without a close frame, as a network failure would. */
  synchronized void drop() {
    if (current != null) {
      current.closeConnection(1006, "dropped by the fake");
    }
  }

  /**
   * Stops acknowledging heartbeats on the current connection and keeps it open, as a half-dead
   * network path does: nothing else reaches the client either, and dispatches wait for the replay
   * on RESUME. The next connection is served as usual.
   */
  synchronized void withholdHeartbeatAcks() {
    zombie = true;
  }

  /** The session id of the last READY, or null before one. */
  synchronized String sessionId() {
    return sessionId;
  }

  /** The sequence number of the last dispatch. */
  synchronized int sequence() {
    return sequence;
  }

  /** Sends op 7 RECONNECT: the client should reconnect and resume. */
  synchronized void requestReconnect() {
    if (current != null) {
      send(current, JSON.createObjectNode().put("op", 7).putNull("d"));
    }
  }

  /** Sends op 9 INVALID_SESSION; when not resumable the session is forgotten. */
  synchronized void invalidateSession(boolean resumable) {
    if (!resumable) {
      sessionId = null;
    }
    if (current != null) {
      send(current, JSON.createObjectNode().put("op", 9).put("d", resumable));
    }
  }

  synchronized int connectionCount() {
    return connectionCount;
  }

  private void send(WebSocket socket, JsonNode payload) {
    byte[] json;
    try {
      json = JSON.writeValueAsBytes(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!socket.isOpen()) {
      return;
    }
    if (deflater == null || socket != current) {
      socket.send(new String(json, StandardCharsets.UTF_8));
    } else {
      socket.send(deflate(json));
    }
  }

  /** One zlib-stream message: the shared stream's output up to a sync flush (ends 00 00 FF FF). */
  private byte[] deflate(byte[] json) {
    deflater.setInput(json);
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 2 + 16);
    byte[] buffer = new byte[8192];
    int n;
    do {
      n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
      out.write(buffer, 0, n);
    } while (n == buffer.length);
    return out.toByteArray();
  }
}
