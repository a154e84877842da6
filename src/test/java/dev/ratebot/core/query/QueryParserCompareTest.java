package dev.ratebot.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult.Rejected;
import dev.ratebot.core.query.ParseResult.SubCommand;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.Region;
import dev.ratebot.testing.Bundled;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parser with the registry's compare and rank commands: comparisons and rankings. */
class QueryParserCompareTest {
  static final QueryParser PARSER = Bundled.parser();

  /** Forms of a comparison of regions: regions compared in order | level ('-' for none). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          compare senior python latam vs cee vs weu | latin-america central-europe western-europe | senior
          compare senior python latam vs cee        | latin-america central-europe                | senior
          senior python latam vs na                 | latin-america north-america                 | senior
          senior python latam versus na             | latin-america north-america                 | senior
          senior python latam or cee?               | latin-america central-europe                | senior
          LATAM or Poland?                          | latin-america central-europe                | -
          mid python poland vs brazil               | central-europe latin-america                | mid
          cee vs latam                              | central-europe latin-america                | -
          """)
  void twoRegionsOrVsMakeAComparisonInTheOrderNamed(String text, String regions, String level) {
    SubCommand command = (SubCommand) PARSER.parse(text);

    Query query = command.query().orElseThrow();
    assertThat(command.name()).isEqualTo("compare");
    assertThat(query.comparison().regions())
        .extracting(Region::id)
        .containsExactly(regions.split(" "));
    assertThat(query.region().map(Region::id)).contains(regions.split(" ")[0]);
    assertThat(query.level().map(Level::id).orElse("-")).isEqualTo(level);
    assertThat(query.notes()).noneMatch(n -> n.startsWith("Ignored"));
  }

  @Test
  void twoLevelsInOneRegionAreALevelComparison() {
    SubCommand command = (SubCommand) PARSER.parse("python latam mid vs senior");

    Query query = command.query().orElseThrow();
    assertThat(command.name()).isEqualTo("compare");
    assertThat(query.comparison().levels()).extracting(Level::id).containsExactly("mid", "senior");
    assertThat(query.comparison().regions()).isEmpty();
    assertThat(query.region().map(Region::id)).contains("latin-america");
    assertThat(query.canonicalText()).isEqualTo("python latin-america mid vs senior");
  }

  @Test
  void twoLevelsWithoutOneRegionAreStillAConflict() {
    assertThat(PARSER.parse("junior senior"))
        .isEqualTo(
            new Rejected(
                "Pick one level at a time: Entry or Senior.",
                java.util.List.of("entry", "senior")));
    assertThat(((Rejected) PARSER.parse("senior python latam vs cee mid")).reason())
        .isEqualTo("Pick one level at a time: Senior or Mid.");
  }

  @Test
  void aPlaceWithoutDataInAComparisonIsKeptByNameNotRefused() {
    SubCommand command = (SubCommand) PARSER.parse("senior python latam vs cee vs india");

    Comparison comparison = command.query().orElseThrow().comparison();
    assertThat(comparison.regions())
        .extracting(Region::id)
        .containsExactly("latin-america", "central-europe");
    assertThat(comparison.withoutData()).containsExactly("India");
  }

  @Test
  void aPlaceWithoutDataAloneIsStillAProblem() {
    assertThat(((Rejected) PARSER.parse("senior python india")).reason())
        .startsWith("No data for India: ratebot covers");
  }

  @Test
  void twoCountriesOfOneRegionAreOneRegionNotAComparison() {
    ParseResult result = PARSER.parse("brazil argentina");

    assertThat(result).isInstanceOf(ParseResult.Ask.class);
    assertThat(((ParseResult.Ask) result).query().comparison()).isEqualTo(Comparison.NONE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          cheapest senior python | senior
          rank senior python     | senior
          rank mid               | mid
          Cheapest senior python? | senior
          """)
  void rankAndCheapestStartARankingOfTheQuestionAfterThem(String text, String level) {
    SubCommand command = (SubCommand) PARSER.parse(text);

    assertThat(command.name()).isEqualTo("rank");
    assertThat(command.query().orElseThrow().level().map(Level::id)).contains(level);
    assertThat(command.query().orElseThrow().notes()).isEmpty();
  }

  @Test
  void aCommandWordAloneHasNoQuestion() {
    assertThat(PARSER.parse("rank")).isEqualTo(new SubCommand("rank"));
    assertThat(PARSER.parse("compare")).isEqualTo(new SubCommand("compare", Optional.empty()));
  }

  @Test
  void aRejectedQuestionAfterACommandWordIsThatProblem() {
    assertThat(((Rejected) PARSER.parse("rank senior frontend")).reason())
        .contains("backend developers only");
  }

  @Test
  void withoutACompareCommandTwoRegionsAreStillRefused() {
    QueryParser plain = new QueryParser(Bundled.dataset(), Bundled.places(), Map.of());

    assertThat(((Rejected) plain.parse("senior python latam vs cee")).reason())
        .isEqualTo("Pick one region at a time: Latin America or Central Europe.");
  }

  @Test
  void randomComparisonsNeverThrow() {
    String[] words = {
      "compare", "rank", "cheapest", "vs", "versus", "or", "senior", "mid", "junior", "python",
      "java", "latam", "cee", "weu", "na", "brazil", "poland", "india", "lagos", "austin",
      "valencia", "frontend", "2", "6", "months", "$45/h", "eur", "help", "x".repeat(40), "vs."
    };
    Random random = new Random(11);
    for (int i = 0; i < 3_000; i++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(9);
      for (int w = 0; w < n; w++) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      ParseResult result = PARSER.parse(text.toString());

      assertThat(result).as(text.toString()).isNotNull();
      if (result instanceof Rejected rejected) {
        assertThat(rejected.reason()).as(text.toString()).isNotBlank().hasSizeLessThan(300);
      }
    }
  }
}
