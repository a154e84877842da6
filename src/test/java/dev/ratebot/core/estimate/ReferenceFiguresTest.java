package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult;
import dev.ratebot.core.query.Query;
import dev.ratebot.core.query.QueryParser;
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
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.Citation;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.testing.Bundled;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A company's rate card is shown beside the estimate, in its own currency, and never feeds it. */
class ReferenceFiguresTest {
  private static final String CARD = "Acme rate card";

  private final RateDataset withCard = withCard(RateType.CONTRACT_RATE, "EUR");
  private final QueryParser parser =
      new QueryParser(withCard, Bundled.places(), Bundled.COMMAND_WORDS);
  private final Estimator estimator = new Estimator(withCard, EstimateSettings.defaults());
  private final Estimator marketOnly =
      new Estimator(Bundled.dataset(), EstimateSettings.defaults());

  @Test
  void aMatchingRowIsShownUnderItsSourceRateTypeAndCurrency() {
    Answer answer = estimator.estimate(query("senior python latam"));

    assertThat(figure(answer, CARD))
        .isEqualTo(
            new KeyFigure(
                CARD,
                "€55–70/h",
                Basis.OBSERVED,
                "contract rates, EUR; shown beside, not used in the estimate; another currency,"
                    + " not compared"));
  }

  @Test
  void theCardNeverFeedsTheEstimate() {
    for (String text : List.of("senior python latam", "senior", "latam", "python", "backend")) {
      Answer with = estimator.estimate(query(text));
      Answer without = marketOnly.estimate(query(text));

      assertThat(with.keyFigures())
          .filteredOn(k -> !k.label().equals(CARD))
          .isEqualTo(without.keyFigures());
      assertThat(with.table()).isEqualTo(without.table());
    }
  }

  @Test
  void rowsForOtherLevelsOrRegionsAreNotShownAndOpenKeysAreNamed() {
    assertThat(estimator.estimate(query("entry python latam")).keyFigures())
        .extracting(KeyFigure::label)
        .doesNotContain(CARD);
    assertThat(figure(estimator.estimate(query("mid python latam")), CARD).value())
        .as("a row for any technology says so")
        .isEqualTo("any technology: €40–50/h");
    assertThat(figure(estimator.estimate(query("latam")), CARD).value())
        .isEqualTo("Senior Python €55–70/h · Mid €40–50/h");
  }

  @Test
  void itsFiguresAreCitedBySourceTableAndRow() {
    Answer answer = estimator.estimate(query("senior python latam"));

    assertThat(answer.sources())
        .contains(
            new Citation(
                CARD,
                "2025",
                "",
                "Rates 2025 (contract rates, EUR)",
                List.of("Senior Python Latin America")));
  }

  @Test
  void salaryBandsBesideAContractRateSayWhyTheyDiffer() {
    RateDataset withBands = withCard(RateType.SALARY, "USD");
    Estimator bands = new Estimator(withBands, EstimateSettings.defaults());

    Answer answer = bands.estimate(query("senior python latam"));

    assertThat(figure(answer, CARD).detail())
        .isEqualTo("salaries, USD; shown beside, not used in the estimate");
    assertThat(answer.notes()).contains(Wording.RATE_VERSUS_SALARY);
    assertThat(estimator.estimate(query("senior python latam")).notes())
        .doesNotContain(Wording.RATE_VERSUS_SALARY);
  }

  @Test
  void moneyShowsEachCurrencyInItsOwnWay() {
    assertThat(Money.range(55, 70, new Unit("EUR", Period.HOUR), false)).isEqualTo("€55–70/h");
    assertThat(Money.range(4000, 4000, new Unit("GBP", Period.MONTH), true))
        .isEqualTo("£4,000+/mo");
    assertThat(Money.single(40, new Unit("PLN", Period.HOUR))).isEqualTo("PLN 40/h");
    assertThat(Money.range(45, 65, Unit.USD_PER_HOUR, false)).isEqualTo("$45–65/h");
  }

  private Query query(String text) {
    return ((ParseResult.Ask) parser.parse(text)).query();
  }

  private static KeyFigure figure(Answer answer, String label) {
    return answer.keyFigures().stream()
        .filter(k -> k.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + label + " in " + answer.keyFigures()));
  }

  private static RateDataset withCard(RateType type, String currency) {
    RateDataset bundled = Bundled.dataset();
    List<Observation> rows =
        List.of(
            row("senior", "python", "latin-america", 55, 70),
            row("mid", null, "latin-america", 40, 50),
            row("senior", null, "central-europe", 60, 75));
    RateTable table =
        new RateTable(
            "rates",
            "Rates 2025",
            TableKind.FIGURES,
            type,
            "",
            "",
            new Unit(currency, Period.HOUR),
            "",
            List.of(),
            rows);
    RateSource card =
        new RateSource(
            "acme",
            CARD,
            "Acme",
            "",
            "2025",
            SourceRole.REFERENCE,
            currency,
            "",
            MarketContext.none(),
            List.of(),
            List.of(table));
    List<RateSource> sources = new ArrayList<>(bundled.sources());
    sources.add(card);
    return new RateDataset(bundled.taxonomy(), sources, "test");
  }

  private static Observation row(String level, String technology, String region, int lo, int hi) {
    return new Observation("acme", "rates", level, technology, region, lo, hi, 0, false, "");
  }
}
