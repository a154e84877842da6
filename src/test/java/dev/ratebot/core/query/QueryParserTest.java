package dev.ratebot.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult.Ask;
import dev.ratebot.core.query.ParseResult.Rejected;
import dev.ratebot.core.query.ParseResult.SubCommand;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.Technology;
import dev.ratebot.testing.Bundled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParserTest {
  private final QueryParser parser =
      new QueryParser(Bundled.dataset(), Bundled.places(), Bundled.COMMAND_WORDS);

  /** Phrasings people type, with what they mean: level | technology | region ('-' for none). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          senior python latam                                         | senior | python  | latin-america
          latam python senior                                         | senior | python  | latin-america
          SENIOR PYTHON LATAM                                         | senior | python  | latin-america
          Sr. Python dev, LatAm                                       | senior | python  | latin-america
          snr py latin america                                        | senior | python  | latin-america
          how much is a mid node dev in poland?                       | mid    | node    | central-europe
          how much does a senior python developer in brazil cost per hour? | senior | python | latin-america
          junior laravel western europe                               | entry  | laravel | western-europe
          jr laravel weu                                              | entry  | laravel | western-europe
          entry-level ruby on rails developer in germany              | entry  | rails   | western-europe
          mid-level RoR engineer from Argentina                       | mid    | rails   | latin-america
          intermediate nodejs cee                                     | mid    | node    | central-europe
          middle node.js ceu                                          | mid    | node    | central-europe
          What would a Node.js programmer in Mexico charge?           | -      | node    | latin-america
          rails north america                                         | -      | rails   | north-america
          senior backend engineer na                                  | senior | -       | north-america
          latin america                                               | -      | -       | latin-america
          central europe                                              | -      | -       | central-europe
          western europe                                              | -      | -       | western-europe
          north america                                               | -      | -       | north-america
          python                                                      | -      | python  | -
          senior                                                      | senior | -       | -
          senior python                                               | senior | python  | -
          rate for a sr python guy in the UK                          | senior | python  | western-europe
          python dev in united kingdom                                | -      | python  | western-europe
          senior dev in the netherlands                               | senior | -       | western-europe
          mid python in Czech Republic                                | mid    | python  | central-europe
          mid python czechia                                          | mid    | python  | central-europe
          senior laravel são paulo brasil                             | senior | laravel | latin-america
          junior python colombia                                      | entry  | python  | latin-america
          entry level django dev in Spain                             | entry  | python  | western-europe
          senior python USA                                           | senior | python  | north-america
          senior python US                                            | senior | python  | north-america
          how much would a senior python dev cost us                  | senior | python  | north-america
          how much would a senior python dev in chile cost us         | senior | python  | latin-america
          mid rails canada                                            | mid    | rails   | north-america
          Senior Python — Bosnia & Herzegovina                        | senior | python  | central-europe
          senior python ukraine                                       | senior | python  | central-europe
          python senior IT                                            | senior | python  | western-europe
          is it expensive to hire a senior python dev                 | senior | python  | -
          mid laravel dev costs in poland per month                   | mid    | laravel | central-europe
          lead node engineer in portugal                              | senior | node    | western-europe
          pyhton seniour latam                                        | senior | python  | latin-america
          senoir pyton brazl                                          | senior | python  | latin-america
          laravell mid cee                                            | mid    | laravel | central-europe
          """)
  void understandsPhrasings(String text, String level, String technology, String region) {
    Query query = ask(text);

    assertThat(query.level().map(Level::id).orElse("-")).as("level").isEqualTo(level);
    assertThat(query.technology().map(Technology::id).orElse("-"))
        .as("technology")
        .isEqualTo(technology);
    assertThat(query.region().map(Region::id).orElse("-")).as("region").isEqualTo(region);
  }

  @Test
  void countryIsKeptForTheTitle() {
    Query query = ask("senior python brazil");

    assertThat(query.country()).contains("Brazil");
    assertThat(query.canonicalText()).isEqualTo("senior python brazil");
  }

  @Test
  void typoIsCorrectedAndSaid() {
    Query query = ask("senior pyhton latam");

    assertThat(query.technology().map(Technology::id)).contains("python");
    assertThat(query.notes()).containsExactly("Assuming python for 'pyhton'.");
  }

  @Test
  void technologyWithoutDataIsKeptForANote() {
    Query query = ask("senior java brazil");

    assertThat(query.technology()).isEmpty();
    assertThat(query.technologyWithoutData()).contains("java");
  }

  @Test
  void unknownWordBesideKnownOnesIsIgnoredAndReported() {
    Query query = ask("senior python latam xqzw");

    assertThat(query.region()).isPresent();
    assertThat(query.notes()).singleElement().asString().startsWith("Ignored 'xqzw'");
  }

  @Test
  void onlyUnknownWordsAreRejectedWithSuggestions() {
    ParseResult result = parser.parse("cobolx laraaaavel");

    assertThat(result).isInstanceOf(Rejected.class);
    Rejected rejected = (Rejected) result;
    assertThat(rejected.reason()).contains("'cobolx'").contains("'laraaaavel'");
    assertThat(rejected.suggestions()).containsExactly("laravel");
  }

  @Test
  void wordTwoEditsFromAFillerWordIsNotSilentlyDropped() {
    assertThat(parser.parse("devops")).isInstanceOf(Rejected.class);
    assertThat(ask("senior develper latam").notes()).isEmpty();
  }

  @Test
  void twoLevelsAreRejected() {
    ParseResult result = parser.parse("junior senior python");

    assertThat(result).isInstanceOf(Rejected.class);
    assertThat(((Rejected) result).reason())
        .isEqualTo("Pick one level at a time: Entry or Senior.");
  }

  @Test
  void twoRegionsAreRejectedButTwoCountriesOfOneRegionAreNot() {
    assertThat(parser.parse("python brazil germany")).isInstanceOf(Rejected.class);
    assertThat(ask("python brazil or chile").region().map(Region::id)).contains("latin-america");
  }

  @Test
  void inputOverTheLimitIsRefused() {
    ParseResult result = parser.parse("senior ".repeat(80));

    assertThat(result).isInstanceOf(Rejected.class);
    assertThat(((Rejected) result).reason()).startsWith("That's 559 characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"help", "HELP", "?", "list", "sources", "source", "help me please"})
  void subCommandsAreRecognised(String text) {
    assertThat(parser.parse(text)).isInstanceOf(SubCommand.class);
  }

  @Test
  void emptyTextAsksForHelp() {
    assertThat(parser.parse("   ")).isEqualTo(new SubCommand("help"));
  }

  @Test
  void echoedUnknownWordsAreShort() {
    Rejected rejected = (Rejected) parser.parse("x".repeat(300));

    assertThat(rejected.reason()).hasSizeLessThan(120);
  }

  private Query ask(String text) {
    ParseResult result = parser.parse(text);
    assertThat(result).as(text).isInstanceOf(Ask.class);
    return ((Ask) result).query();
  }
}
