package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.core.reply.Row;
import dev.ratebot.testing.Bundled;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The arithmetic of a budget, checked by hand from the hourly rates CompareAnswerTest derives: each
 * group's people × its rate as shown × the period's hours (2,080 h a year: a month 173⅓ h, a week
 * 40 h, a day 8 h), summed, to the nearest $10.
 *
 * <ul>
 *   <li>3 senior Python, Latin America $61–74/h, 6 months = 1,040 h: 3 × 61 × 1,040 = 190,320 and 3
 *       × 74 × 1,040 = 230,880. North America $102–126/h: 318,240 and 393,120. Midpoints 210,600
 *       and 355,680: saving 1 − 210,600 ÷ 355,680 = 40.8%, "41%", $145,080.
 *   <li>2 senior Python + 1 mid Node.js, Central Europe, 12 weeks = 480 h: senior $61–74/h, mid
 *       Node.js $47–55/h (its salary equals mid Python's, so the same factor): 2 × 61 × 480 + 47 ×
 *       480 = 81,120 and 2 × 74 × 480 + 55 × 480 = 97,440.
 *   <li>3 mid Python, Latin America $52–61/h, a year: 3 × 52 × 2,080 = 324,480 and 3 × 61 × 2,080 =
 *       380,640.
 *   <li>3 senior Python, Latin America, no period: one month, 3 × 61 × 173.33 = 31,720 and 3 × 74 ×
 *       173.33 = 38,480.
 * </ul>
 */
class BudgetAnswerTest {
  private static final EstimateSettings SETTINGS =
      EstimateSettings.defaults().withClock(EstimatorTest.TODAY);

  @Test
  void aTeamsCostForThePeriodThenTheSameTeamInTheDearestRegionAndTheSaving() {
    Answer answer = answer("budget 3 senior python latam 6 months");

    assertThat(answer.title()).isEqualTo("Budget · 3 × Senior Python · Latin America · 6 months");
    assertThat(answer.keyFigures())
        .containsExactly(
            new KeyFigure(
                "Team cost, 6 months",
                "$190,320–230,880",
                Basis.ESTIMATE,
                "3 × $61–74/h × 1,040 h"),
            new KeyFigure(
                "Hours per person",
                "1,040 h",
                Basis.EQUIVALENT,
                "6 × 173.3 h, from 2,080 h a year"),
            new KeyFigure(
                "Same team in North America",
                "$318,240–393,120",
                Basis.ESTIMATE,
                "the dearest region here"),
            new KeyFigure(
                "Saving",
                "41% against North America",
                Basis.ESTIMATE,
                "at the midpoints: $145,080"));
    assertThat(answer.context()).startsWith("Contract rates (ratebot's reading) · 2023 data");
    assertThat(answer.notes())
        .anySatisfy(n -> assertThat(n).startsWith("Hours: 2,080 h a year (40 h × 52 weeks"))
        .anySatisfy(n -> assertThat(n).startsWith("Contract rates only"));
    assertThat(answer.table().rows())
        .filteredOn(Row::highlighted)
        .singleElement()
        .extracting(Row::label, Row::value)
        .containsExactly("Latin America", "$190,320–230,880");
    assertThat(answer.query()).isEqualTo("budget 3 senior python latin-america 6 months");
  }

  @Test
  void aMixedTeamSumsItsGroupsAndSaysEachOne() {
    Answer answer = answer("budget 2 senior python + 1 mid node cee 12 weeks");

    assertThat(answer.title())
        .isEqualTo("Budget · 2 × Senior Python + 1 × Mid Node.js · Central Europe · 12 weeks");
    assertThat(answer.keyFigures().get(0).value()).isEqualTo("$81,120–97,440");
    assertThat(answer.notes())
        .contains(
            "2 × Senior Python, Central Europe: $61–74/h × 480 h = $58,560–71,040.",
            "1 × Mid Node.js, Central Europe: $47–55/h × 480 h = $22,560–26,400.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          budget for 3 mid python devs in latam for a year | Team cost, 1 year   | $324,480–380,640
          3 senior python latam 6 months                   | Team cost, 6 months | $190,320–230,880
          three senior python devs latam for six months    | Team cost, 6 months | $190,320–230,880
          budget 3 senior python latam                     | Team cost, 1 month  | $31,720–38,480
          budget 2 senior python latam 10 days             | Team cost, 10 days  | $9,760–11,840
          budget 2 senior python latam 160 hours           | Team cost, 160 hours | $19,520–23,680
          budget 2 senior python and 1 mid node latam 2 weeks | Team cost, 2 weeks | $13,920–16,720
          cost 1 senior python latam 1 week                | Team cost, 1 week   | $2,440–2,960
          """)
  void anyUnitAndPlainWords(String question, String label, String cost) {
    Answer answer = answer(question);

    assertThat(answer.keyFigures().get(0).label()).isEqualTo(label);
    assertThat(answer.keyFigures().get(0).value()).isEqualTo(cost);
  }

  @Test
  void whatWasNotNamedIsSaidNotGuessed() {
    Answer answer = answer("budget senior python latam");

    assertThat(answer.notes())
        .contains(
            "No period named: showing one month; add one, e.g. '6 months' or '12 weeks'.",
            "No head count for Senior Python: one person; add one, e.g. '3 senior python'.");
  }

  @Test
  void withoutARegionEveryRegionIsCostedCheapestAndDearestFirst() {
    Answer answer = answer("budget 3 senior python 6 months");

    assertThat(answer.keyFigures())
        .extracting(KeyFigure::label, KeyFigure::value)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple("Cheapest: Latin America", "$190,320–230,880"),
            org.assertj.core.groups.Tuple.tuple("Dearest: North America", "$318,240–393,120"));
    assertThat(answer.table().rows()).hasSize(4).noneMatch(Row::highlighted);
  }

  @Test
  void inTheDearestRegionTheCheapestIsShownWithWhatItWouldSave() {
    Answer answer = answer("budget 3 senior python na 6 months");

    assertThat(answer.keyFigures())
        .extracting(KeyFigure::label, KeyFigure::value)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Same team in Latin America", "$190,320–230,880"),
            org.assertj.core.groups.Tuple.tuple("Saving", "41% less in Latin America"));
  }

  @Test
  void anInstallsHoursPerYearAreUsedAndSaid() {
    Answer answer =
        (Answer)
            Bundled.reply(
                "budget 1 senior python latam 1 month",
                new EstimateSettings(1800, 0, EstimatorTest.TODAY));

    // 1,800 ÷ 12 = 150 h: 61 × 150 = 9,150 and 74 × 150 = 11,100.
    assertThat(answer.keyFigures().get(0).value()).isEqualTo("$9,150–11,100");
    assertThat(answer.notes())
        .anySatisfy(
            n -> assertThat(n).startsWith("Hours: 1,800 h a year (this install's setting)"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          budget 3 senior python latam 6 months 2 weeks   | Name one period for the whole team, not 6 months and 2 weeks.
          budget 2 senior python latam + 1 mid node 2 weeks + 1 mid ruby cee | Name a region for each group when the team spans regions (Latin America and Central Europe), or one region for all.
          budget 3 senior python latam 0 months           | A budget's period is more than nothing and at most 10 years; got '0 months'.
          budget 3 senior python latam 11 years           | A budget's period is more than nothing and at most 10 years; got '11 years'.
          budget                                          | Say who and for how long, e.g. 'budget 3 senior python latam 6 months'.
          budget 3 senior python latam vs cee 6 months    | A budget is for one region at a time; to set regions side by side, ask 'compare senior python latam vs cee', or leave the region out to see the team's cost in every one.
          budget 0 senior python latam 1 month            | A group has 1 to 10,000 people; got 0.
          """)
  void whatCannotBeCostedGetsAPlainProblem(String question, String message) {
    Reply reply = Bundled.reply(question, SETTINGS);

    assertThat(reply).isInstanceOf(Problem.class);
    assertThat(((Problem) reply).message()).isEqualTo(message);
  }

  @Test
  void aTechnologyWithoutFiguresIsSaidNotDropped() {
    Answer answer = answer("budget 2 senior java latam 6 months");

    assertThat(answer.notes())
        .contains(
            "No Java-specific figures in the dataset: showing all-technology figures (technology"
                + " factor 1).");
  }

  @Test
  void anAmountTypedInABudgetIsSaidAsNotUsed() {
    Answer answer = answer("budget 3 senior python latam 6 months at $45/h");

    assertThat(answer.notes()).contains("Not used: $45/h (to check an offer: start with 'check').");
  }

  @Test
  void tenYearsIsTheLongestPeriodAndATeamSpanningNamedRegionsIsCosted() {
    assertThat(answer("budget 3 senior python latam 10 years").keyFigures().get(0).value())
        .isEqualTo("$3,806,400–4,617,600");
    assertThat(answer("budget 2 senior python latam + 1 mid node cee 2 weeks").notes())
        .contains(
            "2 × Senior Python, Latin America: $61–74/h × 80 h = $9,760–11,840.",
            "1 × Mid Node.js, Central Europe: $47–55/h × 80 h = $3,760–4,400.");
  }

  @Test
  void aGroupWithoutALevelUsesTheRegionsStatedRangeAndSaysSo() {
    assertThat(answer("budget 2 python latam 1 month").notes())
        .contains(
            "Python: no level named, so the region's all-level range is used, as the source"
                + " states it.");
    assertThat(answer("budget 2 devs latam 1 month").notes())
        .contains(
            "Backend developers: no level named, so the region's all-level range is used, as"
                + " the source states it.");
  }

  @Test
  void aRegionWithoutRatesIsAProblemNamedOrNamedBesideEveryOther() {
    dev.ratebot.core.rates.RateDataset gaps = dev.ratebot.testing.Datasets.withGaps();
    for (String question :
        List.of(
            "budget 2 senior python cee 1 month",
            "budget 2 senior python latam + 1 mid node cee 1 month")) {
      assertThat(Bundled.reply(gaps, question, SETTINGS))
          .as(question)
          .isEqualTo(
              Problem.user("The dataset has no contract rates for Central Europe.", List.of()));
    }
    Reply everywhere = Bundled.reply(gaps, "budget 2 senior python 1 month", SETTINGS);
    assertThat(((Answer) everywhere).notes())
        .contains(
            "No region named: the team's cost in every region the data has rates for (none for"
                + " Central Europe); name one to cost it there.");
  }

  private static Answer answer(String question) {
    Reply reply = Bundled.reply(question, SETTINGS);
    assertThat(reply).as(question).isInstanceOf(Answer.class);
    return (Answer) reply;
  }
}
