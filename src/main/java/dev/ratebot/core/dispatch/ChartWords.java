package dev.ratebot.core.dispatch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "chart senior python latam", "senior python latam chart", "… as a chart": a question asked for
 * with its chart. The word is taken off the start or the end of the text, so the question itself is
 * parsed as usual; a "chart" in the middle is left to the parser.
 *
 * @param text the question without the chart word
 * @param asked whether a chart was asked for
 */
record ChartWords(String text, boolean asked) {
  private static final Pattern AT_START =
      Pattern.compile("^\\s*chart(?:\\s+of)?(?:[\\s:,]+|$)", Pattern.CASE_INSENSITIVE);
  private static final Pattern AT_END =
      Pattern.compile(
          "(?:^|\\s+)(?:(?:as|in|with)\\s+(?:an?\\s+)?)?chart[\\s.!?]*$", Pattern.CASE_INSENSITIVE);

  /** The question and whether its first or last word asks for a chart. */
  static ChartWords of(String text) {
    String raw = text == null ? "" : text;
    Matcher start = AT_START.matcher(raw);
    if (start.find()) {
      return new ChartWords(raw.substring(start.end()), true);
    }
    Matcher end = AT_END.matcher(raw);
    if (end.find()) {
      return new ChartWords(raw.substring(0, end.start()), true);
    }
    return new ChartWords(raw, false);
  }
}
