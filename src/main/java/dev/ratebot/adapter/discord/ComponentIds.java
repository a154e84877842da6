package dev.ratebot.adapter.discord;

import dev.ratebot.adapter.chat.Controls;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code custom_id}s of the components the renderer puts under an answer. Discord hands them
 * back on a click; the listener recognises them by prefix. A button's id is {@code
 * ratebot:<button>:<answer id>}, then {@code :<question>} when it fits in Discord's 100 characters:
 * the question is only offered again when the answer is no longer kept.
 */
final class ComponentIds {
  /** Prefix of a refinement select menu; the rest is the menu's position. */
  static final String REFINE_PREFIX = "ratebot:refine:";

  private static final String BUTTON_PREFIX = "ratebot:";

  /** Discord's limit on a custom_id. */
  static final int MAX_ID = 100;

  private ComponentIds() {}

  /**
   * A button click, read back from its custom_id.
   *
   * @param button which button
   * @param answerId the kept answer's id
   * @param question the question to offer if the answer is no longer kept; may be empty
   */
  record Click(Controls.Button button, String answerId, String question) {}

  /** The id of a button under the answer kept as {@code answerId}. */
  static String button(Controls.Button button, String answerId, String question) {
    String id = BUTTON_PREFIX + name(button) + ":" + answerId;
    String withQuestion = id + ":" + question;
    return question.isBlank() || withQuestion.length() > MAX_ID ? id : withQuestion;
  }

  /** The click a custom_id stands for, if it is one of the answer buttons. */
  static Optional<Click> click(String customId) {
    for (Controls.Button button : Controls.Button.values()) {
      String prefix = BUTTON_PREFIX + name(button) + ":";
      if (customId.equals(BUTTON_PREFIX + name(button))) {
        // A button from before answers were kept (no id): answered as expired, not ignored.
        return Optional.of(new Click(button, "", ""));
      }
      if (customId.startsWith(prefix)) {
        String rest = customId.substring(prefix.length());
        int colon = rest.indexOf(':');
        return Optional.of(
            colon < 0
                ? new Click(button, rest, "")
                : new Click(button, rest.substring(0, colon), rest.substring(colon + 1)));
      }
    }
    return Optional.empty();
  }

  private static String name(Controls.Button button) {
    return button.name().toLowerCase(Locale.ROOT);
  }

  static String refine(int index) {
    return REFINE_PREFIX + index;
  }

  static boolean isRefine(String customId) {
    return customId.startsWith(REFINE_PREFIX);
  }
}
