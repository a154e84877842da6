package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult;
import dev.ratebot.core.query.Query;
import dev.ratebot.core.query.QueryParser;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Refinement;
import dev.ratebot.core.reply.Row;
import dev.ratebot.testing.Bundled;
import org.junit.jupiter.api.Test;

class EstimatorTest {
  private final QueryParser parser =
      new QueryParser(Bundled.dataset(), Bundled.places(), Bundled.COMMAND_WORDS);
  private final Estimator estimator = new Estimator(Bundled.dataset(), EstimateSettings.defaults());

  @Test
  void unstatedCombinationIsALabelledEstimateWithMethodAndRows() {
    Answer answer = estimate("senior python latam");

    KeyFigure hourly = answer.keyFigures().get(0);
    assertThat(hourly.label()).isEqualTo("Hourly");
    assertThat(hourly.basis()).isEqualTo(Basis.ESTIMATE);
    assertThat(answer.notes())
        .anySatisfy(
            n -> assertThat(n).startsWith("Estimate: Latin America's average range scaled by 1.37"))
        .anySatisfy(
            n ->
                assertThat(n)
                    .startsWith(
                        "Based on: Latin America $45–65/h (top $95/h) [Payscale, Glassdoor]")
                    .contains("Senior Python (United States) $110,000–135,000/yr [Payscale]"));
  }

  @Test
  void regionWithoutLevelShowsEveryLevel() {
    Answer answer = estimate("latam");

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
    assertThat(answer.keyFigures().get(0).value()).isEqualTo("$110,000–135,000/yr");
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
  void technologyWithoutDataUsesAllTechnologyFiguresWithANote() {
    Answer java = estimate("senior java latam");
    Answer plain = estimate("senior latam");

    assertThat(java.keyFigures().get(0)).isEqualTo(plain.keyFigures().get(0));
    assertThat(java.notes())
        .contains("No Java-specific figures in the dataset: showing all-technology figures.");
    assertThat(java.title()).startsWith("Senior Java");
  }

  @Test
  void equivalentsFollowTheConfiguredHours() {
    Estimator shortYear = new Estimator(Bundled.dataset(), new EstimateSettings(1000));

    Answer answer = shortYear.estimate(query("latam"));

    assertThat(figure(answer, "Annual").value()).isEqualTo("$45,000–65,000/yr");
    assertThat(figure(answer, "Annual").detail()).isEqualTo("at 1,000 h/yr");
    assertThat(answer.notes()).anySatisfy(n -> assertThat(n).contains("1,000 working hours"));
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
  void cappedEstimateSaysSo() {
    Answer answer = estimate("senior python western europe");

    assertThat(answer.keyFigures().get(0).value()).isEqualTo("$89–140/h");
    assertThat(answer.notes())
        .anySatisfy(n -> assertThat(n).contains("capped at the region's top end"));
  }

  @Test
  void rememberedAnswerIsTheSameAsAFreshOne() {
    Estimator uncached = new Estimator(Bundled.dataset(), new EstimateSettings(2080, 0));

    Answer first = estimate("pyhton sr brazil");
    Answer again = estimate("pyhton sr brazil");

    assertThat(again).isSameAs(first).isEqualTo(uncached.estimate(query("pyhton sr brazil")));
    assertThat(estimate("sr python brazil").notes())
        .doesNotContain("Assuming python for 'pyhton'.");
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
}
