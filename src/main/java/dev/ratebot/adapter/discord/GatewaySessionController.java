package dev.ratebot.adapter.discord;

import java.util.Objects;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA's session controller with the gateway address taken from the settings. JDA does not derive
 * the gateway from the REST base URL: it asks the session controller, whose default is Discord's
 * public gateway. Everything else (one IDENTIFY per 5 s, the reconnect queue) is JDA's own.
 */
final class GatewaySessionController extends ConcurrentSessionController {
  private final String gatewayUrl;

  GatewaySessionController(String gatewayUrl) {
    this.gatewayUrl = Objects.requireNonNull(gatewayUrl, "gatewayUrl");
  }

  @Override
  public String getGateway() {
    return gatewayUrl;
  }
}
