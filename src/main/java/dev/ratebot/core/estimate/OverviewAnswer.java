package dev.ratebot.core.estimate;

import dev.ratebot.core.query.Query;
import java.util.Optional;

/** Nothing named: every region's stated contract rate. */
final class OverviewAnswer {
  private final AnswerParts parts;

  OverviewAnswer(AnswerParts parts) {
    this.parts = parts;
  }

  void fill(Query query, AnswerDraft draft) {
    draft.table(parts.rows().byRegion(Optional.empty(), Optional.empty(), Optional.empty(), draft));
    parts.beside().references(query, draft);
    draft.note(
        "Name a level, technology or region (or a country) for more, e.g. senior python"
            + " latam.");
  }
}
