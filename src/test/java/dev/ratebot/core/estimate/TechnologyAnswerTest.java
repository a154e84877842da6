package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.testing.AnswerLines;
import dev.ratebot.testing.Bundled;
import org.junit.jupiter.api.Test;

/** Whole answers to a question naming only a technology. */
class TechnologyAnswerTest {
  private final Estimator estimator =
      new Estimator(Bundled.dataset(), EstimateSettings.defaults().withClock(EstimatorTest.TODAY));

  @Test
  void aTechnologyAloneIsItsSalaryAtEveryLevelAndHowToAskForARate() {
    assertThat(AnswerLines.of(estimate("python")))
        .containsExactly(
            "Python backend developer",
            "(Salaries · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale; no sample sizes)",
            "Salary: $62,000–135,000/yr (source) — entry to senior; United States; Payscale",
            "# Python, salaries by level (United States) [bars to 135000]",
            "- Entry $62,000–72,000/yr (source)",
            "- Mid $85,000–100,000/yr (source)",
            "- Senior $110,000–135,000/yr (source)",
            "Note: Add a level and a region for a contract rate, e.g. senior python latam.",
            "Source: Payscale (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by technology (salaries): Entry Python, Mid Python, Senior Python");
  }

  @Test
  void eachTechnologyHasItsOwnLadder() {
    assertThat(AnswerLines.of(estimate("laravel")))
        .containsExactly(
            "Laravel backend developer",
            "(Salaries · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale; no sample sizes)",
            "Salary: $55,000–120,000/yr (source) — entry to senior; United States; Payscale",
            "# Laravel, salaries by level (United States) [bars to 120000]",
            "- Entry $55,000–65,000/yr (source)",
            "- Mid $75,000–90,000/yr (source)",
            "- Senior $100,000–120,000/yr (source)",
            "Note: Add a level and a region for a contract rate, e.g. senior laravel latam.",
            "Source: Payscale (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by technology (salaries): Entry Laravel, Mid Laravel, Senior Laravel");
  }

  private Answer estimate(String text) {
    return estimator.estimate(((ParseResult.Ask) Bundled.parser().parse(text)).query());
  }
}
