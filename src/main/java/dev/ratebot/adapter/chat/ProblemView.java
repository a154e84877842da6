package dev.ratebot.adapter.chat;

import dev.ratebot.core.reply.Problem;
import java.util.List;
import java.util.Objects;

/**
 * What a problem shows on every surface: the message; suggestions for a user error only; the
 * reference of an internal fault when the message does not already carry it.
 *
 * @param message the sentence for the user
 * @param suggestions "did you mean" values or example queries; empty unless a user error
 * @param reference the fault reference to show after the message; usually empty
 * @param userError true when the user can fix it by asking differently (a surface without
 *     suggestions of its own may point to help)
 */
public record ProblemView(
    String message, List<String> suggestions, String reference, boolean userError) {
  public ProblemView {
    Objects.requireNonNull(message, "message");
    suggestions = List.copyOf(suggestions);
    Objects.requireNonNull(reference, "reference");
  }

  /** The view of a problem reply. */
  public static ProblemView of(Problem problem) {
    boolean user = problem.kind() == Problem.Kind.USER;
    boolean showReference =
        problem.kind() == Problem.Kind.INTERNAL
            && !problem.reference().isEmpty()
            && !problem.message().contains(problem.reference());
    return new ProblemView(
        problem.message(),
        user ? problem.suggestions() : List.of(),
        showReference ? problem.reference() : "",
        user);
  }
}
