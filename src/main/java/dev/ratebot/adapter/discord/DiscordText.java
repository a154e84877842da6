package dev.ratebot.adapter.discord;

import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/** Plain text made safe for Discord markdown, and cut to a length limit. */
final class DiscordText {
  static final String ELLIPSIS = "…";
  private static final String INLINE_MARKUP = "*_~`|>\\";
  private static final Pattern LINE_START_MARKUP = Pattern.compile("(?m)^(\\s*)([#>-])");

  private DiscordText() {}

  /**
   * Escapes plain text so Discord shows it literally: JDA's {@link MarkdownSanitizer} for inline
   * formatting, plus the line-start markup it leaves alone (headings, list dashes) and masked
   * links.
   */
  static String escape(String plain) {
    String escaped = hasInlineMarkup(plain) ? MarkdownSanitizer.escape(plain) : plain;
    escaped = LINE_START_MARKUP.matcher(escaped).replaceAll("$1\\\\$2");
    return escaped.replace("[", "\\[");
  }

  /** MarkdownSanitizer is slow; text without its characters comes back from it unchanged. */
  private static boolean hasInlineMarkup(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (INLINE_MARKUP.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The text cut to at most {@code max} characters, ending in "…" when cut. */
  static String clip(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String cut = text.substring(0, max - ELLIPSIS.length());
    if (Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
      cut = cut.substring(0, cut.length() - 1);
    }
    int backslashes = 0;
    for (int i = cut.length() - 1; i >= 0 && cut.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    if (backslashes % 2 == 1) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut + ELLIPSIS;
  }

  /** Text for inside an inline code span, where markdown is not parsed. */
  static String code(String plain, int max) {
    String inner = plain.replace("`", "'").replace("\n", " ");
    return "`" + clip(inner.isEmpty() ? " " : inner, max - 2) + "`";
  }
}
