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

  /** Prefix of the "Why?" button; the rest is the question that shows the calculation. */
  static final String WHY_PREFIX = "ratebot:why:";

  /** Discord's limit on a custom_id. */
  static final int MAX_ID = 100;

  private ComponentIds() {}

  /** The "Why?" button's id for a question, if it fits Discord's limit. */
  static java.util.Optional<String> why(String question) {
    String id = WHY_PREFIX + question;
    return id.length() <= MAX_ID ? java.util.Optional.of(id) : java.util.Optional.empty();
  }

  static boolean isWhy(String customId) {
    return customId.startsWith(WHY_PREFIX);
  }

  static String refine(int index) {
    return REFINE_PREFIX + index;
  }

  static boolean isRefine(String customId) {
    return customId.startsWith(REFINE_PREFIX);
  }
}
