package dev.ratebot.core.dispatch;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The one scheme of fault references, used by the dispatcher and by every adapter: a short id a
 * user can quote and an operator can find in the log, e.g. "E-1A2B3C4D".
 */
public final class FaultReference {
  /** What every reference looks like. */
  public static final Pattern FORMAT = Pattern.compile("E-[0-9A-F]{8}");

  private static final SecureRandom RANDOM = new SecureRandom();

  private FaultReference() {}

  /** A new random reference. */
  public static String next() {
    byte[] bytes = new byte[4];
    RANDOM.nextBytes(bytes);
    return "E-" + HexFormat.of().withUpperCase().formatHex(bytes);
  }
}
