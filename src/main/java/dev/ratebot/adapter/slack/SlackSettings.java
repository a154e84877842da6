package dev.ratebot.adapter.slack;

import dev.ratebot.adapter.UrlRedaction;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Slack: the bot token for the Web API, the app-level token for Socket Mode, and the
 * Web API base URL (overridable so tests can point the adapter at a local fake).
 *
 * <p>{@link #toString()} never shows a token, and no exception message ever contains one.
 *
 * @param botToken the bot user OAuth token, {@code xoxb-…}
 * @param appToken the app-level token with {@code connections:write}, {@code xapp-…}
 * @param apiUrl the Web API base URL, always ending in {@code /}
 */
public record SlackSettings(String botToken, String appToken, String apiUrl) {

  public static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
  public static final String APP_TOKEN = "SLACK_APP_TOKEN";
  public static final String API_URL = "SLACK_API_URL";
  public static final String DEFAULT_API_URL = "https://slack.com/api/";

  public SlackSettings {
    botToken = requireToken(botToken, BOT_TOKEN, "xoxb-", "a bot token");
    appToken = requireToken(appToken, APP_TOKEN, "xapp-", "an app-level token");
    apiUrl = normaliseApiUrl(apiUrl);
  }

  /**
   * The settings from environment variables, or empty when neither token is set (Slack is then
   * simply not used).
   *
   * @throws IllegalArgumentException when only one token is set, a token has the wrong prefix, or
   *     {@code SLACK_API_URL} is not an http(s) URL; the message names the variable, never a value
   */
  public static Optional<SlackSettings> fromEnvironment(Map<String, String> env) {
    String bot = blankToNull(env.get(BOT_TOKEN));
    String app = blankToNull(env.get(APP_TOKEN));
    if (bot == null && app == null) {
      return Optional.empty();
    }
    if (bot == null || app == null) {
      String missing = bot == null ? BOT_TOKEN : APP_TOKEN;
      throw new IllegalArgumentException(
          missing
              + " is not set: Slack needs both "
              + BOT_TOKEN
              + " and "
              + APP_TOKEN
              + " (or neither, to run without Slack)");
    }
    String url = blankToNull(env.get(API_URL));
    return Optional.of(new SlackSettings(bot, app, url == null ? DEFAULT_API_URL : url));
  }

  @Override
  public String toString() {
    return "SlackSettings[botToken=xoxb-(hidden), appToken=xapp-(hidden), apiUrl=" + apiUrl + "]";
  }

  private static String requireToken(String token, String variable, String prefix, String what) {
    Objects.requireNonNull(token, variable);
    String trimmed = token.strip();
    if (!trimmed.startsWith(prefix) || trimmed.length() == prefix.length()) {
      throw new IllegalArgumentException(
          variable + " must be " + what + " starting with '" + prefix + "' (value not shown)");
    }
    return trimmed;
  }

  private static String normaliseApiUrl(String url) {
    Objects.requireNonNull(url, API_URL);
    String trimmed = url.strip();
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme();
      if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
        throw new IllegalArgumentException(
            API_URL
                + " must be an http(s) URL such as "
                + DEFAULT_API_URL
                + ", got "
                + UrlRedaction.redact(trimmed));
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          API_URL + " is not a valid URL: " + UrlRedaction.redact(trimmed), e);
    }
    return trimmed.endsWith("/") ? trimmed : trimmed + "/";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
