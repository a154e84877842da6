package dev.ratebot.core.reply;

import java.util.List;
import java.util.Objects;

/**
 * An answer to a rate question: headline figures, rows across the open dimension, notes that say
 * what was assumed or derived, and the sources with their vintage.
 *
 * @param title e.g. "Senior Python developer · Latin America"
 * @param query the canonical query this answers, e.g. "senior python latam"
 * @param keyFigures the headline figures, most important first
 * @param table rows across regions or levels; may be empty
 * @param notes assumptions, corrections ("assuming python") and the method line, one sentence each
 * @param sources the sources of every figure shown
 * @param vintage the data vintage, e.g. "2023"
 * @param refinements menus that re-ask with one dimension changed; may be empty
 * @param context one line under the title that says what the figures are, how old and how sure,
 *     e.g. "Contract rates (what a client pays) · 2023 data, about 3 years old · one vendor's
 *     article citing salary surveys, no sample sizes"; may be empty
 * @param dataVersion a short content hash of the dataset the answer was computed from, e.g.
 *     "1a2b3c4d"; may be empty
 * @param confidential true when the answer holds a figure the asker gave, such as a candidate's
 *     pay: it is shown only to the asker, and sharing it shares {@code query}, which never holds
 *     that figure
 * @param whyQuery the question that shows the calculation behind this answer ("why senior python
 *     latin-america"), for a "Why?" button; empty when there is none to show
 */
public record Answer(
    String title,
    String query,
    List<KeyFigure> keyFigures,
    RowTable table,
    List<String> notes,
    List<Citation> sources,
    String vintage,
    List<Refinement> refinements,
    String context,
    String dataVersion,
    boolean confidential,
    String whyQuery)
    implements Reply {
  public Answer {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(vintage, "vintage");
    keyFigures = List.copyOf(keyFigures);
    notes = List.copyOf(notes);
    sources = List.copyOf(sources);
    refinements = List.copyOf(refinements);
    context = context == null ? "" : context;
    dataVersion = dataVersion == null ? "" : dataVersion;
    whyQuery = whyQuery == null ? "" : whyQuery;
  }

  /** An answer anyone may see. */
  public Answer(
      String title,
      String query,
      List<KeyFigure> keyFigures,
      RowTable table,
      List<String> notes,
      List<Citation> sources,
      String vintage,
      List<Refinement> refinements,
      String context,
      String dataVersion) {
    this(
        title,
        query,
        keyFigures,
        table,
        notes,
        sources,
        vintage,
        refinements,
        context,
        dataVersion,
        false,
        "");
  }

  @Override
  public <R> R accept(ReplyVisitor<R> visitor) {
    return visitor.answer(this);
  }

  @Override
  public String summary() {
    if (keyFigures.isEmpty()) {
      return title;
    }
    KeyFigure first = keyFigures.get(0);
    return title + ": " + first.value() + " (" + first.basis().tag() + ")";
  }
}
