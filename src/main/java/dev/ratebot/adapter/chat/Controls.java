package dev.ratebot.adapter.chat;

import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Refinement;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The controls under an answer, after the share and refine rules: each platform draws them within
 * its own limits. Every button acts on the answer as kept in the answer store (Slack does not send
 * an ephemeral answer back with a click), so an answer rendered without a store gets menus only.
 *
 * @param menus the refine menus, each with at least one choice; empty when the audience gets none
 * @param answerId the id the answer is kept under; present exactly when there are buttons
 * @param buttons the buttons, drawn in the enum's order
 * @param query the answer's question, offered again when a button's answer is no longer kept
 * @param whyQuery the question that shows the calculation, offered by an expired "Why?" button
 */
public record Controls(
    List<Refinement> menus,
    Optional<String> answerId,
    Set<Button> buttons,
    String query,
    String whyQuery) {

  /** A button under an answer, with the label every platform shows. */
  public enum Button {
    /** Posts the kept answer for everyone, naming who shared it. */
    SHARE("Share in channel"),
    /**
     * Under an answer that holds a figure the asker gave (an offer check): posts the range for
     * everyone, asked again without that figure, naming who shared it.
     */
    SHARE_RANGE("Share range, not the figure"),
    /** The calculation behind the kept answer, privately. */
    WHY("Why?"),
    /** The kept answer's rows as a range chart, privately. */
    CHART("Chart"),
    /** The kept answer as a CSV table to paste, privately. */
    EXPORT("CSV");

    private final String label;

    Button(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** Whether the press posts for everyone rather than answering the presser. */
    public boolean shares() {
      return this == SHARE || this == SHARE_RANGE;
    }
  }

  public Controls {
    menus = List.copyOf(menus);
    Objects.requireNonNull(answerId, "answerId");
    EnumSet<Button> ordered = EnumSet.noneOf(Button.class);
    ordered.addAll(buttons);
    buttons = Collections.unmodifiableSet(ordered);
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(whyQuery, "whyQuery");
    if (answerId.isPresent() == buttons.isEmpty()) {
      throw new IllegalArgumentException("buttons need the id of the kept answer, and only they");
    }
  }

  /** The controls an answer carries for an audience, without an answer store: menus only. */
  public static Controls of(Answer answer, Audience audience) {
    return of(answer, audience, Optional.empty(), false);
  }

  /**
   * The controls an answer carries for an audience; an answer with buttons is kept in the store.
   *
   * @param charted whether the answer is drawn with its chart already (no Chart button then)
   */
  public static Controls of(
      Answer answer, Audience audience, Optional<AnswerStore> store, boolean charted) {
    List<Refinement> menus =
        audience.refines()
            ? answer.refinements().stream().filter(r -> !r.choices().isEmpty()).toList()
            : List.of();
    Set<Button> buttons = EnumSet.noneOf(Button.class);
    if (store.isPresent()) {
      // An offer check holds a candidate's pay: only its range is shared, never the figure.
      if (audience.shares() && !answer.query().isBlank()) {
        buttons.add(answer.confidential() ? Button.SHARE_RANGE : Button.SHARE);
      }
      if (audience.refines() && !answer.whyQuery().isBlank()) {
        buttons.add(Button.WHY);
      }
      if (audience.refines() && !charted && !answer.table().isEmpty()) {
        buttons.add(Button.CHART);
      }
      if (audience.refines() && !(answer.keyFigures().isEmpty() && answer.table().isEmpty())) {
        buttons.add(Button.EXPORT);
      }
    }
    Optional<String> id = buttons.isEmpty() ? Optional.empty() : store.map(s -> s.keep(answer));
    return new Controls(menus, id, buttons, answer.query(), answer.whyQuery());
  }

  /** The question an expired button offers to ask again. */
  public String question(Button button) {
    return button == Button.WHY ? whyQuery : query;
  }

  public boolean isEmpty() {
    return menus.isEmpty() && buttons.isEmpty();
  }
}
