package dev.ratebot.adapter.slack;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a fault with its stack trace under a short reference id, and returns the id so the user can
 * be shown the same one.
 */
final class Incidents {
  private static final Logger LOG = LoggerFactory.getLogger(Incidents.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private Incidents() {}

  /**
   * Logs {@code fault} as the failure of {@code what}; returns the reference, e.g. "SL-1A2B3C4D".
   */
  static String record(String what, Throwable fault) {
    byte[] bytes = new byte[4];
    RANDOM.nextBytes(bytes);
    String reference = "SL-" + HexFormat.of().withUpperCase().formatHex(bytes);
    LOG.error("{} failed (reference {})", what, reference, fault);
    return reference;
  }
}
