package dev.ratebot.core.reply;

import java.util.List;
import java.util.Objects;

/**
 * A reply that could not answer: a user error with a short reason and suggestions, or an internal
 * fault with a reference id that matches the log.
 *
 * @param kind who caused it
 * @param message one short sentence for the user
 * @param suggestions "did you mean" values or example queries; may be empty
 * @param reference the log reference for internal faults; empty for user errors
 */
public record Problem(Kind kind, String message, List<String> suggestions, String reference)
    implements Reply {
  public Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    suggestions = List.copyOf(suggestions);
    reference = reference == null ? "" : reference;
  }

  /** A user error: the message tells the user what to change. */
  public static Problem user(String message, List<String> suggestions) {
    return new Problem(Kind.USER, message, suggestions, "");
  }

  /** A user error with no suggestions. */
  public static Problem user(String message) {
    return user(message, List.of());
  }

  /** An internal fault: an apology that carries the log reference. */
  public static Problem internal(String reference) {
    return new Problem(
        Kind.INTERNAL,
        "Sorry, something went wrong on my side. Reference: " + reference + ".",
        List.of(),
        reference);
  }

  /** A command this user may not run, or one only answered privately: never shown in a channel. */
  public static Problem refused(String message) {
    return new Problem(Kind.REFUSED, message, List.of(), "");
  }

  /** Too many questions too fast from one user. */
  public static Problem rateLimited(long retryAfterSeconds) {
    return new Problem(
        Kind.RATE_LIMITED,
        "You're asking faster than I can answer; try again in " + retryAfterSeconds + " s.",
        List.of(),
        "");
  }

  @Override
  public <R> R accept(ReplyVisitor<R> visitor) {
    return visitor.problem(this);
  }

  @Override
  public String summary() {
    return message;
  }

  /** Who caused a problem. */
  public enum Kind {
    USER,
    RATE_LIMITED,
    /** Refused to this user: said only privately. */
    REFUSED,
    INTERNAL
  }
}
