package dev.ratebot.core.reply;

/**
 * What the bot says back, independent of where it is said: an answer with figures, a help or info
 * text, or a problem. Adapters render each kind natively through a {@link ReplyVisitor} and never
 * inspect their text.
 */
public sealed interface Reply permits Answer, Info, Problem, Export {

  /** One line that stands for the whole reply, for notifications and plain-text fallbacks. */
  String summary();

  /** Calls the visitor's method for this kind of reply and returns what it returns. */
  <R> R accept(ReplyVisitor<R> visitor);
}
