package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.rates.Period;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.Unit;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.testing.AnswerLines;
import dev.ratebot.testing.Bundled;
import dev.ratebot.testing.Datasets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An offer checked against a company's rate card loaded beside the article: a verdict of its own
 * against the card's most specific row, in the card's period, only in a currency it can be compared
 * in.
 */
class OfferAgainstCardTest {
  private static final String STALE = "; those rates are 231 days old, so today's may differ.";

  @Test
  void anHourlyFigureGetsAVerdictAgainstTheCardsMostSpecificRow() {
    List<String> lines = lines(Datasets.withRateCard(), "check €60/h senior python latam");
    assertThat(lines)
        .contains(
            "Verdict: Within the range (estimate) — in its middle: a market figure",
            "Against Acme rate card: Within the range (source) — in its middle: a market figure;"
                + " its row €55–70/h",
            "Note: Converted from USD to EUR at the European Central Bank's reference rate of 13"
                + " April 2026: 1 USD = 0.85587 EUR"
                + STALE);
    assertThat(lines(Datasets.withRateCard(), "check €40/h entry latam"))
        .contains(
            "Against Acme rate card: 14% over the range (source) — above €35/h: more than the"
                + " source shows anyone at this level; ask what justifies it; its row €25–35/h");
    assertThat(lines(Datasets.withRateCard(), "check €50/h senior python latam"))
        .contains(
            "Against Acme rate card: 9% under the range (source) — below its low end of €55/h;"
                + " expect few candidates at this figure; its row €55–70/h");
  }

  @Test
  void aCardInAnotherCurrencyIsConvertedAndItsConversionNamed() {
    List<String> lines = lines(Datasets.withRateCard(), "check $60/h senior python cee");
    assertThat(lines)
        .contains(
            "Acme rate card: $58–70/h · any technology, any region: $58–105/h (remote) (source) —"
                + " contract rates, USD; shown beside, not used in the estimate",
            "Against Acme rate card: Within the range (source) — in its lower third: a market"
                + " figure; its row $58–70/h",
            "Note: Converted from EUR to USD at the European Central Bank's reference rate of 13"
                + " April 2026: 1 EUR = 1.1684 USD"
                + STALE);
    assertThat(lines(Datasets.withRateCard(), "senior python latam in gbp"))
        .contains(
            "Note: Converted into GBP at the European Central Bank's reference rates of 13 April"
                + " 2026: 1 USD = 0.74510 GBP, 1 EUR = 0.87058 GBP"
                + STALE);
  }

  @Test
  void aYearlyFigureIsSetAgainstAMonthlyCardTimesTwelveAndAnHourlyOneIsNot() {
    RateDataset monthly = Datasets.withRateCard(new Unit("EUR", Period.MONTH), 160);
    assertThat(lines(monthly, "check €100k/yr senior python latam"))
        .contains(
            "Against Acme rate card: 5% under the range (source) — below its low end of"
                + " €105,600/yr; expect few candidates at this figure; its row €8,800–11,200/mo,"
                + " × 12 a year");
    assertThat(lines(monthly, "check €130k/yr senior python latam"))
        .as("the card's high end is × 12 too: €134,400/yr")
        .contains(
            "Against Acme rate card: Within the range (source) — in its upper third: a market"
                + " figure; its row €8,800–11,200/mo, × 12 a year",
            "Source: Acme rate card (2025), Rates 2025 (contract rates): Senior Python Latin"
                + " America, Latin America, Senior");
    assertThat(lines(monthly, "check €60/h senior python latam"))
        .noneMatch(l -> l.startsWith("Against"))
        .contains("Verdict: Within the range (estimate) — in its middle: a market figure");
    assertThat(lines(Datasets.withRateCard(), "check €100k/yr senior python latam"))
        .noneMatch(l -> l.startsWith("Against"));
  }

  @Test
  void aCardInACurrencyWithoutAnExchangeRateIsShownBesideButNeverCompared() {
    RateDataset pesos = Datasets.withRateCard(new Unit("ARS", Period.HOUR), 1000);
    List<String> lines = lines(pesos, "check $60/h senior python latam");
    assertThat(lines)
        .contains(
            "Acme rate card: ARS 55,000–70,000/h · any level, any technology: ARS"
                + " 30,000–80,000/h (any seniority) · any technology, any region: ARS"
                + " 50,000–90,000/h (remote) (source) — contract rates, ARS; shown beside, not"
                + " used in the estimate; another currency, not compared")
        .noneMatch(l -> l.startsWith("Against"))
        .noneMatch(l -> l.contains("Converted"));
  }

  private static List<String> lines(RateDataset dataset, String question) {
    Reply reply =
        Bundled.reply(
            dataset, question, EstimateSettings.defaults().withClock(EstimatorTest.TODAY));
    assertThat(reply).as(question).isInstanceOf(Answer.class);
    return AnswerLines.of((Answer) reply);
  }
}
