package dev.ratebot.adapter.chat;

import dev.ratebot.adapter.chat.Controls.Button;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Chart;
import dev.ratebot.core.reply.Export;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * What a button under an answer does, the same on every platform. Each acts on the answer as kept
 * in the store, never on text carried in the button (a click can be forged). Share posts the
 * figures the user saw even if the data has been reloaded since, and costs no rate-limit token.
 * Only two buttons ask the dispatcher: "Why?", for the kept answer's calculation, and "Share range"
 * under an offer check, which asks the kept answer's query: that query never holds the figure the
 * asker checked, so the channel sees the range and not the candidate's pay. An answer no longer
 * kept gets a private reply offering its question, never silence.
 */
public final class AnswerButtons {
  /**
   * How many times one user may share one answer. An answer is seen by its asker only, so more than
   * a few shares of it are double clicks or noise in the channel, not new readers; counted per user
   * because one kept answer may have been shown to everyone who asked its question.
   */
  public static final int MAX_SHARES = 3;

  static final String NOT_SHARED =
      "An offer check holds a candidate's pay, so it is not shared in a channel; its range may be.";

  private final AnswerStore store;

  public AnswerButtons(AnswerStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * What a press gives.
   *
   * @param reply the reply to show
   * @param shared true when it goes to everyone, naming who shared it; false when only the presser
   *     sees it
   */
  public record Outcome(Reply reply, boolean shared) {
    public Outcome {
      Objects.requireNonNull(reply, "reply");
    }
  }

  /**
   * The outcome of a press.
   *
   * @param answerId the kept answer's id, as the button carries it
   * @param question the question the button carries, offered again if the answer is not kept
   * @param presser the platform's id of the user who pressed
   * @param ask runs a question through the dispatcher, as the presser (for "Why?" and "Share range"
   *     only)
   */
  public Outcome press(
      Button button,
      String answerId,
      String question,
      String presser,
      Function<String, Reply> ask) {
    Optional<Answer> kept =
        store.find(answerId).filter(Answer.class::isInstance).map(Answer.class::cast);
    if (kept.isEmpty()) {
      return privately(expired(button, question));
    }
    Answer answer = kept.get();
    return switch (button) {
      case SHARE -> share(answerId, presser, answer);
      case SHARE_RANGE -> shareRange(answerId, presser, answer, ask);
      case WHY ->
          privately(
              answer.whyQuery().isBlank()
                  ? Problem.user("There is no calculation to show for that answer.")
                  : ask.apply(answer.whyQuery()));
      case CHART ->
          privately(
              answer.table().isEmpty()
                  ? Problem.user("That answer has no rows to chart.")
                  : new Chart(answer));
      case EXPORT -> privately(new Export(answer, Export.Format.CSV));
    };
  }

  private Outcome share(String answerId, String presser, Answer answer) {
    if (answer.confidential()) {
      return privately(Problem.user(NOT_SHARED));
    }
    OptionalInt shares = store.countShare(answerId, presser);
    if (shares.isEmpty()) {
      return privately(expired(Button.SHARE, answer.query()));
    }
    if (shares.getAsInt() > MAX_SHARES) {
      return privately(alreadyShared());
    }
    return new Outcome(answer, true);
  }

  // The range is asked again (its query never holds the figure), so it is as current as the data:
  // an offer check's figures are the asker's, and only they saw them.
  private Outcome shareRange(
      String answerId, String presser, Answer answer, Function<String, Reply> ask) {
    if (!answer.confidential()) {
      return share(answerId, presser, answer);
    }
    OptionalInt shares = store.countShare(answerId, presser);
    if (shares.isEmpty()) {
      return privately(expired(Button.SHARE_RANGE, answer.query()));
    }
    if (shares.getAsInt() > MAX_SHARES) {
      return privately(alreadyShared());
    }
    Reply range = ask.apply(answer.query());
    return range instanceof Answer shared && !shared.confidential()
        ? new Outcome(shared, true)
        : privately(range);
  }

  private static Reply alreadyShared() {
    return Problem.user(
        "You already shared that answer " + MAX_SHARES + " times, so it was not shared again.");
  }

  private static Outcome privately(Reply reply) {
    return new Outcome(reply, false);
  }

  private static Reply expired(Button button, String question) {
    String what = button.shares() ? "nothing was shared" : "there is nothing to show";
    String message =
        "That answer is no longer kept (answers are kept for "
            + InMemoryAnswerStore.KEPT_FOR.toMinutes()
            + " minutes), so "
            + what
            + ". Ask again"
            + (question.isBlank() ? "." : ":");
    return Problem.user(message, question.isBlank() ? List.of() : List.of(question));
  }
}
