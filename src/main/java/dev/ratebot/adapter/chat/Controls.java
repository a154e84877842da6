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
 */
public record Controls(List<Refinement> menus, Optional<String> shareQuery) {
  /** The label of the share button on every platform. */
  public static final String SHARE_LABEL = "Share in channel";

  public Controls {
    menus = List.copyOf(menus);
    Objects.requireNonNull(shareQuery, "shareQuery");
  }

  /** The controls an answer carries for an audience. */
  public static Controls of(Answer answer, Audience audience) {
    List<Refinement> menus =
        audience.refines()
            ? answer.refinements().stream().filter(r -> !r.choices().isEmpty()).toList()
            : List.of();
    Optional<String> share =
        audience.shares() && !answer.query().isBlank() && !answer.confidential()
            ? Optional.of(answer.query())
            : Optional.empty();
    return new Controls(menus, share);
  }

  public boolean isEmpty() {
    return menus.isEmpty() && shareQuery.isEmpty();
  }
}
