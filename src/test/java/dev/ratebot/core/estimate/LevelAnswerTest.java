package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.testing.AnswerLines;
import dev.ratebot.testing.Bundled;
import org.junit.jupiter.api.Test;

/** Whole answers to a question naming a level and no region. */
class LevelAnswerTest {
  private final Estimator estimator =
      new Estimator(Bundled.dataset(), EstimateSettings.defaults().withClock(EstimatorTest.TODAY));

  @Test
  void aLevelAloneIsItsUsSalaryAndARateInEveryRegion() {
    assertThat(AnswerLines.of(estimate("senior")))
        .containsExactly(
            "Senior backend developer",
            "(Salaries and contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing US salary data linked in the article (not named in its text), Payscale and Glassdoor; no sample sizes)",
            "Salary: $110,000–130,000/yr (source) — United States; US salary data linked in the article (not named in its text)",
            "Salary per hour: $53–63/h (equivalent) — salary ÷ 2,080 h, to $1",
            "# Senior, contract rates by region (estimates) [bars to 170]",
            "- North America $101–119/h · top $170/h (estimate)",
            "- Latin America $60–70/h · top $95/h (estimate)",
            "- Western Europe $101–119/h · top $140/h (estimate)",
            "- Central Europe $60–70/h · top $85/h (estimate)",
            "Note: Region rows are estimates: each level placed within the region's all-level range by where its salary sits among the levels. Method: docs/METHOD.md.",
            "Note: Why rates and salaries differ: a contract rate is what a client pays, including the vendor's or contractor's overheads and margin; a salary is what an employee is paid.",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Senior, Entry, Mid",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): North America, Latin America, Western Europe, Central Europe");
  }

  @Test
  void aLevelAndTechnologyIsThatTechnologysSalaryAndItsRateInEveryRegion() {
    assertThat(AnswerLines.of(estimate("senior python")))
        .containsExactly(
            "Senior Python backend developer",
            "(Salaries and contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Salary: $110,000–135,000/yr (source) — United States; Payscale",
            "Salary per hour: $53–65/h (equivalent) — salary ÷ 2,080 h, to $1",
            "# Senior Python, contract rates by region (estimates) [bars to 170]",
            "- North America $102–126/h · top $170/h (estimate)",
            "- Latin America $61–74/h · top $95/h (estimate)",
            "- Western Europe $102–126/h · top $140/h (estimate)",
            "- Central Europe $61–74/h · top $85/h (estimate)",
            "Note: Region rows are estimates: each level placed within the region's all-level range by where its salary sits among the levels, × Python's factor at that level. Method: docs/METHOD.md.",
            "Note: Why rates and salaries differ: a contract rate is what a client pays, including the vendor's or contractor's overheads and margin; a salary is what an employee is paid.",
            "Source: Payscale (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by technology (salaries): Senior Python, Senior Node.js, Senior Ruby on Rails, Senior Laravel",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): North America, Latin America, Western Europe, Central Europe",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior");
  }

  private Answer estimate(String text) {
    return estimator.estimate(((ParseResult.Ask) Bundled.parser().parse(text)).query());
  }
}
