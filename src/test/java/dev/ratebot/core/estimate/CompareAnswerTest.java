package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult.SubCommand;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.core.reply.Row;
import dev.ratebot.testing.AnswerLines;
import dev.ratebot.testing.Bundled;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic of a comparison, checked by hand from config/rates.json with docs/METHOD.md.
 *
 * <p>Mid Python: position (87,500 − 60,000) ÷ (120,000 − 60,000) = 0.4583; factor 92,500 ÷ mean
 * (92,500 + 92,500 + 87,500 + 82,500) ÷ 4 = 88,750, so 1.0423; spread 7,500 ÷ 92,500 = ±8.11%.
 *
 * <ul>
 *   <li>Latin America $45–65: centre 45 + 0.4583 × 20 = 54.17, × 1.0423 = 56.46; × 0.9189 = 51.88
 *       and × 1.0811 = 61.03, shown $52–61/h, midpoint 56.5.
 *   <li>Central Europe $35–65: centre 35 + 0.4583 × 30 = 48.75, × 1.0423 = 50.81; 46.69 and 54.93,
 *       shown $47–55/h, midpoint 51.
 *   <li>Western Europe $65–110: centre 65 + 0.4583 × 45 = 85.63, × 1.0423 = 89.24; 82.01 and 96.48,
 *       shown $82–96/h, midpoint 89.
 * </ul>
 *
 * <p>Against Latin America: 51 ÷ 56.5 − 1 = −9.7%, "10% below"; 89 ÷ 56.5 − 1 = +57.5%, "58%
 * above". Cheapest against dearest: 1 − 51 ÷ 89 = 42.7%, "about 43% below Western Europe".
 *
 * <p>Senior Python (the README's worked example): Latin America $61–74/h, midpoint 67.5; North
 * America 110 × 1.037 = 114.07, × (1 ± 0.102) = 102.43 and 125.71, shown $102–126/h, midpoint 114.
 * 114 ÷ 67.5 − 1 = +68.9%, "69% above"; 1 − 67.5 ÷ 114 = 40.8%, "about 41% below".
 *
 * <p>Python in Latin America, mid $52–61/h (56.5) against senior $61–74/h (67.5): 67.5 ÷ 56.5 − 1 =
 * +19.5%, "19% above Mid"; 1 − 56.5 ÷ 67.5 = 16.3%, "about 16% below Senior".
 */
class CompareAnswerTest {
  private final Estimator estimator =
      new Estimator(Bundled.dataset(), EstimateSettings.defaults().withClock(EstimatorTest.TODAY));

  @Test
  void threeRegionsSideBySideEachAgainstTheFirst() {
    Answer answer = (Answer) compare("compare mid python latam vs cee vs weu");

    assertThat(answer.title())
        .isEqualTo(
            "Mid Python backend developer · Latin America vs Central Europe vs Western Europe");
    assertThat(answer.keyFigures())
        .containsExactly(
            new KeyFigure(
                "Latin America",
                "$52–61/h",
                Basis.ESTIMATE,
                "the baseline; mid placed in region range; Python × 1.04"),
            new KeyFigure(
                "Central Europe",
                "$47–55/h",
                Basis.ESTIMATE,
                "10% below Latin America, at the midpoint"),
            new KeyFigure(
                "Western Europe",
                "$82–96/h",
                Basis.ESTIMATE,
                "58% above Latin America, at the midpoint"));
    assertThat(answer.table().rows())
        .extracting(Row::label, Row::value, Row::highlighted)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Latin America", "$52–61/h · top $95/h", true),
            org.assertj.core.groups.Tuple.tuple("Central Europe", "$47–55/h · top $85/h", false),
            org.assertj.core.groups.Tuple.tuple("Western Europe", "$82–96/h · top $140/h", false));
    assertThat(answer.notes())
        .last()
        .isEqualTo(
            "Central Europe is the cheapest of the three, about 43% below Western Europe at the"
                + " midpoint; all are estimates from the same source.");
    assertThat(answer.context()).startsWith("Contract rates (ratebot's reading) · 2023 data");
    assertThat(answer.sources()).isNotEmpty();
  }

  @Test
  void twoRegionsEndWithTheTwoWayTakeaway() {
    Answer answer = (Answer) compare("senior python latam vs na");

    assertThat(answer.keyFigures())
        .extracting(KeyFigure::value, KeyFigure::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "$61–74/h", "the baseline; senior placed in region range; Python × 1.04"),
            org.assertj.core.groups.Tuple.tuple(
                "$102–126/h", "69% above Latin America, at the midpoint"));
    assertThat(answer.notes())
        .last()
        .isEqualTo(
            "Latin America is the cheaper of the two, about 41% below North America at the"
                + " midpoint; both are estimates from the same source.");
    assertThat(answer.query()).isEqualTo("senior python latin-america vs north-america");
  }

  @Test
  void levelsInOneRegion() {
    Answer answer = (Answer) compare("python latam mid vs senior");

    assertThat(answer.title())
        .isEqualTo("Python backend developer · Latin America · Mid vs Senior");
    assertThat(answer.keyFigures())
        .extracting(KeyFigure::label, KeyFigure::value, KeyFigure::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Mid", "$52–61/h", "the baseline; mid placed in region range; Python × 1.04"),
            org.assertj.core.groups.Tuple.tuple(
                "Senior", "$61–74/h", "19% above Mid, at the midpoint"));
    assertThat(answer.notes())
        .last()
        .isEqualTo(
            "Mid is the cheaper of the two, about 16% below Senior at the midpoint; both are"
                + " estimates from the same source.");
  }

  @Test
  void equalMidpointsAreSaidToBeTheSame() {
    Answer answer = (Answer) compare("senior python latam vs cee");

    assertThat(answer.keyFigures().get(1).detail())
        .isEqualTo("same as Latin America, at the midpoint");
    assertThat(answer.notes())
        .last()
        .isEqualTo(
            "Latin America and Central Europe cost the same at the midpoint; both are estimates"
                + " from the same source.");
  }

  @Test
  void aPlaceWithoutDataIsLeftOutAndSaid() {
    Answer answer = (Answer) compare("senior python latam vs cee vs india");

    assertThat(answer.keyFigures())
        .extracting(KeyFigure::label)
        .containsExactly("Latin America", "Central Europe");
    assertThat(answer.notes())
        .contains(
            "No data for India: ratebot covers North America, Latin America, Western Europe and"
                + " Central Europe. It is left out of the comparison.");
  }

  @Test
  void nothingLeftToCompareIsAProblem() {
    assertThat(compare("senior python latam vs india"))
        .isEqualTo(
            Problem.user(
                "No data for India: ratebot covers North America, Latin America, Western Europe"
                    + " and Central Europe. That leaves nothing to compare Latin America with.",
                java.util.List.of()));
    assertThat(compare("compare senior python latam"))
        .isEqualTo(Problem.user(CompareAnswer.HOW_TO_ASK, java.util.List.of()));
  }

  @Test
  void withoutALevelTheStatedRangesAreComparedAndSaidToBeStated() {
    Answer answer = (Answer) compare("latam vs cee");

    // Stated: Latin America $45–65 (55), Central Europe $35–65 (50); 50 ÷ 55 − 1 = −9.1%.
    assertThat(answer.keyFigures())
        .extracting(KeyFigure::basis, KeyFigure::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Basis.OBSERVED, "the baseline; average range, all levels"),
            org.assertj.core.groups.Tuple.tuple(
                Basis.OBSERVED, "9% below Latin America, at the midpoint"));
    assertThat(answer.notes())
        .last()
        .asString()
        .endsWith("both are ranges the same source states.");
  }

  @Test
  void aTechnologyWithoutALevelIsSaidNotToApplyToTheStatedRanges() {
    Answer answer = (Answer) compare("node latam or poland?");

    assertThat(answer.notes())
        .contains(
            "Without a level these are the stated ranges for all levels and technologies;"
                + " Node.js's factor applies to a level's estimate (name a level to see it).");
  }

  @Test
  void quantitiesNotUsedAreNoted() {
    Answer answer = (Answer) compare("2 senior python latam vs cee 6 months");

    assertThat(answer.notes())
        .contains("Not used: 2 people, 6 months (a team's cost: start with 'budget').");
  }

  private Reply compare(String text) {
    SubCommand command = (SubCommand) Bundled.parser().parse(text);
    return estimator.compare(command.query().orElseThrow());
  }

  @Test
  void levelsComparedInOneRegionAreEstimatesWithTheLowerAsBaseline() {
    assertThat(AnswerLines.of((Answer) compare("compare latam mid vs senior")))
        .containsExactly(
            "Backend developer · Latin America · Mid vs Senior",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Mid: $50–59/h (estimate) — the baseline; mid placed in region range",
            "Senior: $60–70/h (estimate) — 19% above Mid, at the midpoint",
            "# Latin America contract rates by level (estimates) [bars to 95]",
            "> Mid $50–59/h · top $95/h (estimate)",
            "- Senior $60–70/h · top $95/h (estimate)",
            "Note: Level rows are estimates: each level placed within the region's all-level range by where its salary sits among the levels. Method: docs/METHOD.md.",
            "Note: Mid is the cheaper of the two, about 16% below Senior at the midpoint; both are estimates from the same source.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Latin America",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior");
  }

  @Test
  void threeRegionsNameTheCheapestAndSayWhichRowsMoved() {
    assertThat(AnswerLines.of((Answer) compare("compare entry latam vs cee vs weu")))
        .containsExactly(
            "Entry backend developer · Latin America vs Central Europe vs Western Europe",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Latin America: $45–53/h (estimate) — the baseline; entry placed in region range",
            "Central Europe: $35–41/h (estimate) — 22% below Latin America, at the midpoint",
            "Western Europe: $65–76/h (estimate) — 44% above Latin America, at the midpoint",
            "# Entry, contract rates compared (estimates) [bars to 140]",
            "> Latin America $45–53/h · top $95/h (estimate)",
            "- Central Europe $35–41/h · top $85/h (estimate)",
            "- Western Europe $65–76/h · top $140/h (estimate)",
            "Note: Rows moved whole to stay between the region's stated low end and its top end: Latin America, Central Europe, Western Europe.",
            "Note: Rows are estimates: each level placed within the region's all-level range by where its salary sits among the levels. Method: docs/METHOD.md.",
            "Note: Central Europe is the cheapest of the three, about 46% below Western Europe at the midpoint; all are estimates from the same source.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Latin America, Central Europe, Western Europe",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior");
  }

  @Test
  void aTechnologyWithoutALevelIsComparedOnTheStatedRangesAndSaysSo() {
    assertThat(AnswerLines.of((Answer) compare("compare python latam vs cee")))
        .containsExactly(
            "Python backend developer · Latin America vs Central Europe",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Latin America: $45–65/h (source) — the baseline; average range, all levels",
            "Central Europe: $35–65/h (source) — 9% below Latin America, at the midpoint",
            "# Python, contract rates compared [bars to 95]",
            "> Latin America $45–65/h · top $95/h (source)",
            "- Central Europe $35–65/h · top $85/h (source)",
            "Note: Without a level these are the stated ranges for all levels and technologies; Python's factor applies to a level's estimate (name a level to see it).",
            "Note: Central Europe is the cheaper of the two, about 9% below Latin America at the midpoint; both are ranges the same source states.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Latin America, Central Europe");
  }

  @Test
  void aPlaceWithoutDataIsLeftOutAndEqualMidpointsAreATie() {
    assertThat(AnswerLines.of((Answer) compare("compare senior python latam vs cee vs india")))
        .containsExactly(
            "Senior Python backend developer · Latin America vs Central Europe",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Latin America: $61–74/h (estimate) — the baseline; senior placed in region range; Python × 1.04",
            "Central Europe: $61–74/h (estimate) — same as Latin America, at the midpoint",
            "# Senior Python, contract rates compared (estimates) [bars to 95]",
            "> Latin America $61–74/h · top $95/h (estimate)",
            "- Central Europe $61–74/h · top $85/h (estimate)",
            "Note: No data for India: ratebot covers North America, Latin America, Western Europe and Central Europe. It is left out of the comparison.",
            "Note: Rows are estimates: each level placed within the region's all-level range by where its salary sits among the levels, × Python's factor at that level. Method: docs/METHOD.md.",
            "Note: Latin America and Central Europe cost the same at the midpoint; both are estimates from the same source.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Latin America, Central Europe",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior",
            "Source: Payscale (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by technology (salaries): Senior Python, Senior Node.js, Senior Ruby on Rails, Senior Laravel");
  }
}
