package dev.ratebot.core.estimate;

import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.RateType;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Refinement;
import dev.ratebot.core.reply.RowTable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An answer being assembled by one answer shape: figures, rows, notes and what they rest on. */
final class AnswerDraft {
  private final String title;
  private final String query;
  private final List<KeyFigure> keys = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<RateTable> shown = new ArrayList<>();
  private final Set<RateType> types = EnumSet.noneOf(RateType.class);
  private final Provenance provenance;
  private RowTable table = RowTable.empty();
  private boolean confidential;

  AnswerDraft(String title, String query, RateDataset dataset) {
    this.title = title;
    this.query = query;
    this.provenance = new Provenance(dataset);
  }

  void key(String label, String value, Basis basis, String detail) {
    keys.add(new KeyFigure(label, value, basis, detail));
  }

  void note(String note) {
    if (!notes.contains(note)) {
      notes.add(note);
    }
  }

  /** Rows a figure rests on, cited in the answer's sources. */
  void use(Observation row) {
    provenance.use(row);
  }

  void useAll(List<Observation> rows) {
    provenance.useAll(rows);
  }

  /** A market table whose figures the answer shows: the context line says what they are. */
  void shows(RateTable shownTable) {
    if (!shown.contains(shownTable)) {
      shown.add(shownTable);
    }
    types.add(shownTable.rateType());
  }

  /** Figures of another source shown beside: their rate type counts, their origins do not. */
  void showsBeside(RateType type) {
    types.add(type);
  }

  /** The answer holds a figure the asker gave: it stays with the asker. */
  void confidential() {
    confidential = true;
  }

  void table(RowTable rows) {
    this.table = rows;
  }

  Answer build(RateDataset dataset, List<Refinement> refinements, Clock clock) {
    if (types.contains(RateType.CONTRACT_RATE) && types.contains(RateType.SALARY)) {
      note(Wording.RATE_VERSUS_SALARY);
    }
    String context = DataContext.line(dataset.market(), shown, clock);
    return new Answer(
        title,
        query,
        keys,
        table,
        notes,
        provenance.citations(),
        dataset.vintage(),
        refinements,
        context,
        dataset.version(),
        confidential);
  }
}
