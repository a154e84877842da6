package dev.ratebot.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult.Ask;
import dev.ratebot.core.query.ParseResult.Rejected;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.Technology;
import dev.ratebot.testing.Bundled;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypedOptionsTest {
  private static final QueryParser PARSER =
      new QueryParser(Bundled.dataset(), Bundled.places(), Bundled.COMMAND_WORDS);

  @Test
  void optionsFillTheirSlotsAndTheTextFillsTheRest() {
    Query query = ask("python brazil", Map.of("level", "senior"));

    assertThat(query.level().map(Level::id)).contains("senior");
    assertThat(query.technology().map(Technology::id)).contains("python");
    assertThat(query.country()).contains("Brazil");
  }

  @Test
  void optionsAloneAreAQuestion() {
    Query query =
        ask("", Map.of("level", "senior", "technology", "python", "region", "latin-america"));

    assertThat(query.canonicalText()).isEqualTo("senior python latin-america");
  }

  @Test
  void aRegionOptionTakesCountriesAndCitiesWithTheirNotes() {
    Query query = ask("senior python", Map.of("region", "austin"));

    assertThat(query.region().map(Region::id)).contains("north-america");
    assertThat(query.country()).contains("Austin, United States");
    assertThat(query.notes()).first().asString().startsWith("Austin (United States) is shown");
  }

  @Test
  void anOptionThatContradictsTheTextIsAProblemNamingBoth() {
    Rejected level = rejected("junior python", Map.of("level", "senior"));
    Rejected region = rejected("senior python poland", Map.of("region", "latam"));

    assertThat(level.reason())
        .isEqualTo("The level option says Senior but the question says Entry; pick one.");
    assertThat(level.suggestions()).isEqualTo(List.of("senior", "entry"));
    assertThat(region.reason())
        .isEqualTo(
            "The region option says Latin America but the question says Central Europe; pick"
                + " one.");
  }

  @Test
  void anOptionThatAgreesWithTheTextIsFine() {
    assertThat(ask("senior python brazil", Map.of("region", "latin-america")).country())
        .contains("Brazil");
  }

  @Test
  void anOptionOfTheWrongKindOrWithoutDataIsAProblem() {
    assertThat(rejected("python", Map.of("level", "latam")).reason())
        .isEqualTo("The level option 'latam' is not a level.");
    assertThat(rejected("python", Map.of("region", "india")).reason())
        .startsWith("No data for India: ");
    assertThat(rejected("python", Map.of("technology", "frontend")).reason())
        .contains("no figures for frontend developers");
  }

  @Test
  void anOptionNamingMoreThanItsSlotIsAProblemQuotingItClipped() {
    assertThat(rejected("latam", Map.of("technology", "senior python")).reason())
        .isEqualTo("The technology option 'senior python' is not a technology.");
    assertThat(rejected("", Map.of("level", " senior python developer in latin america ")).reason())
        .isEqualTo("The level option 'senior python developer in latin america' is not a level.");
    assertThat(rejected("", Map.of("level", "senior python developers in latin america")).reason())
        .isEqualTo("The level option 'senior python developers in latin americ…' is not a level.");
  }

  @Test
  void blankOptionsAreIgnoredAndATechnologyWithoutDataFillsItsSlot() {
    Query query = ask("senior latam", Map.of("level", " ", "technology", "java"));

    assertThat(query.level().map(Level::id)).contains("senior");
    assertThat(query.technologyWithoutData()).contains("java");
    assertThat(rejected("senior java", Map.of("technology", "go")).reason())
        .isEqualTo("The technology option says go but the question says java; pick one.");
  }

  @Test
  void theNotesOfTheTextAndOfTheOptionAreBothKeptOnce() {
    Query query = ask("lead python", Map.of("region", "austin"));

    assertThat(query.notes())
        .hasSize(2)
        .anySatisfy(n -> assertThat(n).startsWith("Austin (United States) is shown"))
        .anySatisfy(n -> assertThat(n).contains("no lead level"));
    assertThat(ask("lead python", Map.of("level", "lead")).notes()).hasSize(1);
  }

  @Test
  void theTextStillRunsSubCommandsAndKeepsItsNumbers() {
    assertThat(PARSER.parse("help", Map.of("level", "senior")))
        .isEqualTo(new ParseResult.SubCommand("help"));
    assertThat(ask("2 devs 6 months", Map.of("level", "senior")).quantities().unusedNote("USD"))
        .contains("Not used: 2 people, 6 months (a team's cost: start with 'budget').");
  }

  private static Query ask(String text, Map<String, String> options) {
    ParseResult result = PARSER.parse(text, options);
    assertThat(result).as(text + " " + options).isInstanceOf(Ask.class);
    return ((Ask) result).query();
  }

  private static Rejected rejected(String text, Map<String, String> options) {
    ParseResult result = PARSER.parse(text, options);
    assertThat(result).as(text + " " + options).isInstanceOf(Rejected.class);
    return (Rejected) result;
  }
}
