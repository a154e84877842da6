package dev.ratebot.core.query;

import dev.ratebot.core.reply.Export;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "… as csv", "… as markdown", "… in md": a question asked for as a table to paste. The words are
 * taken off the end of the text, so the question itself is parsed as usual.
 *
 * @param text the question without the export words
 * @param format the table format asked for, if any
 */
public record ExportWords(String text, Optional<Export.Format> format) {
  private static final Pattern AT_END =
      Pattern.compile(
          "\\s+(?:as|in|to)\\s+(?:an?\\s+)?(?<format>csv|markdown|md)(?:\\s+table)?[\\s.!?]*$",
          Pattern.CASE_INSENSITIVE);

  /** The question and the export format its last words ask for. */
  public static ExportWords of(String text) {
    String raw = text == null ? "" : text;
    Matcher m = AT_END.matcher(raw);
    if (!m.find()) {
      return new ExportWords(raw, Optional.empty());
    }
    String format = m.group("format").toLowerCase(java.util.Locale.ROOT);
    return new ExportWords(
        raw.substring(0, m.start()),
        Optional.of(format.equals("csv") ? Export.Format.CSV : Export.Format.MARKDOWN));
  }
}
