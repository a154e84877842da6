package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult.SubCommand;
import dev.ratebot.core.query.Query;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Row;
import dev.ratebot.testing.AnswerLines;
import dev.ratebot.testing.Bundled;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic of a ranking, checked by hand from config/rates.json with docs/METHOD.md.
 *
 * <p>Mid Python (see {@link CompareAnswerTest} for the steps): Central Europe $47–55/h (midpoint
 * 51), Latin America $52–61/h (56.5), Western Europe $82–96/h (89), and North America: centre 85 +
 * 0.4583 × 25 = 96.46, × 1.0423 = 100.53; × 0.9189 = 92.38 and × 1.0811 = 108.69, shown $92–109/h
 * (100.5), the dearest. Savings against it: 1 − 51 ÷ 100.5 = 49.3%; 1 − 56.5 ÷ 100.5 = 43.8%; 1 −
 * 89 ÷ 100.5 = 11.4%.
 *
 * <p>All levels, the stated ranges: Central Europe $35–65 (50), Latin America $45–65 (55), Western
 * Europe $65–110 (87.5), North America $85–110 (97.5); savings 48.7%, 43.6%, 10.3%.
 */
class RankAnswerTest {
  private final Estimator estimator =
      new Estimator(Bundled.dataset(), EstimateSettings.defaults().withClock(EstimatorTest.TODAY));

  @Test
  void regionsCheapestFirstWithTheirSavingAgainstTheDearest() {
    Answer answer = (Answer) estimator.rank(query("cheapest mid python"));

    assertThat(answer.title()).isEqualTo("Mid Python backend developer · regions, cheapest first");
    assertThat(answer.keyFigures())
        .extracting(KeyFigure::label, KeyFigure::value, KeyFigure::detail)
        .containsExactly(
            Tuple.tuple("1. Central Europe", "$47–55/h", "saves 49% against North America"),
            Tuple.tuple("2. Latin America", "$52–61/h", "saves 44% against North America"),
            Tuple.tuple("3. Western Europe", "$82–96/h", "saves 11% against North America"),
            Tuple.tuple("4. North America", "$92–109/h", "the dearest: the reference"));
    assertThat(answer.notes())
        .contains(
            "Savings are against North America, the dearest region here, at the midpoints of the"
                + " ranges shown.")
        .last()
        .isEqualTo(
            "Central Europe is the cheapest, about 49% below North America at the midpoint; all"
                + " are estimates from the same source.");
    assertThat(answer.query()).isEqualTo("rank mid python");
  }

  @Test
  void aTieKeepsTheDatasetOrderAndIsSaid() {
    Answer answer = (Answer) estimator.rank(query("rank senior python"));

    // Latin America and Central Europe both $61–74/h (67.5); North America and Western Europe
    // both $102–126/h (114): 1 − 67.5 ÷ 114 = 40.8%.
    assertThat(answer.keyFigures())
        .extracting(KeyFigure::label, KeyFigure::detail)
        .containsExactly(
            Tuple.tuple("1. Latin America", "saves 41% against North America"),
            Tuple.tuple("2. Central Europe", "saves 41% against North America"),
            Tuple.tuple("3. North America", "the dearest: the reference"),
            Tuple.tuple("4. Western Europe", "same as North America"));
    assertThat(answer.notes())
        .last()
        .asString()
        .startsWith("Latin America is the cheapest (tied with Central Europe)");
  }

  @Test
  void withoutALevelTheStatedRangesAreRanked() {
    Answer answer = (Answer) estimator.rank(Query.EMPTY);

    assertThat(answer.keyFigures())
        .extracting(KeyFigure::value, KeyFigure::detail)
        .containsExactly(
            Tuple.tuple("$35–65/h", "saves 49% against North America"),
            Tuple.tuple("$45–65/h", "saves 44% against North America"),
            Tuple.tuple("$65–110/h", "saves 10% against North America"),
            Tuple.tuple("$85–110/h", "the dearest: the reference"));
  }

  @Test
  void aRegionNamedIsHighlighted() {
    Answer answer = (Answer) estimator.rank(query("rank mid python latam"));

    assertThat(answer.table().rows())
        .filteredOn(Row::highlighted)
        .extracting(Row::label)
        .containsExactly("2. Latin America");
  }

  @Test
  void everyLevelAndTechnologyIsRankedCheapestFirstAgainstTheDearest() {
    RankAnswer rank =
        new RankAnswer(AnswerParts.of(Bundled.dataset(), EstimateSettings.defaults()));
    for (String level : new String[] {"", "entry ", "mid ", "senior "}) {
      for (String technology : new String[] {"", "python", "node", "rails", "laravel", "java"}) {
        String text = ("rank " + level + technology).strip();
        java.util.List<Side> ranked =
            rank.ranked(((SubCommand) Bundled.parser().parse(text)).query().orElse(Query.EMPTY));
        Side reference = RankAnswer.reference(ranked);

        assertThat(ranked).as(level + technology).hasSize(4);
        for (int i = 1; i < ranked.size(); i++) {
          assertThat(ranked.get(i).midpoint()).isGreaterThanOrEqualTo(ranked.get(i - 1).midpoint());
        }
        assertThat(reference.midpoint()).isEqualTo(ranked.get(3).midpoint());
        assertThat(reference.label()).isEqualTo("North America");
      }
    }
  }

  private static Query query(String text) {
    return ((SubCommand) Bundled.parser().parse(text)).query().orElseThrow();
  }

  @Test
  void theAskedRegionIsHighlightedInTheRanking() {
    assertThat(AnswerLines.of(rank("rank python latam")))
        .containsExactly(
            "Python backend developer · regions, cheapest first",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "1. Central Europe: $35–65/h (source) — saves 49% against North America",
            "2. Latin America: $45–65/h (source) — saves 44% against North America",
            "3. Western Europe: $65–110/h (source) — saves 10% against North America",
            "4. North America: $85–110/h (source) — the dearest: the reference",
            "# Python, contract rates by region, cheapest first [bars to 170]",
            "- 1. Central Europe $35–65/h · top $85/h (source)",
            "> 2. Latin America $45–65/h · top $95/h (source)",
            "- 3. Western Europe $65–110/h · top $140/h (source)",
            "- 4. North America $85–110/h · top $170/h (source)",
            "Note: Savings are against North America, the dearest region here, at the midpoints of the ranges shown.",
            "Note: Without a level these are the stated ranges for all levels and technologies; Python's factor applies to a level's estimate (name a level to see it).",
            "Note: Central Europe is the cheapest, about 49% below North America at the midpoint; all are ranges the same source states.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Central Europe, Latin America, Western Europe, North America");
  }

  @Test
  void aRegionNamedAfterVsIsHighlightedToo() {
    assertThat(AnswerLines.of(rank("rank senior python vs cee")))
        .containsExactly(
            "Senior Python backend developer · regions, cheapest first",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "1. Latin America: $61–74/h (estimate) — saves 41% against North America",
            "2. Central Europe: $61–74/h (estimate) — saves 41% against North America",
            "3. North America: $102–126/h (estimate) — the dearest: the reference",
            "4. Western Europe: $102–126/h (estimate) — same as North America",
            "# Senior Python, contract rates by region, cheapest first (estimates) [bars to 170]",
            "- 1. Latin America $61–74/h · top $95/h (estimate)",
            "> 2. Central Europe $61–74/h · top $85/h (estimate)",
            "- 3. North America $102–126/h · top $170/h (estimate)",
            "- 4. Western Europe $102–126/h · top $140/h (estimate)",
            "Note: Savings are against North America, the dearest region here, at the midpoints of the ranges shown.",
            "Note: Rows are estimates: each level placed within the region's all-level range by where its salary sits among the levels, × Python's factor at that level. Method: docs/METHOD.md.",
            "Note: Latin America is the cheapest (tied with Central Europe), about 41% below North America at the midpoint; all are estimates from the same source.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Latin America, Central Europe, North America, Western Europe",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior",
            "Source: Payscale (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by technology (salaries): Senior Python, Senior Node.js, Senior Ruby on Rails, Senior Laravel");
  }

  private Answer rank(String text) {
    return (Answer) estimator.rank(query(text));
  }
}
