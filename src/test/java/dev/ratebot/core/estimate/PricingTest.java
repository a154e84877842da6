package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.testing.Bundled;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Converted answers, checked by hand against the bundled ECB file of 13 April 2026 (USD 1.1684, GBP
 * 0.87058 per euro): 1 USD = 1 ÷ 1.1684 = 0.85587 EUR, and 0.87058 ÷ 1.1684 = 0.74510 GBP.
 *
 * <p>Senior Python, Latin America: the all-level $45–65/h is €38.51–55.63/h; centred at the top,
 * 55.63 × 1.0370 = 57.69; ±10.2% → €51.80–63.58/h, shown €52–64/h; top end 95 × 0.85587 = €81/h. A
 * budget of 2 for 3 months (520 h) in GBP: $61–74/h is £45.45–55.14/h... shown £45–55/h, so 2 × 45
 * × 520 = £46,800 and 2 × 55 × 520 = £57,200.
 */
class PricingTest {
  private static final EstimateSettings SETTINGS =
      EstimateSettings.defaults().withClock(EstimatorTest.TODAY);

  @Test
  void aCurrencyNamedConvertsEveryFigureAndSaysTheRateItsDateAndItsAge() {
    Answer answer = answer("senior python latam in eur", SETTINGS);

    assertThat(answer.keyFigures())
        .extracting(KeyFigure::label, KeyFigure::value)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple("Contract rate", "€52–64/h"),
            org.assertj.core.groups.Tuple.tuple("Top-end contract rate", "€81/h"));
    assertThat(answer.notes().get(0))
        .isEqualTo(
            "Converted from USD to EUR at the European Central Bank's reference rate of 13 April"
                + " 2026: 1 USD = 0.85587 EUR; those rates are 231 days old, so today's may differ.");
    assertThat(answer.notes()).noneMatch(n -> n.startsWith("Not used"));
  }

  @Test
  void ratesAWeekOldOrLessCarryNoWarning() {
    Clock fresh = Clock.fixed(Instant.parse("2026-04-20T12:00:00Z"), ZoneOffset.UTC);
    Answer answer = answer("senior python latam in gbp", SETTINGS.withClock(fresh));

    assertThat(answer.notes().get(0))
        .isEqualTo(
            "Converted from USD to GBP at the European Central Bank's reference rate of 13 April"
                + " 2026: 1 USD = 0.74510 GBP.");
  }

  @Test
  void aBudgetInAnotherCurrencyUsesTheConvertedRatesAsShown() {
    Answer answer = answer("budget 2 senior python latam 3 months in gbp", SETTINGS);

    assertThat(answer.keyFigures().get(0).value()).isEqualTo("£46,800–57,200");
  }

  @Test
  void anOfferInEurosIsCheckedInEuros() {
    Answer answer = answer("check €40/h senior python latam", SETTINGS);

    // 1 − 40 ÷ 52 = 23%.
    assertThat(answer.keyFigures())
        .extracting(KeyFigure::label, KeyFigure::value)
        .contains(org.assertj.core.groups.Tuple.tuple("Verdict", "23% under the range"));
  }

  @Test
  void anOfferInEurosAskedInDollarsIsConvertedIn() {
    Answer answer = answer("check €40/h senior python latam in usd", SETTINGS);

    // 40 × 1.1684 = $46.74/h; 1 − 46.74 ÷ 61 = 23%.
    assertThat(answer.notes())
        .contains("€40/h is $47/h at the European Central Bank's reference rate of 2026-04-13.");
    assertThat(answer.keyFigures().get(1).value()).isEqualTo("23% under the range");
  }

  @Test
  void aCurrencyTheEcbDoesNotPublishSaysWhichItHasAndKeepsTheDataCurrency() {
    Answer answer = answer("senior python latam in CLP", SETTINGS);

    assertThat(answer.keyFigures().get(0).value()).isEqualTo("$61–74/h");
    assertThat(answer.notes().get(0))
        .startsWith("No exchange rate for CLP: the rates of 2026-04-13 cover AUD, BRL, CAD,")
        .endsWith("ZAR. Figures are in USD.");
    Reply offer = Bundled.reply("check 40000 CLP/month senior python latam", SETTINGS);
    assertThat(((Problem) offer).message()).startsWith("No exchange rate for CLP");
  }

  @Test
  void whyShowsTheExchangeRate() {
    Info why = (Info) Bundled.reply("why senior python latam in eur", SETTINGS);

    assertThat(why.sections())
        .anySatisfy(
            s -> {
              assertThat(s.heading()).isEqualTo("Exchange rate");
              assertThat(s.lines().get(0)).contains("1 USD = 0.85587 EUR");
            });
  }

  private static Answer answer(String question, EstimateSettings settings) {
    Reply reply = Bundled.reply(question, settings);
    assertThat(reply).as(question).isInstanceOf(Answer.class);
    return (Answer) reply;
  }
}
