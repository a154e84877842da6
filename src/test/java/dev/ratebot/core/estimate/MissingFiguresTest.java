package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult;
import dev.ratebot.core.query.QueryParser;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.testing.AnswerLines;
import dev.ratebot.testing.Bundled;
import dev.ratebot.testing.Datasets;
import org.junit.jupiter.api.Test;

/**
 * Answers when the dataset lacks a figure: the bundled figures without Central Europe's hourly
 * rates and without the Senior Laravel salary ({@link Datasets#withGaps()}).
 */
class MissingFiguresTest {
  private final RateDataset dataset = Datasets.withGaps();
  private final QueryParser parser = Bundled.parser(dataset);
  private final Estimator estimator =
      new Estimator(dataset, EstimateSettings.defaults().withClock(EstimatorTest.TODAY));

  @Test
  void aRegionWithoutContractRatesSaysSo() {
    assertThat(AnswerLines.of(estimate("cee")))
        .containsExactly(
            "Backend developer · Central Europe",
            "(2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale, Glassdoor, ProCoders (vendor's own rates) and US salary data linked in the article (not named in its text); no sample sizes)",
            "Note: The dataset has no contract rates for Central Europe.");
  }

  @Test
  void aTechnologyWithoutAFigureAtTheLevelUsesFactorOneAndSaysSo() {
    assertThat(AnswerLines.of(estimate("senior laravel latam")))
        .containsExactly(
            "Senior Laravel backend developer · Latin America",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Contract rate: $60–70/h (estimate) — senior placed in region range; Laravel factor 1 (no figures)",
            "Top-end contract rate: $95/h (source) — Latin America, all levels; Payscale, Glassdoor",
            "Full-time month cost: $10,400–12,130/mo (equivalent) — year cost ÷ 12, to the nearest $10",
            "Full-time year cost: $124,800–145,600/yr (equivalent) — at this rate × 2,080 h, exact",
            "Compared: 41% below North America (estimate) — midpoints of the ranges shown",
            "# Senior Laravel, contract rates by region (estimates) [bars to 170]",
            "- North America $101–119/h · top $170/h (estimate)",
            "> Latin America $60–70/h · top $95/h (estimate)",
            "- Western Europe $101–119/h · top $140/h (estimate)",
            "Note: Estimate: Senior sits 100% up the salary ladder (United States), so it is centred that far up Latin America's all-level $45–65/h, at $65.00/h; no Laravel figures at this level, so technology factor 1; ±8.3%, its salary range's spread. Method: docs/METHOD.md.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Latin America, North America, Western Europe",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior");
  }

  @Test
  void aLevelWithoutTheTechnologysSalaryShowsTheAllTechnologySalaryAndSaysSo() {
    assertThat(AnswerLines.of(estimate("senior laravel")))
        .containsExactly(
            "Senior Laravel backend developer",
            "(Salaries and contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing US salary data linked in the article (not named in its text), Payscale and Glassdoor; no sample sizes)",
            "Salary: $110,000–130,000/yr (source) — United States; US salary data linked in the article (not named in its text)",
            "Salary per hour: $53–63/h (equivalent) — salary ÷ 2,080 h, to $1",
            "# Senior Laravel, contract rates by region (estimates) [bars to 170]",
            "- North America $101–119/h · top $170/h (estimate)",
            "- Latin America $60–70/h · top $95/h (estimate)",
            "- Western Europe $101–119/h · top $140/h (estimate)",
            "Note: No Senior Laravel salary in the dataset: showing the all-technology salary.",
            "Note: Region rows are estimates: each level placed within the region's all-level range by where its salary sits among the levels, × Laravel's factor at that level. Method: docs/METHOD.md.",
            "Note: Why rates and salaries differ: a contract rate is what a client pays, including the vendor's or contractor's overheads and margin; a salary is what an employee is paid.",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Senior, Entry, Mid",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): North America, Latin America, Western Europe");
  }

  @Test
  void aComparedRegionWithoutContractRatesIsLeftOutAndNamed() {
    assertThat(AnswerLines.of(compare("compare latam vs cee vs weu")))
        .containsExactly(
            "Backend developer · Latin America vs Western Europe",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Latin America: $45–65/h (source) — the baseline; average range, all levels",
            "Western Europe: $65–110/h (source) — 59% above Latin America, at the midpoint",
            "# All levels, contract rates compared [bars to 140]",
            "> Latin America $45–65/h · top $95/h (source)",
            "- Western Europe $65–110/h · top $140/h (source)",
            "Note: The dataset has no contract rates for Central Europe.",
            "Note: Latin America is the cheaper of the two, about 37% below Western Europe at the midpoint; both are ranges the same source states.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Latin America, Western Europe");
  }

  private Answer estimate(String text) {
    return estimator.estimate(((ParseResult.Ask) parser.parse(text)).query());
  }

  private Answer compare(String text) {
    return (Answer)
        estimator.compare(((ParseResult.SubCommand) parser.parse(text)).query().orElseThrow());
  }
}
