package dev.ratebot.adapter;

import java.util.regex.Pattern;

/**
 * A URL as it may be shown in a message or a log line: a user name and password in it, and its
 * query, may be credentials, so they are replaced by {@code ***}. Works on text that is not a valid
 * URL too, since that is when a setting's value gets echoed.
 */
public final class UrlRedaction {
  // scheme://userinfo@ — the userinfo ends at the last '@' before the path.
  private static final Pattern USERINFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@");
  private static final Pattern QUERY = Pattern.compile("\\?[^#]*");

  private UrlRedaction() {}

  /** The URL with any user name, password and query replaced by {@code ***}. */
  public static String redact(String url) {
    String shown = USERINFO.matcher(url).replaceFirst("$1***@");
    return QUERY.matcher(shown).replaceFirst("?***");
  }
}
