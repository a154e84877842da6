package dev.ratebot.core.estimate;

import dev.ratebot.core.query.Query;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.Origin;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateSource;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.TableKind;
import dev.ratebot.core.reply.Basis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Figures shown beside an estimate and never fed into it: a vendor's own prices, and the rows of
 * reference sources (a company's rate card, salary bands) that match the question, each in its own
 * currency and labelled with its source and rate type.
 */
final class BesideFigures {
  /** The most rows of one reference table shown in one figure. */
  static final int MAX_ROWS = 4;

  private final RateDataset dataset;
  private final RateModel model;

  BesideFigures(RateDataset dataset, RateModel model) {
    this.dataset = dataset;
    this.model = model;
  }

  /** The vendor's price for the asked level in the region, or for every level when none asked. */
  void vendor(Optional<Level> asked, Region region, AnswerDraft draft) {
    List<String> parts = new ArrayList<>();
    RateTable table = null;
    for (Level level : asked.map(List::of).orElse(dataset.levels())) {
      Optional<Observation> found = model.vendor(level, region);
      if (found.isPresent()) {
        Observation v = found.get();
        table = model.tableOf(v);
        String range = Money.range(v.low(), v.high(), table.unit(), v.orMore());
        parts.add(asked.isPresent() ? range : level.label().toLowerCase(Locale.ROOT) + " " + range);
        draft.use(v);
      }
    }
    if (table != null) {
      draft.shows(table);
      String origins =
          String.join(
              ", ",
              table.originIds().stream()
                  .map(dataset.market()::origin)
                  .flatMap(Optional::stream)
                  .map(Origin::name)
                  .toList());
      String label = Wording.label(table.rateType());
      draft.key(
          parts.size() == 1 ? label : label.replace("price", "prices"),
          String.join(" · ", parts),
          Basis.OBSERVED,
          origins + (table.note().isEmpty() ? "" : ". " + table.note()));
    }
  }

  /** One figure per reference table with rows that match the question. */
  void references(Query query, AnswerDraft draft) {
    String marketCurrency = dataset.market().currency();
    for (RateSource source : dataset.others()) {
      for (RateTable table : source.tables()) {
        if (table.kind() != TableKind.FIGURES) {
          continue;
        }
        // Rows as specific as the question first: "senior python cee" leads with that row, not
        // with a "senior, any technology, any region" one.
        List<Observation> rows =
            table.rows().stream()
                .filter(r -> matches(r, query))
                .sorted(java.util.Comparator.comparingInt(r -> openedBy(r, query)))
                .toList();
        if (rows.isEmpty()) {
          continue;
        }
        List<String> parts = new ArrayList<>();
        for (Observation row : rows.subList(0, Math.min(MAX_ROWS, rows.size()))) {
          String keys = openKeys(row, query) + broader(row, query);
          String range = Money.range(row.low(), row.high(), table.unit(), row.orMore());
          String note =
              row.quote().isBlank() || LINE_REFERENCE.matcher(row.quote()).matches()
                  ? ""
                  : " (" + row.quote() + ")";
          parts.add((keys.isEmpty() ? range : keys.strip() + " " + range) + note);
          draft.use(row);
        }
        if (rows.size() > MAX_ROWS) {
          parts.add("and " + (rows.size() - MAX_ROWS) + " more rows");
        }
        draft.showsBeside(table.rateType());
        boolean otherCurrency = !source.currency().equals(marketCurrency);
        draft.key(
            source.name(),
            String.join(" · ", parts),
            Basis.OBSERVED,
            table.rateType().plural()
                + ", "
                + source.currency()
                + "; shown beside, not used in the estimate"
                + (otherCurrency ? "; another currency, not compared" : ""));
      }
    }
  }

  // A rate card's row cites its file and line when it has no note of its own.
  private static final java.util.regex.Pattern LINE_REFERENCE =
      java.util.regex.Pattern.compile(".*, line \\d+");

  // A row matches unless it names a level, technology or region other than the one asked for.
  static boolean matches(Observation row, Query query) {
    return agrees(row.level(), query.level().map(Level::id))
        && agrees(row.technology(), query.technology().map(t -> t.id()))
        && agrees(row.region(), query.region().map(Region::id))
        && (row.technology() == null || query.technologyWithoutData().isEmpty());
  }

  /** How many of level, technology and region a row names: the most specific row fits best. */
  static int specificity(Observation row) {
    return (row.level() == null ? 0 : 1)
        + (row.technology() == null ? 0 : 1)
        + (row.region() == null ? 0 : 1);
  }

  // How many of the dimensions the question names a row leaves open.
  private static int openedBy(Observation row, Query query) {
    return (query.level().isPresent() && row.level() == null ? 1 : 0)
        + (query.technology().isPresent() && row.technology() == null ? 1 : 0)
        + (query.region().isPresent() && row.region() == null ? 1 : 0);
  }

  private static boolean agrees(String rowValue, Optional<String> asked) {
    return rowValue == null || asked.isEmpty() || asked.get().equals(rowValue);
  }

  // A row that does not name a dimension the question did ("senior, any technology") says so, so
  // two
  // matching rows are told apart.
  private static String broader(Observation row, Query query) {
    List<String> any = new ArrayList<>();
    if (query.level().isPresent() && row.level() == null) {
      any.add("any level");
    }
    if (query.technology().isPresent() && row.technology() == null) {
      any.add("any technology");
    }
    if (query.region().isPresent() && row.region() == null) {
      any.add("any region");
    }
    return any.isEmpty() ? "" : " " + String.join(", ", any) + ":";
  }

  // The keys of a row the question left open, so figures that differ say how: "senior Poland".
  private String openKeys(Observation row, Query query) {
    Observation open =
        new Observation(
            row.source(),
            row.table(),
            query.level().isPresent() ? null : row.level(),
            query.technology().isPresent() ? null : row.technology(),
            query.region().isPresent() ? null : row.region(),
            row.low(),
            row.high(),
            row.topEnd(),
            row.orMore(),
            row.quote());
    String words = Wording.row(open, dataset);
    return words.equals("all levels") ? "" : words;
  }
}
