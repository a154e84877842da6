package dev.ratebot.core.reply;

import java.util.List;
import java.util.Objects;

/**
 * A menu that re-asks the same question with one dimension changed, e.g. "Level" with entry, mid
 * and senior. Each choice carries the complete query text to run, so an adapter only has to send
 * the chosen text back to the dispatcher.
 *
 * @param dimension what the menu changes: "Level" or "Region"
 * @param choices the choices, in display order
 */
public record Refinement(String dimension, List<Choice> choices) {
  public Refinement {
    Objects.requireNonNull(dimension, "dimension");
    choices = List.copyOf(choices);
  }

  /**
   * One choice of a refinement menu.
   *
   * @param label what the user sees, e.g. "Senior"
   * @param query the query text to run when chosen, e.g. "senior python latam" (at most 100 chars)
   * @param selected true for the value the current answer already shows
   */
  public record Choice(String label, String query, boolean selected) {
    public Choice {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(query, "query");
      if (query.length() > 100) {
        throw new IllegalArgumentException("choice query over 100 characters: " + query);
      }
    }
  }
}
