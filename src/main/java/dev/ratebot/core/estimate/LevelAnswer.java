package dev.ratebot.core.estimate;

import dev.ratebot.core.query.Query;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.reply.Basis;
import java.util.Optional;

/** A level without a region: the stated US salary, and the contract rate in every region. */
final class LevelAnswer {
  private final AnswerParts parts;

  LevelAnswer(AnswerParts parts) {
    this.parts = parts;
  }

  void fill(Query query, Level level, AnswerDraft draft) {
    Optional<Observation> ownRow = query.technology().flatMap(t -> parts.model().annual(t, level));
    Optional<Observation> salary = ownRow.or(() -> parts.model().annual(level));
    if (query.technology().isPresent() && ownRow.isEmpty() && salary.isPresent()) {
      draft.note(
          "No "
              + level.label()
              + " "
              + query.technology().get().label()
              + " salary in the dataset: showing the all-technology salary.");
    }
    salary.ifPresent(
        row -> {
          RateTable table = parts.model().tableOf(row);
          draft.shows(table);
          draft.use(row);
          String place = table.place().isEmpty() ? "" : table.place() + "; ";
          draft.key(
              Wording.label(table.rateType()),
              Money.range(row.low(), row.high(), table.unit(), row.orMore()),
              Basis.OBSERVED,
              place + parts.origins(table));
          Equivalents.ofSalary(row, table.unit(), parts.settings().hoursPerYear(), draft);
        });
    parts.beside().references(query, draft);
    draft.table(
        parts.rows().byRegion(Optional.of(level), query.technology(), Optional.empty(), draft));
    draft.note(MethodNotes.rows("Region rows", query.technology()));
  }
}
