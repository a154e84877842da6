package dev.ratebot.adapter.discord;

/**
 * The {@code custom_id}s of the components the renderer puts under an answer. Discord hands them
 * back on a click; the listener recognises them by prefix.
 */
final class ComponentIds {
  /** The button that posts the answer publicly. */
  static final String SHARE = "ratebot:share";

  /** Prefix of a refinement select menu; the rest is the menu's position. */
  static final String REFINE_PREFIX = "ratebot:refine:";

  private ComponentIds() {}

  static String refine(int index) {
    return REFINE_PREFIX + index;
  }

  static boolean isRefine(String customId) {
    return customId.startsWith(REFINE_PREFIX);
  }
}
