package dev.ratebot.adapter.discord;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA's session controller with three changes:
 *
 * <ul>
 *   <li>The gateway address comes from the settings. JDA does not derive the gateway from the REST
 *       base URL: it asks the session controller, whose default is Discord's public gateway.
 *   <li>Connections wait until {@link #open()}. JDA's login starts the first connection from inside
 *       its WebSocket client's constructor, before it has stored that client; if READY and
 *       GUILD_CREATE arrive in that window (a fast gateway, a busy machine), JDA's guild setup
 *       fails on the missing client and the guild, and so the session, never becomes ready. The
 *       adapter opens the gate once {@code JDABuilder.build()} has returned.
 *   <li>Until {@link #connected()}, a connection that fails is reported to the start-up listener
 *       and not retried: JDA would retry every 5 s, logging a stack trace each time, until the
 *       adapter's ready timeout. Once connected, JDA's own reconnecting applies.
 * </ul>
 *
 * Everything else (one IDENTIFY per 5 s, the reconnect queue) is JDA's own.
 */
final class GatewaySessionController extends ConcurrentSessionController {
  private final String gatewayUrl;
  private final Consumer<RuntimeException> startFailed;
  private final List<SessionConnectNode> held = new ArrayList<>();
  private final IdentityHashMap<SessionConnectNode, SessionConnectNode> starting =
      new IdentityHashMap<>();
  private boolean open;
  private boolean connected;

  GatewaySessionController(String gatewayUrl) {
    this(gatewayUrl, failure -> {});
  }

  GatewaySessionController(String gatewayUrl, Consumer<RuntimeException> startFailed) {
    this.gatewayUrl = Objects.requireNonNull(gatewayUrl, "gatewayUrl");
    this.startFailed = Objects.requireNonNull(startFailed, "startFailed");
  }

  @Override
  public String getGateway() {
    return gatewayUrl;
  }

  @Override
  public synchronized void appendSession(SessionConnectNode node) {
    SessionConnectNode queued = node;
    if (!connected) {
      queued = new StartNode(node);
      starting.put(node, queued);
    }
    if (open) {
      super.appendSession(queued);
    } else {
      held.add(queued);
    }
  }

  @Override
  public synchronized void removeSession(SessionConnectNode node) {
    SessionConnectNode queued = starting.getOrDefault(node, node);
    starting.remove(node);
    held.remove(queued);
    super.removeSession(queued);
  }

  /** Lets the held connections, and all later ones, start. */
  synchronized void open() {
    open = true;
    held.forEach(super::appendSession);
    held.clear();
  }

  /** The session is up: from now on a failed connection is retried, as JDA does. */
  synchronized void connected() {
    connected = true;
    starting.clear();
  }

  private synchronized boolean failsStartUp(SessionConnectNode node) {
    starting.remove(node);
    return !connected;
  }

  /** A first connection: its failure ends the start-up instead of being retried. */
  private final class StartNode implements SessionConnectNode {
    private final SessionConnectNode node;

    StartNode(SessionConnectNode node) {
      this.node = node;
    }

    @Override
    public boolean isReconnect() {
      return node.isReconnect();
    }

    @Override
    public JDA getJDA() {
      return node.getJDA();
    }

    @Override
    public JDA.ShardInfo getShardInfo() {
      return node.getShardInfo();
    }

    @Override
    public void run(boolean isLast) throws InterruptedException {
      try {
        node.run(isLast);
      } catch (RuntimeException e) {
        if (!failsStartUp(node)) {
          throw e;
        }
        startFailed.accept(e);
      }
    }
  }
}
