package dev.ratebot.adapter.discord;

import dev.ratebot.adapter.UrlRedaction;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach Discord. Read from the environment with {@link #fromEnvironment(Map)}; {@link
 * #toString()} never shows the token.
 *
 * @param token the bot token ({@code DISCORD_TOKEN})
 * @param apiUrl the REST base URL ending in "/", e.g. {@code https://discord.com/api/v10/}
 * @param gatewayUrl the gateway WebSocket URL, e.g. {@code wss://gateway.discord.gg}
 * @param guildId a server (guild) id to register the commands to, instead of globally
 * @param compression whether the gateway stream is zlib-compressed; on except for tests that read
 *     the raw stream
 */
public record DiscordSettings(
    String token, String apiUrl, String gatewayUrl, Optional<String> guildId, boolean compression) {

  public static final String DEFAULT_API_URL = "https://discord.com/api/v10/";
  public static final String DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg";

  private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{17,20}");

  public DiscordSettings {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("DISCORD_TOKEN is empty; set it to the bot token");
    }
    token = token.strip();
    apiUrl = checkUrl("DISCORD_API_URL", apiUrl, "http", "https");
    apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    gatewayUrl = checkUrl("DISCORD_GATEWAY_URL", gatewayUrl, "ws", "wss");
    Objects.requireNonNull(guildId, "guildId");
    guildId.ifPresent(DiscordSettings::checkSnowflake);
  }

  /** Settings with the default Discord endpoints, registering commands globally. */
  public static DiscordSettings of(String token) {
    return new DiscordSettings(token, DEFAULT_API_URL, DEFAULT_GATEWAY_URL, Optional.empty(), true);
  }

  /**
   * Reads {@code DISCORD_TOKEN} (required for the adapter to run at all), {@code DISCORD_API_URL},
   * {@code DISCORD_GATEWAY_URL} and {@code DISCORD_GUILD_ID}.
   *
   * @return empty when {@code DISCORD_TOKEN} is unset or blank: Discord is simply not configured
   * @throws IllegalArgumentException naming the variable when a value is malformed
   */
  public static Optional<DiscordSettings> fromEnvironment(Map<String, String> env) {
    String token = env.get("DISCORD_TOKEN");
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new DiscordSettings(
            token,
            valueOr(env, "DISCORD_API_URL", DEFAULT_API_URL),
            valueOr(env, "DISCORD_GATEWAY_URL", DEFAULT_GATEWAY_URL),
            Optional.ofNullable(env.get("DISCORD_GUILD_ID"))
                .map(String::strip)
                .filter(s -> !s.isEmpty()),
            true));
  }

  /** The same settings with gateway compression switched on or off. */
  public DiscordSettings withCompression(boolean on) {
    return new DiscordSettings(token, apiUrl, gatewayUrl, guildId, on);
  }

  /** The same settings registering the commands to one server. */
  public DiscordSettings withGuildId(String id) {
    return new DiscordSettings(token, apiUrl, gatewayUrl, Optional.of(id), compression);
  }

  @Override
  public String toString() {
    return "DiscordSettings[token=<redacted>, apiUrl="
        + apiUrl
        + ", gatewayUrl="
        + gatewayUrl
        + ", guildId="
        + guildId.orElse("(global)")
        + ", compression="
        + compression
        + "]";
  }

  private static String valueOr(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static String checkUrl(String name, String value, String... schemes) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is empty");
    }
    URI uri;
    try {
      uri = URI.create(value.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          name + " is not a URL: '" + UrlRedaction.redact(value) + "'", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!List.of(schemes).contains(scheme) || uri.getHost() == null) {
      throw new IllegalArgumentException(
          name
              + " must be an absolute "
              + String.join(" or ", schemes)
              + " URL such as "
              + (schemes[0].startsWith("ws") ? DEFAULT_GATEWAY_URL : DEFAULT_API_URL)
              + "; got '"
              + UrlRedaction.redact(value)
              + "'");
    }
    return value.strip();
  }

  private static void checkSnowflake(String id) {
    if (!SNOWFLAKE.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "DISCORD_GUILD_ID must be a server id: 17 to 20 digits (Discord: Server Settings, or"
              + " right-click the server with Developer Mode on, Copy Server ID); got '"
              + id
              + "'");
    }
  }
}
