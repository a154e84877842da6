package dev.ratebot.testing;

import dev.ratebot.core.rates.MarketContext;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.Period;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateSource;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.RateType;
import dev.ratebot.core.rates.SourceRole;
import dev.ratebot.core.rates.TableKind;
import dev.ratebot.core.rates.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Variants of the bundled dataset for answers the bundled figures never give. */
public final class Datasets {
  private Datasets() {}

  /**
   * The bundled dataset without Central Europe's hourly rates and without the Senior Laravel
   * salary: a region with no contract rate, and a technology with no figure at one level.
   */
  public static RateDataset withGaps() {
    return without(
        (kind, row) ->
            (kind == TableKind.HOURLY_BY_REGION && "central-europe".equals(row.region()))
                || (kind == TableKind.ANNUAL_BY_TECHNOLOGY
                    && "senior".equals(row.level())
                    && "laravel".equals(row.technology())));
  }

  /** The bundled dataset without the market source's rows that {@code dropped} names. */
  public static RateDataset without(Dropped dropped) {
    RateDataset bundled = Bundled.dataset();
    RateSource market = bundled.market();
    List<RateTable> tables = new ArrayList<>();
    for (RateTable t : market.tables()) {
      Predicate<Observation> kept = row -> !dropped.test(t.kind(), row);
      tables.add(
          new RateTable(
              t.id(),
              t.title(),
              t.kind(),
              t.rateType(),
              t.reading(),
              t.note(),
              t.unit(),
              t.place(),
              t.originIds(),
              t.rows().stream().filter(kept).toList()));
    }
    List<RateSource> sources = new ArrayList<>();
    sources.add(
        new RateSource(
            market.id(),
            market.name(),
            market.publisher(),
            market.publisherKind(),
            market.vintage(),
            market.role(),
            market.currency(),
            market.coverage(),
            market.context(),
            market.origins(),
            tables));
    sources.addAll(bundled.others());
    return new RateDataset(bundled.taxonomy(), sources, "gaps");
  }

  /**
   * The bundled dataset with a company's rate card in euros beside it: rows for one cell, for a
   * level or a region only, for any level, with and without notes, and a table of another kind that
   * is never shown beside an answer.
   */
  public static RateDataset withRateCard() {
    return withRateCard(new Unit("EUR", Period.HOUR), 1);
  }

  /**
   * The same card in another currency or period, its figures × {@code scale} (e.g. EUR a month, ×
   * 160 hours).
   */
  public static RateDataset withRateCard(Unit unit, double scale) {
    RateTable rates =
        new RateTable(
            "rates",
            "Rates 2025",
            TableKind.FIGURES,
            RateType.CONTRACT_RATE,
            "",
            "",
            unit,
            "",
            List.of(),
            List.of(
                    card("senior", "python", "latin-america", 55, 70, ""),
                    card("mid", null, "latin-america", 40, 50, "acme.csv, line 3"),
                    card(null, null, "latin-america", 30, 80, "any seniority"),
                    card("senior", "node", "latin-america", 58, 72, ""),
                    card("senior", null, null, 50, 90, "remote"),
                    card("entry", null, "latin-america", 25, 35, ""),
                    card("senior", "python", "central-europe", 50, 60, ""))
                .stream()
                .map(row -> scaled(row, scale))
                .toList());
    RateTable regional =
        new RateTable(
            "regional",
            "Regional averages",
            TableKind.HOURLY_BY_REGION,
            RateType.CONTRACT_RATE,
            "",
            "",
            unit,
            "",
            List.of(),
            List.of(
                new Observation(
                    "acme",
                    "regional",
                    null,
                    null,
                    "latin-america",
                    20 * scale,
                    30 * scale,
                    0,
                    false,
                    "")));
    RateSource card =
        new RateSource(
            "acme",
            "Acme rate card",
            "Acme",
            "",
            "2025",
            SourceRole.REFERENCE,
            unit.currency(),
            "",
            MarketContext.none(),
            List.of(),
            List.of(rates, regional));
    RateDataset bundled = Bundled.dataset();
    List<RateSource> sources = new ArrayList<>(bundled.sources());
    sources.add(card);
    return new RateDataset(bundled.taxonomy(), sources, "card");
  }

  private static Observation card(
      String level, String technology, String region, double low, double high, String quote) {
    return new Observation("acme", "rates", level, technology, region, low, high, 0, false, quote);
  }

  private static Observation scaled(Observation row, double scale) {
    return new Observation(
        row.source(),
        row.table(),
        row.level(),
        row.technology(),
        row.region(),
        row.low() * scale,
        row.high() * scale,
        row.topEnd() * scale,
        row.orMore(),
        row.quote());
  }

  /** Which rows of the market source's tables to leave out. */
  public interface Dropped {
    boolean test(TableKind kind, Observation row);
  }
}
