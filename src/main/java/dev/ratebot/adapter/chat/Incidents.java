package dev.ratebot.adapter.chat;

import dev.ratebot.core.dispatch.FaultReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a fault of an adapter (a platform refusing a message, a listener failing) with its stack
 * trace under a reference of the one scheme the dispatcher uses too, and returns the reference so
 * the user can be shown the same one.
 */
public final class Incidents {
  private static final Logger LOG = LoggerFactory.getLogger(Incidents.class);

  private Incidents() {}

  /**
   * Logs {@code fault} as the failure of {@code what}; returns the reference, e.g. "E-1A2B3C4D".
   */
  public static String record(String what, Throwable fault) {
    String reference = FaultReference.next();
    LOG.error("{} failed (reference {})", what, reference, fault);
    return reference;
  }
}
