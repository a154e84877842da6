package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.testing.Bundled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a figure falls, checked by hand. Senior Python in Latin America is $61–74/h, top end $95/h
 * (CompareAnswerTest); mid Node.js in Central Europe $47–55/h; the US senior Python salary is
 * $110,000–135,000/yr.
 *
 * <ul>
 *   <li>$45/h: 1 − 45 ÷ 61 = 26.2%, "26% under the range".
 *   <li>$65/h: (65 − 61) ÷ (74 − 61) = 0.31 along, "lower third"; $70/h: 0.69, "upper third".
 *   <li>$85/h: above 74, within 95. $120/h: 120 ÷ 95 − 1 = 26.3%, "26% over the top end".
 *   <li>7000/month: × 12 = 84,000 a year; no salary data for Latin America, so ÷ 2,080 h = $40.38/h
 *       against contract rates: 1 − 40.38 ÷ 61 = 33.8%, "34% under the range".
 *   <li>400/day: ÷ 8 h = $50/h; mid Node.js $47–55/h: (50 − 47) ÷ 8 = 0.375, "middle".
 *   <li>$90k/yr in the US: against the salary, 1 − 90,000 ÷ 110,000 = 18.2%, "18% under".
 * </ul>
 */
class OfferCheckTest {
  private static final EstimateSettings SETTINGS =
      EstimateSettings.defaults().withClock(EstimatorTest.TODAY);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          check 45/h senior python latam                    | 26% under the range
          is $45/h fair for a senior python dev in brazil?  | 26% under the range
          check $65/h senior python latam                   | Within the range
          check 85/h senior python latam                    | Above the range, within the top end
          check 120/h senior python latam                   | 26% over the top end
          check 7000/month senior python latam              | 34% under the range
          check 400/day mid node cee                        | Within the range
          check $90k/yr senior python usa                   | 18% under the range
          offer 135000/yr senior python new york            | Within the range
          check 60.9/h senior python latam                  | Just under the range
          check 45 senior python latam                      | 26% under the range
          """)
  void theVerdictSaysWhereTheFigureFalls(String question, String verdict) {
    Answer answer = answer(question);

    assertThat(answer.keyFigures())
        .filteredOn(k -> k.label().equals("Verdict"))
        .singleElement()
        .extracting(KeyFigure::value)
        .isEqualTo(verdict);
    assertThat(answer.keyFigures().get(0).basis()).isEqualTo(Basis.GIVEN);
    assertThat(answer.confidential()).isTrue();
  }

  @Test
  void anHourlyFigureIsComparedWithContractRatesAndTheirTopEnd() {
    Answer answer = answer("check $65/h senior python latam");

    assertThat(answer.title())
        .isEqualTo("Offer check · $65/h · Senior Python backend developer · Latin America");
    assertThat(answer.keyFigures())
        .extracting(KeyFigure::label, KeyFigure::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Figure checked", "$65/h"),
            org.assertj.core.groups.Tuple.tuple("Verdict", "Within the range"),
            org.assertj.core.groups.Tuple.tuple("Contract rate", "$61–74/h"),
            org.assertj.core.groups.Tuple.tuple("Top-end contract rate", "$95/h"));
    assertThat(answer.keyFigures().get(1).detail())
        .isEqualTo("in its lower third: a market figure");
    // Sharing re-asks the question without the candidate's figure, in the figure's currency.
    assertThat(answer.query()).isEqualTo("senior python latin-america in usd");
  }

  @Test
  void aCheckInAnotherCurrencySharesItsRangeInThatCurrencyAndItsMenusKeepIt() {
    Answer euros = answer("check €45/h senior python latam");
    Answer asked = answer("senior python latam in eur");

    assertThat(euros.query()).isEqualTo("senior python latin-america in eur");
    assertThat(answer(euros.query()).keyFigures().get(0).value()).startsWith("€");
    assertThat(asked.whyQuery()).isEqualTo("why senior python latin-america in eur");
    assertThat(asked.refinements())
        .flatExtracting(r -> r.choices())
        .allSatisfy(choice -> assertThat(choice.query()).endsWith(" in eur"));
    assertThat(answer("senior python latam").query()).isEqualTo("senior python latin-america");
  }

  @Test
  void aYearlyFigureWhereTheSourceHasNoSalariesIsComparedAsAnEquivalentAndSaysSo() {
    Answer answer = answer("check 7000/month senior python latam");

    assertThat(answer.keyFigures())
        .extracting(KeyFigure::label, KeyFigure::value)
        .contains(org.assertj.core.groups.Tuple.tuple("Per hour, as an equivalent", "$40/h"));
    assertThat(answer.keyFigures().get(0).detail()).isEqualTo("per month: $84,000 a year (× 12)");
    assertThat(answer.notes())
        .anySatisfy(
            n -> assertThat(n).startsWith("No salary data for Latin America").contains("÷ 2,080 h"))
        .contains("Read 7000/month as USD: no currency named.");
  }

  @Test
  void aYearlyFigureInTheUnitedStatesIsComparedWithTheSalary() {
    Answer answer = answer("check $90k/yr senior python usa");

    assertThat(answer.keyFigures())
        .extracting(KeyFigure::label, KeyFigure::value)
        .contains(org.assertj.core.groups.Tuple.tuple("Salary", "$110,000–135,000/yr"));
    assertThat(answer.context()).startsWith("Salaries ·");
  }

  @Test
  void withoutARegionTheFigureIsPlacedInEveryRegion() {
    Answer answer = answer("check 45/h senior python");

    assertThat(answer.keyFigures())
        .extracting(KeyFigure::label, KeyFigure::value)
        .contains(
            org.assertj.core.groups.Tuple.tuple("North America", "56% under the range"),
            org.assertj.core.groups.Tuple.tuple("Latin America", "26% under the range"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          check senior python latam                   | Give the figure to check, e.g. 'check 45/h senior python latam' or 'check $90k/yr senior python usa'.
          check 45/h or 50/h senior python latam      | One figure at a time, please: got 45/h and 50/h.
          check 7000 senior python latam              | Is 7000 per hour, month or year? Add '/h', '/month' or '/yr', e.g. 'check 7000/month …'.
          check $90k/yr python usa                    | Name the level (entry, mid or senior) to check a yearly figure against salaries.
          check 0/h senior python latam               | A figure to check is more than nothing; got '0/h'.
          """)
  void whatCannotBeCheckedGetsAPlainProblem(String question, String message) {
    Reply reply = Bundled.reply(question, SETTINGS);

    assertThat(reply).isInstanceOf(Problem.class);
    assertThat(((Problem) reply).message()).isEqualTo(message);
  }

  /**
   * The verdict at each edge, on a range of 60–90 with a top end of 120: the ends of the range are
   * in it, 70 and 80 are exactly a third and two thirds along (the middle), the top end itself is a
   * premium, and past it the figure is over the top end (over the range when there is none).
   */
  @ParameterizedTest(name = "{0} against 60–90, top {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          30    | 120 | 50% under the range                | below its low end of 60; expect few candidates at this figure
          59.8  | 120 | Just under the range               | below its low end of 60; expect few candidates at this figure
          60    | 120 | Within the range                   | in its lower third: a market figure
          69.9  | 120 | Within the range                   | in its lower third: a market figure
          70    | 120 | Within the range                   | in its middle: a market figure
          80    | 120 | Within the range                   | in its middle: a market figure
          80.1  | 120 | Within the range                   | in its upper third: a market figure
          90    | 120 | Within the range                   | in its upper third: a market figure
          90.1  | 120 | Above the range, within the top end | up to 120: a premium, fair for a strong candidate
          120   | 120 | Above the range, within the top end | up to 120: a premium, fair for a strong candidate
          150   | 120 | 25% over the top end               | above 120: more than the source shows anyone at this level; ask what justifies it
          99    | 0   | 10% over the range                 | above 90: more than the source shows anyone at this level; ask what justifies it
          """)
  void theVerdictAtEachEdge(double figure, double topEnd, String headline, String meaning) {
    OfferCheck.Verdict verdict =
        OfferCheck.verdict(figure, 60, 90, topEnd, x -> String.valueOf(Math.round(x)));

    assertThat(verdict.headline()).isEqualTo(headline);
    assertThat(verdict.meaning()).isEqualTo(meaning);
  }

  @Test
  void aRangeOfOneFigureHasItInItsMiddle() {
    assertThat(OfferCheck.verdict(75, 75, 75, 0, String::valueOf).meaning())
        .isEqualTo("in its middle: a market figure");
  }

  /** Without a period, under 1,000 reads as an hourly figure and from 10,000 as a yearly one. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          check 999 senior python latam    | Read 999 as USD: no currency named. Read it as per hour: no period named.
          check 10000 senior python usa    | Read 10000 as USD: no currency named. Read it as per year: no period named.
          check $999 senior python latam   | Read it as per hour: no period named.
          check €10000 senior python latam | Read it as per year: no period named.
          """)
  void aFigureWithoutAPeriodIsReadByItsSizeAndSaysSo(String question, String note) {
    assertThat(answer(question).notes()).contains(note);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          check 1000 senior python latam | Is 1000 per hour, month or year? Add '/h', '/month' or '/yr', e.g. 'check 1000/month …'.
          check 9999 senior python latam | Is 9999 per hour, month or year? Add '/h', '/month' or '/yr', e.g. 'check 9999/month …'.
          """)
  void aFigureBetweenTheTwoSizesAsksForItsPeriod(String question, String message) {
    Reply reply = Bundled.reply(question, SETTINGS);

    assertThat(reply).isInstanceOf(Problem.class);
    assertThat(((Problem) reply).message()).isEqualTo(message);
  }

  private static Answer answer(String question) {
    Reply reply = Bundled.reply(question, SETTINGS);
    assertThat(reply).as(question).isInstanceOf(Answer.class);
    return (Answer) reply;
  }
}
