package dev.ratebot.app;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the ops endpoint listens while serving chat.
 *
 * @param address the address and port; empty when {@code RATEBOT_HTTP_PORT} is 0 (off)
 */
record OpsSettings(Optional<InetSocketAddress> address) {
  // IPv4 or IPv6 literals only: a host name would need a DNS lookup at start-up.
  private static final Pattern IP_LITERAL =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)"
              + "|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  /** Reads the settings; a bad value throws a {@link SettingsException} naming the variable. */
  static OpsSettings fromEnvironment(Map<String, String> env) {
    int port = port(env.get(Setting.RATEBOT_HTTP_PORT.name()));
    InetAddress bind = bind(env.get(Setting.RATEBOT_HTTP_BIND.name()));
    return new OpsSettings(
        port == 0 ? Optional.empty() : Optional.of(new InetSocketAddress(bind, port)));
  }

  private static int port(String raw) {
    String name = Setting.RATEBOT_HTTP_PORT.name();
    String value = raw == null || raw.isBlank() ? Setting.RATEBOT_HTTP_PORT.defaultValue() : raw;
    try {
      int port = Integer.parseInt(value.strip());
      if (port < 0 || port > 65_535) {
        throw new SettingsException(
            name
                + " must be a port from 1 to 65535, or 0 to turn the endpoint off; got "
                + port
                + ".");
      }
      return port;
    } catch (NumberFormatException e) {
      throw new SettingsException(
          name
              + " must be a port from 1 to 65535, or 0 to turn the endpoint off; got '"
              + value.strip()
              + "'.");
    }
  }

  private static InetAddress bind(String raw) {
    String name = Setting.RATEBOT_HTTP_BIND.name();
    String value =
        raw == null || raw.isBlank() ? Setting.RATEBOT_HTTP_BIND.defaultValue() : raw.strip();
    if (IP_LITERAL.matcher(value).matches()) {
      try {
        return InetAddress.getByName(value);
      } catch (UnknownHostException e) {
        // Not a valid literal after all: refused below.
      }
    }
    throw new SettingsException(
        name
            + " must be an IP address such as 127.0.0.1 (this machine only) or 0.0.0.0 (all"
            + " interfaces), got '"
            + value
            + "'.");
  }
}
