package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult;
import dev.ratebot.core.query.Query;
import dev.ratebot.core.query.QueryParser;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.Citation;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Refinement;
import dev.ratebot.core.reply.Row;
import dev.ratebot.testing.Bundled;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EstimatorTest {
  static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
  private static final String VIA = "ProCoders, “Backend Developer Salary in 2023”";

  private final QueryParser parser =
      new QueryParser(Bundled.dataset(), Bundled.places(), Bundled.COMMAND_WORDS);
  private final Estimator estimator =
      new Estimator(Bundled.dataset(), EstimateSettings.defaults().withClock(TODAY));

  @Test
  void unstatedCombinationIsALabelledContractRateEstimateWithItsMethod() {
    Answer answer = estimate("senior python latam");

    assertThat(answer.keyFigures().get(0))
        .isEqualTo(
            new KeyFigure(
                "Contract rate",
                "$61–74/h",
                Basis.ESTIMATE,
                "senior placed in region range; Python × 1.04"));
    assertThat(answer.notes())
        .anySatisfy(
            n ->
                assertThat(n)
                    .startsWith("Estimate: Senior sits 100% up the salary ladder (United States)")
                    .contains("Latin America's all-level $45–65/h, at $65.00/h")
                    .contains("× 1.04 for Python")
                    .contains("±10.2%"));
  }

  @Test
  void aRateTimesHoursIsACostNeverASalary() {
    Answer answer = estimate("senior python usa");

    assertThat(answer.keyFigures())
        .extracting(KeyFigure::label)
        .containsExactly(
            "Contract rate",
            "Top-end contract rate",
            "Full-time month cost",
            "Full-time year cost",
            "Compared")
        .noneMatch(l -> l.contains("Annual") || l.contains("alary"));
    assertThat(figure(answer, "Full-time year cost").value()).isEqualTo("$212,160–262,080/yr");
  }

  @Test
  void equivalentsSayHowTheyWereWorkedOut() {
    Answer rate = estimate("senior python usa");
    Answer salary = estimate("senior python");

    assertThat(figure(rate, "Full-time month cost"))
        .extracting(KeyFigure::value, KeyFigure::detail)
        .containsExactly("$17,680–21,840/mo", "year cost ÷ 12, to the nearest $10");
    assertThat(figure(rate, "Full-time year cost").detail())
        .isEqualTo("at this rate × 2,080 h, exact");
    assertThat(figure(salary, "Salary per hour").detail()).isEqualTo("salary ÷ 2,080 h, to $1");
  }

  @Test
  void aSalaryDividedByHoursIsASalaryPerHourAndTheDifferenceIsSaid() {
    Answer answer = estimate("senior python");

    assertThat(answer.keyFigures())
        .extracting(KeyFigure::label, KeyFigure::value, KeyFigure::basis)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Salary", "$110,000–135,000/yr", Basis.OBSERVED),
            org.assertj.core.groups.Tuple.tuple("Salary per hour", "$53–65/h", Basis.EQUIVALENT));
    assertThat(answer.table().heading()).contains("contract rates");
    assertThat(answer.notes()).contains(Wording.RATE_VERSUS_SALARY);
  }

  @Test
  void contextSaysRateTypeAgeAndConfidenceAndTheAnswerNamesTheVersion() {
    Answer answer = estimate("senior python latam");

    assertThat(answer.context())
        .isEqualTo(
            "Contract rates (ratebot's reading) · 2023 data, about 3 years old · ProCoders, a"
                + " software outsourcing vendor, in its own blog article, citing Payscale and"
                + " Glassdoor; no sample sizes");
    assertThat(answer.dataVersion()).isEqualTo(Bundled.dataset().version()).isNotEmpty();
    assertThat(estimate("senior").context())
        .startsWith("Salaries and contract rates (ratebot's reading) · 2023 data");
    assertThat(estimate("python").context()).startsWith("Salaries · 2023 data");
  }

  @Test
  void citationsOfARegionEstimateNameEveryTableAndRowUsed() {
    assertThat(estimate("senior python latam").sources())
        .containsExactly(
            new Citation(
                "Payscale, Glassdoor",
                "2023",
                VIA,
                "Backend developer hourly rate by region (contract rates, ratebot's reading)",
                java.util.List.of(
                    "Latin America", "North America", "Western Europe", "Central Europe")),
            new Citation(
                "US salary data linked in the article (not named in its text)",
                "2023",
                VIA,
                "US annual salary by experience (salaries)",
                java.util.List.of("Entry", "Mid", "Senior")),
            new Citation(
                "Payscale",
                "2023",
                VIA,
                "US annual salary by technology (salaries)",
                java.util.List.of(
                    "Senior Python", "Senior Node.js", "Senior Ruby on Rails", "Senior Laravel")));
  }

  @Test
  void citationsOfAStatedRegionNameOnlyItsRowThenTheLevelRowsInputs() {
    assertThat(estimate("cee").sources())
        .extracting(Citation::table, Citation::rows)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Backend developer hourly rate by region (contract rates, ratebot's reading)",
                java.util.List.of("Central Europe")),
            org.assertj.core.groups.Tuple.tuple(
                "ProCoders' own Central Europe rates (vendor's prices)",
                java.util.List.of(
                    "Entry Central Europe", "Mid Central Europe", "Senior Central Europe")),
            org.assertj.core.groups.Tuple.tuple(
                "US annual salary by experience (salaries)",
                java.util.List.of("Entry", "Mid", "Senior")));
  }

  @Test
  void citationsOfALevelAnswerStartWithTheSalaryShown() {
    assertThat(estimate("mid").sources())
        .extracting(Citation::table, Citation::rows)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple(
                "US annual salary by experience (salaries)",
                java.util.List.of("Mid", "Entry", "Senior")));
  }

  @Test
  void citationsOfATechnologyAnswerAreItsRows() {
    assertThat(estimate("laravel").sources())
        .containsExactly(
            new Citation(
                "Payscale",
                "2023",
                VIA,
                "US annual salary by technology (salaries)",
                java.util.List.of("Entry Laravel", "Mid Laravel", "Senior Laravel")));
  }

  @Test
  void citationsOfTheOverviewAreTheRegionalRows() {
    assertThat(estimate("how much does a backend developer cost").sources())
        .extracting(Citation::rows)
        .containsExactly(
            java.util.List.of(
                "North America", "Latin America", "Western Europe", "Central Europe"));
  }

  @Test
  void rowsMovedToFitTheStatedRangeAreNamed() {
    assertThat(estimate("entry").notes())
        .contains(
            "Rows moved whole to stay between the region's stated low end and its top end: North"
                + " America, Latin America, Western Europe, Central Europe.");
    assertThat(estimate("senior python").notes()).noneMatch(n -> n.startsWith("Rows moved"));
  }

  @Test
  void regionWithoutLevelShowsTheStatedRangeAndEstimatesEveryLevel() {
    Answer answer = estimate("latam");

    assertThat(answer.keyFigures().get(0).basis()).isEqualTo(Basis.OBSERVED);
    assertThat(answer.table().rows())
        .extracting(Row::label)
        .containsExactly("Entry", "Mid", "Senior");
    assertThat(answer.table().rows())
        .allSatisfy(r -> assertThat(r.basis()).isEqualTo(Basis.ESTIMATE));
  }

  @Test
  void levelAndTechnologyWithoutRegionShowsEveryRegion() {
    Answer answer = estimate("senior python");

    assertThat(answer.table().rows())
        .extracting(Row::label)
        .containsExactly("North America", "Latin America", "Western Europe", "Central Europe");
  }

  @Test
  void askedRegionIsHighlightedAmongTheOthers() {
    Answer answer = estimate("mid node poland");

    assertThat(answer.table().rows())
        .filteredOn(Row::highlighted)
        .extracting(Row::label)
        .containsExactly("Central Europe");
    assertThat(answer.title()).isEqualTo("Mid Node.js backend developer · Poland (Central Europe)");
  }

  @Test
  void technologyWithoutDataGetsFactorOneAndSaysSo() {
    Answer java = estimate("senior java latam");
    Answer plain = estimate("senior latam");

    assertThat(java.keyFigures().get(0)).isEqualTo(plain.keyFigures().get(0));
    assertThat(java.notes())
        .contains(
            "No Java-specific figures in the dataset: showing all-technology figures"
                + " (technology factor 1).");
    assertThat(java.title()).startsWith("Senior Java");
  }

  @Test
  void equivalentsFollowTheConfiguredHours() {
    Estimator shortYear = new Estimator(Bundled.dataset(), new EstimateSettings(1000));

    Answer answer = shortYear.estimate(query("latam"));

    assertThat(figure(answer, "Full-time year cost").value()).isEqualTo("$45,000–65,000/yr");
    assertThat(figure(answer, "Full-time year cost").detail())
        .isEqualTo("at this rate × 1,000 h, exact");
    assertThat(figure(answer, "Full-time month cost").value()).isEqualTo("$3,750–5,420/mo");
  }

  @Test
  void regionComparesWithTheDearestOtherRegionOrTheCheapest() {
    assertThat(figure(estimate("latam"), "Compared").value()).isEqualTo("44% below North America");
    assertThat(figure(estimate("north america"), "Compared").value())
        .isEqualTo("2.0× Central Europe");
  }

  @Test
  void refinementsCarryRunnableQueries() {
    Answer answer = estimate("senior python brazil");

    Refinement levels = answer.refinements().get(0);
    assertThat(levels.dimension()).isEqualTo("Level");
    assertThat(levels.choices())
        .extracting(Refinement.Choice::query)
        .containsExactly("entry python brazil", "mid python brazil", "senior python brazil");
    assertThat(levels.choices()).filteredOn(Refinement.Choice::selected).hasSize(1);
    Refinement regions = answer.refinements().get(1);
    assertThat(regions.choices())
        .extracting(Refinement.Choice::query)
        .contains("senior python western-europe");
    for (Refinement.Choice choice : regions.choices()) {
      assertThat(parser.parse(choice.query())).isInstanceOf(ParseResult.Ask.class);
    }
  }

  @Test
  void rememberedAnswerIsTheSameAsAFreshOne() {
    Estimator uncached =
        new Estimator(Bundled.dataset(), new EstimateSettings(2080, 0).withClock(TODAY));

    Answer first = estimate("pyhton sr brazil");
    Answer again = estimate("pyhton sr brazil");

    assertThat(again).isSameAs(first).isEqualTo(uncached.estimate(query("pyhton sr brazil")));
    assertThat(estimate("sr python brazil").notes())
        .doesNotContain("Assuming python for 'pyhton'.");
  }

  @Test
  void aRememberedAnswerAgesWithTheClock() {
    MutableClock clock = new MutableClock(TODAY.instant());
    Estimator ageing =
        new Estimator(Bundled.dataset(), EstimateSettings.defaults().withClock(clock));

    String before = ageing.estimate(query("latam")).context();
    clock.now = Instant.parse("2027-06-01T00:00:00Z");
    String after = ageing.estimate(query("latam")).context();

    assertThat(before).contains("about 3 years old");
    assertThat(after).contains("about 4 years old");
  }

  private Answer estimate(String text) {
    return estimator.estimate(query(text));
  }

  private Query query(String text) {
    return ((ParseResult.Ask) parser.parse(text)).query();
  }

  private static KeyFigure figure(Answer answer, String label) {
    return answer.keyFigures().stream()
        .filter(k -> k.label().equals(label))
        .findFirst()
        .orElseThrow();
  }

  /** A clock a test moves on. */
  private static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
