package dev.ratebot.adapter.slack;

/**
 * Slack's text rules in one place: escaping for mrkdwn, decoding what Slack sends, and cutting text
 * to a limit without breaking an escape sequence or a surrogate pair.
 */
final class SlackText {
  static final String ELLIPSIS = "…";

  private SlackText() {}

  /**
   * Escapes the three characters Slack treats as control characters in mrkdwn, so that text like
   * {@code <!channel>} or {@code <http://x|y>} shows as typed and does nothing.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Decodes the entities Slack puts in message and command text back to the characters typed. */
  static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /**
   * Cuts already-escaped text to at most {@code max} characters, ending in an ellipsis when cut,
   * never leaving half of an escape entity such as "&amp;amp;" or half of a surrogate pair.
   */
  static String fit(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - ELLIPSIS.length();
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    int amp = text.lastIndexOf('&', end - 1);
    if (amp >= 0 && amp > end - 5 && text.indexOf(';', amp) >= end) {
      end = amp;
    }
    return text.substring(0, Math.max(end, 0)) + ELLIPSIS;
  }

  /** Escapes user-derived text for mrkdwn and fits the result into {@code max} characters. */
  static String mrkdwn(String text, int max) {
    return fit(escape(text), max);
  }
}
