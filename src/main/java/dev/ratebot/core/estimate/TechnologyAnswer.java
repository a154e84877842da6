package dev.ratebot.core.estimate;

import dev.ratebot.core.query.Query;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.Technology;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.Row;
import dev.ratebot.core.reply.RowTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A technology alone: its stated US salary at every level. */
final class TechnologyAnswer {
  private final AnswerParts parts;

  TechnologyAnswer(AnswerParts parts) {
    this.parts = parts;
  }

  void fill(Query query, Technology technology, AnswerDraft draft) {
    List<Row> rows = new ArrayList<>();
    List<Observation> used = new ArrayList<>();
    for (Level level : parts.dataset().levels()) {
      Optional<Observation> row = parts.model().annual(technology, level);
      row.ifPresent(used::add);
      row.ifPresent(
          o ->
              rows.add(
                  new Row(
                      level.label(),
                      Money.range(o.low(), o.high(), parts.model().tableOf(o).unit(), o.orMore()),
                      o.low(),
                      o.high(),
                      0,
                      Basis.OBSERVED,
                      false)));
    }
    parts.beside().references(query, draft);
    if (used.isEmpty()) {
      return;
    }
    RateTable table = parts.model().tableOf(used.get(0));
    draft.shows(table);
    draft.useAll(used);
    double low = used.stream().mapToDouble(Observation::low).min().orElse(0);
    double high = used.stream().mapToDouble(Observation::high).max().orElse(0);
    String place = table.place().isEmpty() ? "" : " (" + table.place() + ")";
    draft.key(
        Wording.label(table.rateType()),
        Money.range(low, high, table.unit(), false),
        Basis.OBSERVED,
        rows.get(0).label().toLowerCase(Locale.ROOT)
            + " to "
            + rows.get(rows.size() - 1).label().toLowerCase(Locale.ROOT)
            + "; "
            + (table.place().isEmpty() ? "" : table.place() + "; ")
            + parts.origins(table));
    draft.table(
        new RowTable(
            technology.label() + ", " + table.rateType().plural() + " by level" + place,
            high,
            rows));
    draft.note(
        "Add a level and a region for a contract rate, e.g. senior " + technology.id() + " latam.");
  }
}
