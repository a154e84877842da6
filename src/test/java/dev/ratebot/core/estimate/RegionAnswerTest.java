package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.testing.AnswerLines;
import dev.ratebot.testing.Bundled;
import org.junit.jupiter.api.Test;

/** Whole answers to a question naming a region, as the bundled article gives them. */
class RegionAnswerTest {
  private final Estimator estimator =
      new Estimator(Bundled.dataset(), EstimateSettings.defaults().withClock(EstimatorTest.TODAY));

  @Test
  void aRegionAloneShowsItsStatedRangeVendorPricesAndEveryLevelEstimated() {
    assertThat(AnswerLines.of(estimate("cee")))
        .containsExactly(
            "Backend developer · Central Europe",
            "(Contract rates (ratebot's reading) and vendor's prices · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale, Glassdoor and ProCoders (vendor's own rates); no sample sizes)",
            "Contract rate: $35–65/h (source) — average range; Central Europe, all levels; Payscale, Glassdoor",
            "Top-end contract rate: $85/h (source) — Central Europe, all levels; Payscale, Glassdoor",
            "Full-time month cost: $6,070–11,270/mo (equivalent) — year cost ÷ 12, to the nearest $10",
            "Full-time year cost: $72,800–135,200/yr (equivalent) — at this rate × 2,080 h, exact",
            "Compared: 49% below North America (estimate) — midpoints of the ranges shown",
            "Vendor's prices: entry $35/h · mid $40/h · senior $60+/h (source) — ProCoders (vendor's own rates). A vendor's price list for its own developers, not a market survey.",
            "# Central Europe contract rates by level (estimates) [bars to 85]",
            "- Entry $35–41/h (estimate)",
            "- Mid $45–53/h (estimate)",
            "- Senior $60–70/h (estimate)",
            "Note: Rows moved whole to stay between the region's stated low end and its top end: Entry.",
            "Note: Level rows are estimates: each level placed within the region's all-level range by where its salary sits among the levels. Method: docs/METHOD.md.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Central Europe",
            "Source: ProCoders (vendor's own rates) (2023) via ProCoders, “Backend Developer Salary in 2023”, ProCoders' own Central Europe rates (vendor's prices): Entry Central Europe, Mid Central Europe, Senior Central Europe",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior");
  }

  @Test
  void aTechnologyWithoutALevelKeepsTheStatedHeadlineAndAppliesItsFactorToTheRows() {
    assertThat(AnswerLines.of(estimate("python latam")))
        .containsExactly(
            "Python backend developer · Latin America",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Contract rate: $45–65/h (source) — average range; Latin America, all levels; Payscale, Glassdoor",
            "Top-end contract rate: $95/h (source) — Latin America, all levels; Payscale, Glassdoor",
            "Full-time month cost: $7,800–11,270/mo (equivalent) — year cost ÷ 12, to the nearest $10",
            "Full-time year cost: $93,600–135,200/yr (equivalent) — at this rate × 2,080 h, exact",
            "Compared: 44% below North America (estimate) — midpoints of the ranges shown",
            "# Python, Latin America contract rates by level (estimates) [bars to 95]",
            "- Entry $45–52/h (estimate)",
            "- Mid $52–61/h (estimate)",
            "- Senior $61–74/h (estimate)",
            "Note: The headline is the stated range for all levels and technologies; the rows below apply Python's factor.",
            "Note: Rows moved whole to stay between the region's stated low end and its top end: Entry.",
            "Note: Level rows are estimates: each level placed within the region's all-level range by where its salary sits among the levels, × Python's factor at that level. Method: docs/METHOD.md.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Latin America",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior",
            "Source: Payscale (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by technology (salaries): Entry Python, Entry Node.js, Entry Ruby on Rails, Entry Laravel, Mid Python, Mid Node.js, Mid Ruby on Rails, Mid Laravel, Senior Python, Senior Node.js, Senior Ruby on Rails, Senior Laravel");
  }

  @Test
  void aLevelInARegionIsEstimatedAndComparedWithEveryRegion() {
    assertThat(AnswerLines.of(estimate("senior cee")))
        .containsExactly(
            "Senior backend developer · Central Europe",
            "(Contract rates (ratebot's reading) and vendor's prices · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale, Glassdoor and ProCoders (vendor's own rates); no sample sizes)",
            "Contract rate: $60–70/h (estimate) — senior placed in region range",
            "Top-end contract rate: $85/h (source) — Central Europe, all levels; Payscale, Glassdoor",
            "Full-time month cost: $10,400–12,130/mo (equivalent) — year cost ÷ 12, to the nearest $10",
            "Full-time year cost: $124,800–145,600/yr (equivalent) — at this rate × 2,080 h, exact",
            "Compared: 41% below North America (estimate) — midpoints of the ranges shown",
            "Vendor's price: $60+/h (source) — ProCoders (vendor's own rates). A vendor's price list for its own developers, not a market survey.",
            "# Senior, contract rates by region (estimates) [bars to 170]",
            "- North America $101–119/h · top $170/h (estimate)",
            "- Latin America $60–70/h · top $95/h (estimate)",
            "- Western Europe $101–119/h · top $140/h (estimate)",
            "> Central Europe $60–70/h · top $85/h (estimate)",
            "Note: Estimate: Senior sits 100% up the salary ladder (United States), so it is centred that far up Central Europe's all-level $35–65/h, at $65.00/h; ±8.3%, its salary range's spread. Method: docs/METHOD.md.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Central Europe, North America, Latin America, Western Europe",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior",
            "Source: ProCoders (vendor's own rates) (2023) via ProCoders, “Backend Developer Salary in 2023”, ProCoders' own Central Europe rates (vendor's prices): Senior Central Europe");
  }

  @Test
  void aLevelTechnologyAndRegionSayHowTheEstimateWasMade() {
    assertThat(AnswerLines.of(estimate("senior python latam")))
        .containsExactly(
            "Senior Python backend developer · Latin America",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Contract rate: $61–74/h (estimate) — senior placed in region range; Python × 1.04",
            "Top-end contract rate: $95/h (source) — Latin America, all levels; Payscale, Glassdoor",
            "Full-time month cost: $10,570–12,830/mo (equivalent) — year cost ÷ 12, to the nearest $10",
            "Full-time year cost: $126,880–153,920/yr (equivalent) — at this rate × 2,080 h, exact",
            "Compared: 41% below North America (estimate) — midpoints of the ranges shown",
            "# Senior Python, contract rates by region (estimates) [bars to 170]",
            "- North America $102–126/h · top $170/h (estimate)",
            "> Latin America $61–74/h · top $95/h (estimate)",
            "- Western Europe $102–126/h · top $140/h (estimate)",
            "- Central Europe $61–74/h · top $85/h (estimate)",
            "Note: Estimate: Senior sits 100% up the salary ladder (United States), so it is centred that far up Latin America's all-level $45–65/h, at $65.00/h; × 1.04 for Python (its salary ÷ the 4 technologies' mean at this level); ±10.2%, its salary range's spread. Method: docs/METHOD.md.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Latin America, North America, Western Europe, Central Europe",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior",
            "Source: Payscale (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by technology (salaries): Senior Python, Senior Node.js, Senior Ruby on Rails, Senior Laravel");
  }

  @Test
  void aTechnologyWithoutDataIsSaidAndFactorOneUsed() {
    assertThat(AnswerLines.of(estimate("go latam")))
        .containsExactly(
            "Go backend developer · Latin America",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Contract rate: $45–65/h (source) — average range; Latin America, all levels; Payscale, Glassdoor",
            "Top-end contract rate: $95/h (source) — Latin America, all levels; Payscale, Glassdoor",
            "Full-time month cost: $7,800–11,270/mo (equivalent) — year cost ÷ 12, to the nearest $10",
            "Full-time year cost: $93,600–135,200/yr (equivalent) — at this rate × 2,080 h, exact",
            "Compared: 44% below North America (estimate) — midpoints of the ranges shown",
            "# Latin America contract rates by level (estimates) [bars to 95]",
            "- Entry $45–53/h (estimate)",
            "- Mid $50–59/h (estimate)",
            "- Senior $60–70/h (estimate)",
            "Note: No Go-specific figures in the dataset: showing all-technology figures (technology factor 1).",
            "Note: Rows moved whole to stay between the region's stated low end and its top end: Entry.",
            "Note: Level rows are estimates: each level placed within the region's all-level range by where its salary sits among the levels. Method: docs/METHOD.md.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Latin America",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior");
  }

  private Answer estimate(String text) {
    return estimator.estimate(((ParseResult.Ask) Bundled.parser().parse(text)).query());
  }
}
