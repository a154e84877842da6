package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult;
import dev.ratebot.core.query.QueryParser;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.testing.Bundled;
import dev.ratebot.testing.Datasets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rate card's rows beside an answer, from {@link Datasets#withRateCard()}. */
class BesideFiguresTest {
  private static final String CARD = "Acme rate card";
  private static final String BESIDE =
      "contract rates, EUR; shown beside, not used in the estimate; another currency, not compared";

  private final RateDataset dataset = Datasets.withRateCard();
  private final QueryParser parser = Bundled.parser(dataset);
  private final Estimator estimator =
      new Estimator(dataset, EstimateSettings.defaults().withClock(EstimatorTest.TODAY));

  @Test
  void atMostFourRowsAreShownAndTheRestCountedAndEachNamesWhatTheQuestionLeftOpen() {
    assertThat(card("latam"))
        .containsExactly(
            "Senior Python €55–70/h · Mid €40–50/h · €30–80/h (any seniority) · Senior Node.js"
                + " €58–72/h · and 2 more rows",
            BESIDE);
  }

  @Test
  void rowsBroaderThanTheQuestionSaySoAndANoteThatOnlyCitesAFileLineIsLeftOut() {
    assertThat(card("senior python latam"))
        .containsExactly(
            "€55–70/h · any level, any technology: €30–80/h (any seniority) · any technology, any"
                + " region: €50–90/h (remote)",
            BESIDE);
    assertThat(card("python"))
        .containsExactly(
            // The rows for Python itself come before the rows for any technology.
            "Senior Latin America €55–70/h · Senior Central Europe €50–60/h · Mid Latin America"
                + " any technology: €40–50/h · Latin America any technology: €30–80/h (any"
                + " seniority) · and 2 more rows",
            BESIDE);
  }

  @Test
  void aTechnologyWithoutDataMatchesOnlyRowsForAnyTechnology() {
    assertThat(card("senior go latam"))
        .containsExactly(
            "any level: €30–80/h (any seniority) · any region: €50–90/h (remote)", BESIDE);
  }

  @Test
  void onlyTablesOfFiguresAreShownBeside() {
    assertThat(estimate("latam").keyFigures()).filteredOn(k -> k.label().equals(CARD)).hasSize(1);
  }

  private List<String> card(String text) {
    KeyFigure figure =
        estimate(text).keyFigures().stream()
            .filter(k -> k.label().equals(CARD))
            .findFirst()
            .orElseThrow();
    return List.of(figure.value(), figure.detail());
  }

  private Answer estimate(String text) {
    return estimator.estimate(((ParseResult.Ask) parser.parse(text)).query());
  }
}
