package dev.ratebot.adapter.chat;

import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Refinement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The controls under an answer, after the share and refine rules: each platform draws them within
 * its own limits.
 *
 * @param menus the refine menus, each with at least one choice; empty when the audience gets none
 * @param shareQuery the query a share button re-posts; empty when the audience gets no button, and
 *     for a confidential answer (an offer check holds a candidate's pay)
 * @param whyQuery the question a "Why?" button asks (the calculation behind the answer); empty when
 *     the audience gets no controls or the answer has no calculation to show
 * @param answerId the id the answer is kept under in the answer store, when it has a share button
 *     and a store is used: a share posts the kept answer rather than running its question again
 */
public record Controls(
    List<Refinement> menus,
    Optional<String> shareQuery,
    Optional<String> whyQuery,
    Optional<String> answerId) {
  /** The label of the share button on every platform. */
  public static final String SHARE_LABEL = "Share in channel";

  /** The label of the button that shows the calculation. */
  public static final String WHY_LABEL = "Why?";

  public Controls {
    menus = List.copyOf(menus);
    Objects.requireNonNull(shareQuery, "shareQuery");
    Objects.requireNonNull(whyQuery, "whyQuery");
    Objects.requireNonNull(answerId, "answerId");
  }

  /** Controls without a "Why?" button or a kept answer. */
  public Controls(List<Refinement> menus, Optional<String> shareQuery) {
    this(menus, shareQuery, Optional.empty(), Optional.empty());
  }

  /** The controls an answer carries for an audience, without an answer store. */
  public static Controls of(Answer answer, Audience audience) {
    return of(answer, audience, Optional.empty());
  }

  /** The controls an answer carries for an audience; a shareable answer is kept in the store. */
  public static Controls of(Answer answer, Audience audience, Optional<AnswerStore> store) {
    List<Refinement> menus =
        audience.refines()
            ? answer.refinements().stream().filter(r -> !r.choices().isEmpty()).toList()
            : List.of();
    Optional<String> share =
        audience.shares() && !answer.query().isBlank() && !answer.confidential()
            ? Optional.of(answer.query())
            : Optional.empty();
    Optional<String> why =
        audience.refines() && !answer.whyQuery().isBlank()
            ? Optional.of(answer.whyQuery())
            : Optional.empty();
    Optional<String> id = share.isPresent() ? store.map(s -> s.keep(answer)) : Optional.empty();
    return new Controls(menus, share, why, id);
  }

  public boolean isEmpty() {
    return menus.isEmpty() && shareQuery.isEmpty() && whyQuery.isEmpty();
  }
}
