package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.testing.AnswerLines;
import dev.ratebot.testing.Bundled;
import org.junit.jupiter.api.Test;

/** Whole offer-check answers as a reader sees them, from the bundled article. */
class OfferReplyTest {
  @Test
  void anHourlyFigureInTheUpperThirdIsAMarketFigure() {
    assertThat(AnswerLines.of(answer("check $120/h senior python usa")))
        .containsExactly(
            "Offer check · $120/h · Senior Python backend developer · United States (North America)",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Figure checked: $120/h (yours) — per hour",
            "Verdict: Within the range (estimate) — in its upper third: a market figure",
            "Contract rate: $102–126/h (estimate) — senior placed in region range; Python × 1.04",
            "Top-end contract rate: $170/h (source) — North America, all levels",
            "# Senior Python, contract rates by region (estimates) [bars to 170]",
            "> North America $102–126/h · top $170/h (estimate)",
            "- Latin America $61–74/h · top $95/h (estimate)",
            "- Western Europe $102–126/h · top $140/h (estimate)",
            "- Central Europe $61–74/h · top $85/h (estimate)",
            "Note: United States is shown with the North America figures (ratebot's grouping of countries), not United States-specific ones.",
            "Note: This answer holds a figure you gave, so it is shown only to you.",
            "Note: Estimate: Senior sits 100% up the salary ladder (United States), so it is centred that far up North America's all-level $85–110/h, at $110.00/h; × 1.04 for Python (its salary ÷ the 4 technologies' mean at this level); ±10.2%, its salary range's spread. Method: docs/METHOD.md.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): North America, Latin America, Western Europe, Central Europe",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior",
            "Source: Payscale (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by technology (salaries): Senior Python, Senior Node.js, Senior Ruby on Rails, Senior Laravel");
  }

  @Test
  void aYearlyFigureInTheUnitedStatesIsSetAgainstTheSalary() {
    assertThat(AnswerLines.of(answer("check $90k/yr senior python usa")))
        .containsExactly(
            "Offer check · $90k/yr · Senior Python backend developer · United States (North America)",
            "(Salaries · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale; no sample sizes)",
            "Figure checked: $90k/yr (yours) — per year",
            "Verdict: 18% under the range (source) — below its low end of $110,000/yr; expect few candidates at this figure",
            "Salary: $110,000–135,000/yr (source) — Senior Python, United States; Payscale",
            "Note: United States is shown with the North America figures (ratebot's grouping of countries), not United States-specific ones.",
            "Note: This answer holds a figure you gave, so it is shown only to you.",
            "Note: A yearly figure is compared with employees' salaries: the source's United States figures, which a contract rate (what a client pays) would be far above.",
            "Source: Payscale (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by technology (salaries): Senior Python");
  }

  @Test
  void aMonthlyFigureWithoutACurrencyIsReadAsDollarsAndComparedAsAnHourlyEquivalent() {
    assertThat(AnswerLines.of(answer("check 7000/month senior latam")))
        .containsExactly(
            "Offer check · 7000/month · Senior backend developer · Latin America",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Figure checked: 7000/month (yours) — per month: $84,000 a year (× 12)",
            "Per hour, as an equivalent: $40/h (equivalent) — ÷ 2,080 h",
            "Verdict: 33% under the range (estimate) — below its low end of $60/h; expect few candidates at this figure",
            "Contract rate: $60–70/h (estimate) — senior placed in region range",
            "Top-end contract rate: $95/h (source) — Latin America, all levels",
            "# Senior, contract rates by region (estimates) [bars to 170]",
            "- North America $101–119/h · top $170/h (estimate)",
            "> Latin America $60–70/h · top $95/h (estimate)",
            "- Western Europe $101–119/h · top $140/h (estimate)",
            "- Central Europe $60–70/h · top $85/h (estimate)",
            "Note: This answer holds a figure you gave, so it is shown only to you.",
            "Note: Read 7000/month as USD: no currency named.",
            "Note: No salary data for Latin America: the source's salaries are for United States only. So the yearly figure ÷ 2,080 h is compared with contract rates, as an equivalent; a contract rate includes overheads and margin a salary does not, so pay will look low against it.",
            "Note: Estimate: Senior sits 100% up the salary ladder (United States), so it is centred that far up Latin America's all-level $45–65/h, at $65.00/h; ±8.3%, its salary range's spread. Method: docs/METHOD.md.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Latin America, North America, Western Europe, Central Europe",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior");
  }

  @Test
  void aDailyFigureIsDividedByAWorkingDay() {
    assertThat(AnswerLines.of(answer("check 400/day mid cee")))
        .containsExactly(
            "Offer check · 400/day · Mid backend developer · Central Europe",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Figure checked: 400/day (yours) — as typed",
            "Per hour: $50/h (equivalent) — ÷ 8 h a day",
            "Verdict: Within the range (estimate) — in its middle: a market figure",
            "Contract rate: $45–53/h (estimate) — mid placed in region range",
            "Top-end contract rate: $85/h (source) — Central Europe, all levels",
            "# Mid, contract rates by region (estimates) [bars to 170]",
            "- North America $88–105/h · top $170/h (estimate)",
            "- Latin America $50–59/h · top $95/h (estimate)",
            "- Western Europe $78–93/h · top $140/h (estimate)",
            "> Central Europe $45–53/h · top $85/h (estimate)",
            "Note: This answer holds a figure you gave, so it is shown only to you.",
            "Note: Read 400/day as USD: no currency named.",
            "Note: Estimate: Mid sits 46% up the salary ladder (United States), so it is centred that far up Central Europe's all-level $35–65/h, at $48.75/h; ±8.6%, its salary range's spread. Method: docs/METHOD.md.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Central Europe, North America, Latin America, Western Europe",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior");
  }

  @Test
  void withoutARegionTheFigureIsPlacedInEachRegion() {
    assertThat(AnswerLines.of(answer("check $70/h senior python")))
        .containsExactly(
            "Offer check · $70/h · Senior Python backend developer",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Figure checked: $70/h (yours) — per hour",
            "North America: 31% under the range (estimate) — $102–126/h, top $170/h",
            "Latin America: Within the range (estimate) — $61–74/h, top $95/h",
            "Western Europe: 31% under the range (estimate) — $102–126/h, top $140/h",
            "Central Europe: Within the range (estimate) — $61–74/h, top $85/h",
            "# Senior Python, contract rates by region (estimates) [bars to 170]",
            "- North America $102–126/h · top $170/h (estimate)",
            "- Latin America $61–74/h · top $95/h (estimate)",
            "- Western Europe $102–126/h · top $140/h (estimate)",
            "- Central Europe $61–74/h · top $85/h (estimate)",
            "Note: This answer holds a figure you gave, so it is shown only to you.",
            "Note: No region named: the figure against every region's contract rate.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): North America, Latin America, Western Europe, Central Europe",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior",
            "Source: Payscale (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by technology (salaries): Senior Python, Senior Node.js, Senior Ruby on Rails, Senior Laravel");
  }

  @Test
  void aboveTheRangeButWithinTheTopEndIsAPremium() {
    assertThat(AnswerLines.of(answer("check $90/h senior latam")))
        .containsExactly(
            "Offer check · $90/h · Senior backend developer · Latin America",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Figure checked: $90/h (yours) — per hour",
            "Verdict: Above the range, within the top end (estimate) — up to $95/h: a premium, fair for a strong candidate",
            "Contract rate: $60–70/h (estimate) — senior placed in region range",
            "Top-end contract rate: $95/h (source) — Latin America, all levels",
            "# Senior, contract rates by region (estimates) [bars to 170]",
            "- North America $101–119/h · top $170/h (estimate)",
            "> Latin America $60–70/h · top $95/h (estimate)",
            "- Western Europe $101–119/h · top $140/h (estimate)",
            "- Central Europe $60–70/h · top $85/h (estimate)",
            "Note: This answer holds a figure you gave, so it is shown only to you.",
            "Note: Estimate: Senior sits 100% up the salary ladder (United States), so it is centred that far up Latin America's all-level $45–65/h, at $65.00/h; ±8.3%, its salary range's spread. Method: docs/METHOD.md.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Latin America, North America, Western Europe, Central Europe",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior");
  }

  @Test
  void overTheTopEndAsksWhatJustifiesIt() {
    assertThat(AnswerLines.of(answer("check $200/h senior latam")))
        .containsExactly(
            "Offer check · $200/h · Senior backend developer · Latin America",
            "(Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and Glassdoor; no sample sizes)",
            "Figure checked: $200/h (yours) — per hour",
            "Verdict: 111% over the top end (estimate) — above $95/h: more than the source shows anyone at this level; ask what justifies it",
            "Contract rate: $60–70/h (estimate) — senior placed in region range",
            "Top-end contract rate: $95/h (source) — Latin America, all levels",
            "# Senior, contract rates by region (estimates) [bars to 170]",
            "- North America $101–119/h · top $170/h (estimate)",
            "> Latin America $60–70/h · top $95/h (estimate)",
            "- Western Europe $101–119/h · top $140/h (estimate)",
            "- Central Europe $60–70/h · top $85/h (estimate)",
            "Note: This answer holds a figure you gave, so it is shown only to you.",
            "Note: Estimate: Senior sits 100% up the salary ladder (United States), so it is centred that far up Latin America's all-level $45–65/h, at $65.00/h; ±8.3%, its salary range's spread. Method: docs/METHOD.md.",
            "Source: Payscale, Glassdoor (2023) via ProCoders, “Backend Developer Salary in 2023”, Backend developer hourly rate by region (contract rates, ratebot's reading): Latin America, North America, Western Europe, Central Europe",
            "Source: US salary data linked in the article (not named in its text) (2023) via ProCoders, “Backend Developer Salary in 2023”, US annual salary by experience (salaries): Entry, Mid, Senior");
  }

  @Test
  void withoutALevelTheRegionsStatedAverageIsTheRange() {
    assertThat(AnswerLines.of(answer("check $60/h latam")))
        .containsSubsequence(
            "Figure checked: $60/h (yours) — per hour",
            "Verdict: Within the range (source) — in its upper third: a market figure",
            "Contract rate: $45–65/h (source) — average range; Latin America, all levels",
            "Top-end contract rate: $95/h (source) — Latin America, all levels");
  }

  @Test
  void withoutARegionARegionWithoutRatesIsNamedNotDropped() {
    Reply reply =
        Bundled.reply(
            dev.ratebot.testing.Datasets.withGaps(),
            "check $60/h python",
            EstimateSettings.defaults().withClock(EstimatorTest.TODAY));

    assertThat(AnswerLines.of((Answer) reply))
        .contains(
            "North America: 29% under the range (source) — $85–110/h, top $170/h",
            "Latin America: Within the range (source) — $45–65/h, top $95/h",
            "Note: No region named: the figure against every region's contract rate; the data"
                + " has none for Central Europe.")
        .noneMatch(l -> l.startsWith("Central Europe:"));
    assertThat(
            Bundled.reply(
                dev.ratebot.testing.Datasets.withGaps(),
                "check $60/h senior python cee",
                EstimateSettings.defaults().withClock(EstimatorTest.TODAY)))
        .isEqualTo(
            dev.ratebot.core.reply.Problem.user(
                "The dataset has no contract rates for Central Europe.", java.util.List.of()));
  }

  @Test
  void aSecondPlaceOrLevelNamedIsSaidNotCheckedSilently() {
    assertThat(AnswerLines.of(answer("check 45/h senior python latam vs cee vs weu")))
        .contains(
            "Verdict: 26% under the range (estimate) — below its low end of $61/h; expect few"
                + " candidates at this figure",
            "Note: Checked for Latin America only; ask again to check Central Europe, Western"
                + " Europe.");
    assertThat(AnswerLines.of(answer("check 45/h python latam mid vs senior")))
        .contains("Note: Checked for Mid only; ask again to check Senior.");
    assertThat(AnswerLines.of(answer("check 45/h senior python latam")))
        .noneMatch(l -> l.startsWith("Note: Checked for"));
  }

  private static Answer answer(String text) {
    Reply reply = Bundled.reply(text, EstimateSettings.defaults().withClock(EstimatorTest.TODAY));
    assertThat(reply).as(text).isInstanceOf(Answer.class);
    return (Answer) reply;
  }
}
