package dev.ratebot.adapter.ops;

import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import java.util.Locale;

/** How a command ended, as metrics and logs name it. */
public enum Outcome {
  ANSWERED,
  USER_ERROR,
  RATE_LIMITED,
  /** An admin command refused to someone who is not an operator. */
  REFUSED,
  FAULT;

  /** The outcome a reply stands for: any reply but a problem is an answer. */
  public static Outcome of(Reply reply) {
    if (!(reply instanceof Problem problem)) {
      return ANSWERED;
    }
    return switch (problem.kind()) {
      case USER -> USER_ERROR;
      case RATE_LIMITED -> RATE_LIMITED;
      case REFUSED -> REFUSED;
      case INTERNAL -> FAULT;
    };
  }

  /**
   * The label value: {@code answered}, {@code user_error}, {@code rate_limited}, {@code refused},
   * {@code fault}.
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
