package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.testing.AnswerLines;
import dev.ratebot.testing.Bundled;
import org.junit.jupiter.api.Test;

/** The answer to a question naming no level, technology or region. */
class OverviewAnswerTest {
  private final Estimator estimator =
      new Estimator(Bundled.dataset(), EstimateSettings.defaults().withClock(EstimatorTest.TODAY));

  @Test
  void noTermsShowEveryRegionsStatedRangeAndHowToAskForMore() {
    assertThat(AnswerLines.of(estimate("rates")))
        .containsExactly(
            "Backend developer rates by region",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "# All levels, contract rates by region [bars to 170]",
            "- North America $85–110/h · top $170/h (source)",
            "- Latin America $45–65/h · top $95/h (source)",
            "- Western Europe $65–110/h · top $140/h (source)",
            "- Central Europe $35–65/h · top $85/h (source)",
            "Note: Name a level, technology or region (or a country) for more, e.g. senior python latam.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): North America, Latin America, Western Europe, Central Europe");
  }

  private Answer estimate(String text) {
    return estimator.estimate(((ParseResult.Ask) Bundled.parser().parse(text)).query());
  }
}
