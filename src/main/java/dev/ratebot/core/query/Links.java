package dev.ratebot.core.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links pasted into a question ("check https://example.com/job/77 …"), taken out before the words
 * and numbers are read: a number in a link is not a figure, and its pieces are not words to
 * correct. Each is named by its host only, since the rest of a link (a user name and password, a
 * path, a query) may hold a secret.
 */
final class Links {
  // A link: any scheme ("https://", "ftp://", "https:/"), "www.", "mailto:", or a bare domain
  // followed by a path with a digit in it ("levels.fyi/45"; "node.js/express" stays words); as
  // typed or as Slack sends it ("<https://…|label>"). It ends at a space or at a bracket, quote or
  // comma, so the words glued after it are still read.
  private static final String STOP = "\\s<>|()\\[\\]{}\"',";
  private static final Pattern LINK =
      Pattern.compile(
          "<?(?:[a-z][a-z0-9+.\\-]*:/+|www\\.|mailto:"
              + "|(?<![\\p{L}\\p{N}@.\\-])(?=[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*\\.[a-z]{2,}/[^\\s]*\\d))"
              + "([^"
              + STOP
              + "/?#\\\\;]*)[^"
              + STOP
              + "]*(?:\\|[^>]*)?>?",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.!?:;]+$");

  private Links() {}

  /**
   * A text with its links taken out.
   *
   * @param text the text with each link replaced by a space
   * @param hosts the host of each link, in order
   */
  record Stripped(String text, List<String> hosts) {
    Stripped {
      hosts = List.copyOf(hosts);
    }

    /** The note saying the links were not read; for a text that had some. */
    String note() {
      return (hosts.size() == 1 ? "Ignored a link (" : "Ignored " + hosts.size() + " links (")
          + String.join(", ", new LinkedHashSet<>(hosts))
          + "): I read only what is typed.";
    }

    /** A parse of the text with the note on every question it holds; unchanged without links. */
    ParseResult noted(ParseResult result) {
      return hosts.isEmpty() ? result : Notes.onEveryQuestion(result, note());
    }
  }

  // The host alone: no user name or password before it ("user:pw@"), no port, no "www.".
  private static String host(String authority) {
    String host = authority.substring(authority.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    int port = host.lastIndexOf(':');
    host = port >= 0 && !host.endsWith("]") ? host.substring(0, port) : host;
    host = host.startsWith("www.") ? host.substring(4) : host;
    host = TRAILING_PUNCTUATION.matcher(host).replaceAll("");
    return host.isEmpty() ? "no host" : host;
  }

  static Stripped strip(String text) {
    Matcher link = LINK.matcher(text);
    List<String> hosts = new ArrayList<>();
    StringBuilder rest = new StringBuilder();
    while (link.find()) {
      hosts.add(host(link.group(1)));
      link.appendReplacement(rest, " ");
    }
    link.appendTail(rest);
    return new Stripped(rest.toString(), hosts);
  }
}
