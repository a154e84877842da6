package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.testing.AnswerLines;
import dev.ratebot.testing.Bundled;
import org.junit.jupiter.api.Test;

/** Whole budget answers as a reader sees them, from the bundled article. */
class BudgetReplyTest {
  @Test
  void aYearOfThreePeopleInTheCheapestRegionIsSetAgainstTheDearest() {
    assertThat(AnswerLines.of(answer("budget 3 mid devs cee for a year")))
        .containsExactly(
            "Budget · 3 × Mid · Central Europe · 1 year",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Team cost, 1 year: $280,800–330,720 (estimate) — 3 × $45–53/h × 2,080 h",
            "Hours per person: 2,080 h (equivalent) — 1 × 2,080 h, from 2,080 h a year",
            "Same team in North America: $549,120–655,200 (estimate) — the dearest region here",
            "Saving: 49% against North America (estimate) — at the midpoints: $296,400",
            "# Team cost by region, 1 year (estimates) [bars to 655200]",
            "- North America $549,120–655,200 (estimate)",
            "- Latin America $312,000–368,160 (estimate)",
            "- Western Europe $486,720–580,320 (estimate)",
            "> Central Europe $280,800–330,720 (estimate)",
            "Note: Hours: 2,080 h a year (40 h × 52 weeks, the usual full-time year; no leave or holidays deducted), so 1 year is 2,080 h per person. Totals use the hourly rates as shown, to the nearest $10.",
            "Note: Contract rates only: what a client pays per hour, the contractor's or vendor's overheads and margin included; no salaries or employer costs are used.",
            "Note: Rates are estimates: each level placed within the region's all-level range by where its salary sits among the levels. Method: docs/METHOD.md.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Central Europe, North America, Latin America, Western Europe",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior");
  }

  @Test
  void aMixedTeamSaysEachGroupsCostAndThatAGroupWithoutACountIsOnePerson() {
    assertThat(AnswerLines.of(answer("budget senior python + 2 mid node latam 3 months")))
        .containsExactly(
            "Budget · 1 × Senior Python + 2 × Mid Node.js · Latin America · 3 months",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Team cost, 3 months: $85,800–101,920 (estimate) — the sum of 2 groups, below",
            "Hours per person: 520 h (equivalent) — 3 × 173.3 h, from 2,080 h a year",
            "Same team in North America: $148,720–178,880 (estimate) — the dearest region here",
            "Saving: 43% against North America (estimate) — at the midpoints: $69,940",
            "# Team cost by region, 3 months (estimates) [bars to 178880]",
            "- North America $148,720–178,880 (estimate)",
            "> Latin America $85,800–101,920 (estimate)",
            "- Western Europe $138,320–165,360 (estimate)",
            "- Central Europe $80,600–95,680 (estimate)",
            "Note: No head count for Senior Python: one person; add one, e.g. '3 senior python'.",
            "Note: 1 × Senior Python, Latin America: $61–74/h × 520 h = $31,720–38,480.",
            "Note: 2 × Mid Node.js, Latin America: $52–61/h × 520 h = $54,080–63,440.",
            "Note: Hours: 2,080 h a year (40 h × 52 weeks, the usual full-time year; no leave or holidays deducted), so 3 months is 520 h per person. Totals use the hourly rates as shown, to the nearest $10.",
            "Note: Contract rates only: what a client pays per hour, the contractor's or vendor's overheads and margin included; no salaries or employer costs are used.",
            "Note: Rates are estimates: each level placed within the region's all-level range by where its salary sits among the levels. Method: docs/METHOD.md.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Latin America, North America, Western Europe, Central Europe",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior",
            "Source: Payscale (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by technology (salaries): Senior Python, Senior Node.js, Senior Ruby on Rails, Senior Laravel, Mid Node.js, Mid Ruby on Rails, Mid Laravel, Mid Python");
  }

  @Test
  void withoutARegionTheCheapestAndDearestRegionsAreTheFigures() {
    assertThat(AnswerLines.of(answer("budget 2 senior python 6 months")))
        .containsExactly(
            "Budget · 2 × Senior Python · every region · 6 months",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Cheapest: Latin America: $126,880–153,920 (estimate) — team cost, 6 months",
            "Dearest: North America: $212,160–262,080 (estimate) — team cost, 6 months",
            "Hours per person: 1,040 h (equivalent) — 6 × 173.3 h, from 2,080 h a year",
            "# Team cost by region, 6 months (estimates) [bars to 262080]",
            "- North America $212,160–262,080 (estimate)",
            "- Latin America $126,880–153,920 (estimate)",
            "- Western Europe $212,160–262,080 (estimate)",
            "- Central Europe $126,880–153,920 (estimate)",
            "Note: No region named: the team's cost in every region; name one to cost it there.",
            "Note: Hours: 2,080 h a year (40 h × 52 weeks, the usual full-time year; no leave or holidays deducted), so 6 months is 1,040 h per person. Totals use the hourly rates as shown, to the nearest $10.",
            "Note: Contract rates only: what a client pays per hour, the contractor's or vendor's overheads and margin included; no salaries or employer costs are used.",
            "Note: Rates are estimates: each level placed within the region's all-level range by where its salary sits among the levels, × Python's factor at that level. Method: docs/METHOD.md.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Latin America, North America, Western Europe, Central Europe",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior",
            "Source: Payscale (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by technology (salaries): Senior Python, Senior Node.js, Senior Ruby on Rails, Senior Laravel");
  }

  @Test
  void inTheDearestRegionTheSavingIsInTheCheapest() {
    assertThat(AnswerLines.of(answer("budget 2 senior python na 6 months")))
        .containsExactly(
            "Budget · 2 × Senior Python · North America · 6 months",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Team cost, 6 months: $212,160–262,080 (estimate) — 2 × $102–126/h × 1,040 h",
            "Hours per person: 1,040 h (equivalent) — 6 × 173.3 h, from 2,080 h a year",
            "Same team in Latin America: $126,880–153,920 (estimate) — the cheapest region here",
            "Saving: 41% less in Latin America (estimate) — at the midpoints: $96,720",
            "# Team cost by region, 6 months (estimates) [bars to 262080]",
            "> North America $212,160–262,080 (estimate)",
            "- Latin America $126,880–153,920 (estimate)",
            "- Western Europe $212,160–262,080 (estimate)",
            "- Central Europe $126,880–153,920 (estimate)",
            "Note: Hours: 2,080 h a year (40 h × 52 weeks, the usual full-time year; no leave or holidays deducted), so 6 months is 1,040 h per person. Totals use the hourly rates as shown, to the nearest $10.",
            "Note: Contract rates only: what a client pays per hour, the contractor's or vendor's overheads and margin included; no salaries or employer costs are used.",
            "Note: Rates are estimates: each level placed within the region's all-level range by where its salary sits among the levels, × Python's factor at that level. Method: docs/METHOD.md.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): North America, Latin America, Western Europe, Central Europe",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior",
            "Source: Payscale (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by technology (salaries): Senior Python, Senior Node.js, Senior Ruby on Rails, Senior Laravel");
  }

  private static Answer answer(String text) {
    Reply reply = Bundled.reply(text, EstimateSettings.defaults().withClock(EstimatorTest.TODAY));
    assertThat(reply).as(text).isInstanceOf(Answer.class);
    return (Answer) reply;
  }
}
