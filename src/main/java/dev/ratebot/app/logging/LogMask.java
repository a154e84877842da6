package dev.ratebot.app.logging;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in a finished log line: by shape (Slack tokens, Discord bot tokens, Socket Mode
 * tickets, interaction tokens and webhook tokens in URLs, Slack response_urls, token fields in
 * JSON) and by value (the tokens this process was configured with). Libraries log requests and
 * payloads at DEBUG and TRACE, so this runs on every line rather than trusting each call site. The
 * patterns also match inside JSON-escaped text ({@code \"token\":\"…\"}, {@code https:\/\/…}).
 */
public final class LogMask {
  static final String MASK = "***";
  // A quote, as written in plain text or escaped (once or more) inside a JSON string.
  private static final String Q = "\\\\*\"";
  // A slash, plain or JSON-escaped.
  private static final String S = "\\\\?/";
  private static final List<Rule> RULES =
      List.of(
          new Rule("\\b(xox[a-z]|xapp)-[A-Za-z0-9-]+", "$1-" + MASK),
          // Discord bot tokens: base64 user id . timestamp . HMAC
          new Rule("\\b[A-Za-z0-9_-]{23,28}\\.[A-Za-z0-9_-]{6,7}\\.[A-Za-z0-9_-]{27,}", MASK),
          new Rule(
              "(?i)(authorization" + Q + "?\\s*[:=]\\s*" + Q + "?(?:bot|bearer)\\s+)[^\\s\"\\\\,]+",
              "$1" + MASK),
          new Rule("(ticket=)[^&\\s\"\\\\]+", "$1" + MASK),
          new Rule(
              "(" + S + "(?:webhooks|interactions)" + S + "\\d+" + S + ")[^/\\s?\"\\\\]+",
              "$1" + MASK),
          // Slack response_urls: hooks.slack.com/commands/T…/<id>/<secret> (also actions, app)
          new Rule(
              "("
                  + S
                  + "(?:commands|actions|app)"
                  + S
                  + "T[A-Z0-9]+"
                  + S
                  + "\\d+"
                  + S
                  + ")[A-Za-z0-9]+",
              "$1" + MASK),
          new Rule(
              "("
                  + Q
                  + "(?:token|response_url|access_token|bot_token|app_token)"
                  + Q
                  + "\\s*:\\s*"
                  + Q
                  + ")(?:[^\"\\\\]|\\\\(?!\\\\*\"))+",
              "$1" + MASK));
  private static final Set<String> KNOWN = new CopyOnWriteArraySet<>();

  private LogMask() {}

  /** Masks this exact value wherever it appears from now on, e.g. a configured bot token. */
  public static void secret(String value) {
    // Short values would mask ordinary words; every real token is far longer.
    if (value != null && value.strip().length() >= 8) {
      KNOWN.add(value.strip());
    }
  }

  /** The line with every secret replaced by {@value #MASK}. */
  public static String mask(String line) {
    String masked = line;
    for (String value : KNOWN) {
      masked = masked.replace(value, MASK);
    }
    for (Rule rule : RULES) {
      masked = rule.apply(masked);
    }
    return masked;
  }

  private record Rule(Pattern pattern, String replacement) {
    Rule(String regex, String replacement) {
      this(Pattern.compile(regex), replacement);
    }

    String apply(String line) {
      Matcher matcher = pattern.matcher(line);
      return matcher.find() ? matcher.replaceAll(replacement) : line;
    }
  }
}
