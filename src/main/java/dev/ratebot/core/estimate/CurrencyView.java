package dev.ratebot.core.estimate;

import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateSource;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * A dataset with every figure converted into one currency, so every answer shape (lookup, compare,
 * rank, budget, offer check) works on it unchanged and shows that currency. Figures are converted
 * at full precision and rounded only where answers round them; the version stays the source data's.
 */
final class CurrencyView {
  private CurrencyView() {}

  /**
   * @param convertible whether the rates know a currency; a source in one they lack stays in its
   *     own currency (shown beside an answer as "another currency, not compared")
   * @param rate units of the second currency per unit of the first (e.g. USD → EUR 0.8559)
   */
  static RateDataset convert(
      RateDataset dataset,
      String currency,
      java.util.function.Predicate<String> convertible,
      ToDoubleBiFunction<String, String> rate) {
    List<RateSource> sources = new ArrayList<>();
    for (RateSource source : dataset.sources()) {
      if (source.currency().equals(currency) || !convertible.test(source.currency())) {
        sources.add(source);
        continue;
      }
      double factor = rate.applyAsDouble(source.currency(), currency);
      List<RateTable> tables = new ArrayList<>();
      for (RateTable t : source.tables()) {
        List<Observation> rows = new ArrayList<>();
        for (Observation o : t.rows()) {
          rows.add(
              new Observation(
                  o.source(),
                  o.table(),
                  o.level(),
                  o.technology(),
                  o.region(),
                  o.low() * factor,
                  o.high() * factor,
                  o.topEnd() * factor,
                  o.orMore(),
                  o.quote()));
        }
        tables.add(
            new RateTable(
                t.id(),
                t.title(),
                t.kind(),
                t.rateType(),
                t.reading(),
                t.note(),
                new Unit(currency, t.unit().period()),
                t.place(),
                t.originIds(),
                rows));
      }
      sources.add(
          new RateSource(
              source.id(),
              source.name(),
              source.publisher(),
              source.publisherKind(),
              source.vintage(),
              source.role(),
              currency,
              source.coverage(),
              source.context(),
              source.origins(),
              tables));
    }
    return new RateDataset(dataset.taxonomy(), sources, dataset.version());
  }
}
