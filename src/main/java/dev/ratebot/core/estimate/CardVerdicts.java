package dev.ratebot.core.estimate;

import dev.ratebot.core.estimate.OfferCheck.Verdict;
import dev.ratebot.core.query.Query;
import dev.ratebot.core.rates.Period;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateSource;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.TableKind;
import dev.ratebot.core.rates.Unit;
import dev.ratebot.core.reply.Basis;
import java.util.Comparator;

/** An offer's verdicts against the company cards loaded beside the market data. */
final class CardVerdicts {
  private CardVerdicts() {}

  /**
   * The figure against each company card or other reference source loaded beside the market data:
   * its most specific row for the question, in the same period (per hour, or per year with a
   * monthly row × 12). A verdict of its own, never blended with the market's.
   */
  static void add(
      RateDataset dataset, double figure, boolean hourly, Query query, AnswerDraft draft) {
    for (RateSource source : dataset.others()) {
      if (!source.currency().equals(dataset.market().currency())) {
        continue; // rates the exchange rates could not convert: shown beside, never compared
      }
      for (RateTable table : source.tables()) {
        Period period = table.unit().period();
        boolean comparable =
            table.kind() == TableKind.FIGURES
                && (hourly ? period == Period.HOUR : period != Period.HOUR);
        if (!comparable) {
          continue;
        }
        double scale = period == Period.MONTH ? 12 : 1;
        table.rows().stream()
            .filter(r -> BesideFigures.matches(r, query))
            .max(Comparator.comparingInt(BesideFigures::specificity))
            .ifPresent(
                row -> {
                  Unit unit = table.unit().per(hourly ? period : Period.YEAR);
                  Verdict v =
                      OfferCheck.verdict(
                          figure,
                          row.low() * scale,
                          row.high() * scale,
                          row.topEnd() * scale,
                          x -> Money.single(x, unit));
                  draft.use(row);
                  draft.key(
                      "Against " + source.name(),
                      v.headline(),
                      Basis.OBSERVED,
                      v.meaning()
                          + "; its row "
                          + Money.range(row.low(), row.high(), table.unit(), row.orMore())
                          + (scale == 1 ? "" : ", × 12 a year"));
                });
      }
    }
  }
}
