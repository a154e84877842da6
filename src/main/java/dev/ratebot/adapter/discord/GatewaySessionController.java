package dev.ratebot.adapter.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA's session controller with two changes:
 *
 * <ul>
 *   <li>The gateway address comes from the settings. JDA does not derive the gateway from the REST
 *       base URL: it asks the session controller, whose default is Discord's public gateway.
 *   <li>Connections wait until {@link #open()}. JDA's login starts the first connection from inside
 *       its WebSocket client's constructor, before it has stored that client; if READY and
 *       GUILD_CREATE arrive in that window (a fast gateway, a busy machine), JDA's guild setup
 *       fails on the missing client and the guild, and so the session, never becomes ready. The
 *       adapter opens the gate once {@code JDABuilder.build()} has returned.
 * </ul>
 *
 * Everything else (one IDENTIFY per 5 s, the reconnect queue) is JDA's own.
 */
final class GatewaySessionController extends ConcurrentSessionController {
  private final String gatewayUrl;
  private final List<SessionConnectNode> held = new ArrayList<>();
  private boolean open;

  GatewaySessionController(String gatewayUrl) {
    this.gatewayUrl = Objects.requireNonNull(gatewayUrl, "gatewayUrl");
  }

  @Override
  public String getGateway() {
    return gatewayUrl;
  }

  @Override
  public synchronized void appendSession(SessionConnectNode node) {
    if (open) {
      super.appendSession(node);
    } else {
      held.add(node);
    }
  }

  @Override
  public synchronized void removeSession(SessionConnectNode node) {
    held.remove(node);
    super.removeSession(node);
  }

  /** Lets the held connections, and all later ones, start. */
  synchronized void open() {
    open = true;
    held.forEach(super::appendSession);
    held.clear();
  }
}
