package dev.ratebot.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult.Ask;
import dev.ratebot.core.query.ParseResult.Rejected;
import dev.ratebot.core.query.ParseResult.SubCommand;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.Technology;
import dev.ratebot.testing.Bundled;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParserTest {
  private static final QueryParser parser =
      new QueryParser(Bundled.dataset(), Bundled.places(), Bundled.COMMAND_WORDS);
  private static final java.util.Map<String, String> TOPICS =
      dev.ratebot.core.command.BuiltInCommands.registry(
              Bundled.dataset(), dev.ratebot.core.estimate.EstimateSettings.defaults())
          .topics();

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

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "budget 2.5 senior python latam 6 months | 2.5 senior | 2 or 3",
        "cost of 1.5 python devs in latam | 1.5 python | 1 or 2",
        "0.5 senior java cee | 0.5 senior | 1",
        "budget 2.0 senior python latam | 2.0 senior | 2",
        "budget 0.0 devs latam | 0.0 devs | 1 or more"
      })
  void aFractionalHeadCountIsRefusedRatherThanBudgetedAsOnePerson(
      String text, String typed, String whole) {
    assertThat(parser.parse(text))
        .isEqualTo(
            new Rejected(
                "People come in whole numbers: got '" + typed + "'. Ask for " + whole + ".",
                List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "senior python latam with 5 years experience | with 5 years experience",
        "python dev with 7 years of experience latam | with 7 years of experience",
        "senior python latam with 7.5 years | with 7.5 years",
        "senior python latam 5+ yrs exp | 5+ yrs exp"
      })
  void yearsOfExperienceAreSaidAndNotUsedNeverReadAsABudgetsPeriod(String text, String typed) {
    Query query = ask(text);

    assertThat(query.quantities().periods()).isEmpty();
    assertThat(query.level().map(Level::id))
        .isEqualTo(ask(text.replace(typed, "")).level().map(Level::id));
    assertThat(query.notes())
        .contains(
            "Not used: '"
                + typed
                + "': levels here are by title (entry, mid, senior), not years of experience.");
  }

  @Test
  void aLinkIsTakenOutWholeAndNamedByItsHostNeverReadAsAFigureOrWords() {
    Query query = ask("senior python latam <https://levels.fyi/t/2024?token=abc|levels>");

    assertThat(query.region()).isPresent();
    assertThat(query.notes())
        .containsExactly("Ignored a link (levels.fyi): I read only what is typed.")
        .noneMatch(n -> n.contains("token") || n.contains("2024"));
    assertThat(parser.parse("check https://example.com/job/77 senior python latam"))
        .as("no figure given: the check command asks for one")
        .isEqualTo(new SubCommand("check"));
    assertThat(parser.parse("https://x.com/1"))
        .isEqualTo(
            new Rejected(
                "Ignored a link (x.com): I read only what is typed. Ask in words, e.g. 'senior"
                    + " python latam'.",
                List.of()));
    dev.ratebot.core.reply.Answer compare =
        (dev.ratebot.core.reply.Answer)
            Bundled.reply(
                "compare latam cee www.foo.org/9 https://a.io",
                dev.ratebot.core.estimate.EstimateSettings.defaults());
    assertThat(compare.notes())
        .contains("Ignored 2 links (foo.org, a.io): I read only what is typed.")
        .noneMatch(n -> n.contains("Ignored '"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "check 1e9/h senior python latam | 1e9",
        "check $2.5E5/yr senior python usa | $2.5E5",
        "budget 1e3 senior python latam | 1e3"
      })
  void aFigureInScientificNotationIsRefusedNamingIt(String text, String typed) {
    assertThat(parser.parse(text))
        .isEqualTo(
            new Rejected(
                "Write the figure in full, as in 45/h or $90,000/yr: got '" + typed + "'.",
                List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "senior python latam 1.5 years",
        "check 45.5/h senior python latam",
        "budget 2 senior python latam 2.5 months",
        "check $2.5k/month senior python latam",
        "check 45.5 senior python latam",
        "check 62.50 senior python dev latam",
        "python 3.11 devs latam",
        "java 1.8 developers latam",
        "python 1e developers"
      })
  void aFractionBesideAPeriodOrAsAFigureIsNotAHeadCount(String text) {
    assertThat(parser.parse(text)).isNotInstanceOf(Rejected.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "check -45/h senior python latam | -45/h",
        "is $-90k fair for a senior python dev in the us? | $-90k",
        "budget 3 senior python latam −6 months | −6",
        "budget -2 senior python latam 6 months | -2",
        "check €-40/h senior python cee | €-40/h",
        "check -45@everyone senior python latam | -45",
        "check –45/h senior python latam | –45/h",
        "check - 45/h senior python germany | - 45/h",
        "check minus 45/h senior python latam | minus 45/h"
      })
  void aNegativeFigureIsRefusedNamingItRatherThanReadAsPositive(String text, String typed) {
    assertThat(parser.parse(text))
        .isEqualTo(
            new Rejected(
                "A figure can't be negative: got '" + typed + "'. Ask with a positive one.",
                java.util.List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "budget 3 senior python latam 1,5 years"
            + " | Write decimals with a point: got '1,5'; did you mean 1.5?"
            + " (Commas go between thousands only, as in 1,500.)",
        "check €45,50/h senior python cee"
            + " | Write decimals with a point: got '€45,50'; did you mean €45.50?"
            + " (Commas go between thousands only, as in 1,500.)",
        "check 1.000/month senior python latam"
            + " | '1.000' could be 1000 or a decimal: write thousands with a comma or none (1,000 or"
            + " 1000).",
        "check $90.000 senior python us"
            + " | '$90.000' could be $90000 or a decimal: write thousands with a comma or none (1,000"
            + " or 1000)."
      })
  void aNumberInAShapeThatWouldBeMisreadIsRefusedNamingIt(String text, String reason) {
    assertThat(parser.parse(text)).isEqualTo(new Rejected(reason, java.util.List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "check 45 - 60/h senior python latam",
        "check 45 -60 senior python latam",
        "check 1,500/month senior python latam",
        "senior python 3.100 latam",
        "check 45-60/h senior python latam",
        "senior python latam 2023-2024",
        "budget 3 senior python latam 6-month",
        "mid-level python latam"
      })
  void aHyphenBetweenWordsOrNumbersIsNotAMinus(String text) {
    assertThat(parser.parse(text))
        .isNotInstanceOf(Rejected.class)
        .satisfiesAnyOf(
            r -> assertThat(r).isInstanceOf(Ask.class),
            r -> assertThat(r).isInstanceOf(SubCommand.class));
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
    assertThat(parser.parse("   ")).isEqualTo(new ParseResult.Blank());
  }

  @Test
  void echoedUnknownWordsAreShort() {
    Rejected rejected = (Rejected) parser.parse("x".repeat(300));

    assertThat(rejected.reason()).hasSizeLessThan(120);
  }

  private static final String COVERED =
      "ratebot covers North America, Latin America, Western Europe and Central Europe.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          senior python south africa    | No data for South Africa
          mid node australia            | No data for Australia
          senior python india           | No data for India
          senior python lagos           | No data for Lagos (Nigeria)
          python in tokyo               | No data for Tokyo (Japan)
          senior python new zealand     | No data for New Zealand
          """)
  void placesOutsideEveryRegionAreAPlainProblem(String text, String noData) {
    assertThat(rejected(text).reason()).isEqualTo(noData + ": " + COVERED);
  }

  @Test
  void aCoveredCountrySaysItIsShownWithItsRegionsFigures() {
    Query query = ask("senior python brazil");

    assertThat(query.region().map(Region::id)).contains("latin-america");
    assertThat(query.notes())
        .containsExactly(
            "Brazil is shown with the Latin America figures (ratebot's grouping of countries),"
                + " not Brazil-specific ones.");
  }

  @Test
  void aCityIsAnsweredWithItsCountrysRegionAndSaysSo() {
    Query query = ask("senior python austin");

    assertThat(query.region().map(Region::id)).contains("north-america");
    assertThat(query.country()).contains("Austin, United States");
    assertThat(query.notes())
        .containsExactly(
            "Austin (United States) is shown with the North America figures (ratebot's grouping"
                + " of countries), not Austin-specific ones.");
    assertThat(query.canonicalText()).isEqualTo("senior python austin, united states");
    assertThat(ask(query.canonicalText())).isEqualTo(query);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          mid python sao paulo          | São Paulo, Brazil            | latin-america
          mid python São Paulo          | São Paulo, Brazil            | latin-america
          node buenos aires             | Buenos Aires, Argentina      | latin-america
          senior python new york        | New York City, United States | north-america
          python in new york city       | New York City, United States | north-america
          senior python in the hague    | The Hague, Netherlands       | western-europe
          mid node kraków               | Kraków, Poland               | central-europe
          mid node krakow               | Kraków, Poland               | central-europe
          junior rails łódź             | Łódź, Poland                 | central-europe
          junior rails lodz             | Łódź, Poland                 | central-europe
          laravel toronto               | Toronto, Canada              | north-america
          senior python Nice            | Nice, France                 | western-europe
          london canada python          | London, Canada               | north-america
          valencia spain python         | Valencia, Spain              | western-europe
          valencia western europe       | Valencia, Spain              | western-europe
          """)
  void citiesAreRecognisedIncludingSeveralWordsAndAccents(
      String text, String place, String region) {
    Query query = ask(text);

    assertThat(query.country()).contains(place);
    assertThat(query.region().map(Region::id)).contains(region);
    assertThat(query.notes()).noneMatch(n -> n.startsWith("Assuming"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          valencia python | Taking Valencia as Valencia, Venezuela, the largest place of that name.
          london senior   | Taking London as London, United Kingdom, the largest place of that name.
          cordoba node    | Taking Cordoba as Córdoba, Argentina, the largest place of that name.
          """)
  void anAmbiguousCityIsTheMostPopulousOneAndSaysSo(String text, String note) {
    assertThat(ask(text).notes()).first().isEqualTo(note);
  }

  @Test
  void aNamedCountryOrRegionWinsOverACityAndTheDroppedCityIsSaid() {
    Query query = ask("senior python austin latam");

    assertThat(query.region().map(Region::id)).contains("latin-america");
    assertThat(query.country()).isEmpty();
    assertThat(query.notes())
        .containsExactly(
            "Not reading 'austin' as Austin (United States): you named Latin America.");
    assertThat(ask("lagos brazil python").notes())
        .first()
        .isEqualTo("Not reading 'lagos' as Lagos (Nigeria): you named Brazil.");
  }

  @Test
  void placesAreNeverCorrectedIntoOtherPlacesOrTerms() {
    assertThat(rejected("mid node australia").reason()).startsWith("No data for Australia");
    assertThat(ask("senior python austin").region().map(Region::id)).contains("north-america");
    assertThat(rejected("senior python austria india").reason()).startsWith("No data for India");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          what do most senior python devs cost in latam | most
          a nice senior python dev in latam              | nice
          reading senior python latam                    | reading
          """)
  void everydayWordsThatAreAlsoCitiesAreWordsInLowerCase(String text, String word) {
    Query query = ask(text);

    assertThat(query.region().map(Region::id)).contains("latin-america");
    assertThat(query.notes()).anyMatch(n -> n.startsWith("Ignored '" + word + "'"));
    assertThat(query.notes()).noneMatch(n -> n.startsWith("Assuming"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          senior java latam             | java
          mobile python                 | -
          senior python mobile          | -
          """)
  void domainWordsWinOverCitiesOfTheSameName(String text, String withoutData) {
    ParseResult result = parser.parse(text);

    if (withoutData.equals("-")) {
      assertThat(((Rejected) result).reason()).contains("no figures for mobile developers");
    } else {
      assertThat(((Ask) result).query().technologyWithoutData()).contains(withoutData);
      assertThat(((Ask) result).query().country()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          vendor cee            | vendor
          senior python mailto  | mailto
          senior python vendors | vendors
          """)
  void unknownWordsAreReportedNotCorrected(String text, String word) {
    Query query = ask(text);

    assertThat(query.notes()).anyMatch(n -> n.startsWith("Ignored '" + word + "'"));
    assertThat(query.notes()).noneMatch(n -> n.startsWith("Assuming"));
  }

  @Test
  void vendorIsNotASeniorAndAloneIsNotUnderstood() {
    Query query = ask("vendor cee");

    assertThat(query.level()).isEmpty();
    assertThat(query.notes())
        .containsExactly("Ignored 'vendor' (did you mean senior, deno, junior?).");
    assertThat(rejected("vendor").reason())
        .isEqualTo("I don't know 'vendor'. Ask like: senior python latam.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          pyhton          | python
          seniour         | senior
          senoir          | senior
          pyton           | python
          laravell        | laravel
          brazl           | brazil
          intremediate    | intermediate
          """)
  void clearTyposOfKnownTermsAreStillCorrected(String typo, String term) {
    assertThat(ask(typo + " latam").notes()).contains("Assuming " + term + " for '" + typo + "'.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          senior frontend latam          | frontend developers
          front-end dev in brazil        | frontend developers
          senior devops cee              | DevOps and cloud engineers
          data engineer poland           | data engineers and scientists
          data latam                     | data engineers and scientists
          mobile developer latam         | mobile developers
          ios dev uk                     | mobile developers
          android senior                 | mobile developers
          qa latam                       | QA engineers and testers
          tester in mexico               | QA engineers and testers
          fullstack python               | full-stack developers
          full-stack node latam          | full-stack developers
          designer latam                 | designers
          ml engineer senior             | ML and AI engineers
          """)
  void otherRolesAreAPlainProblem(String text, String role) {
    assertThat(rejected(text).reason())
        .isEqualTo(
            "ratebot's data covers backend developers only; it has no figures for " + role + ".");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          junior python cee        | entry  | -
          jr python cee            | entry  | -
          middle python cee        | mid    | -
          intermediate python cee  | mid    | -
          intern python cee        | entry  | No intern data; entry shown.
          trainee python cee       | entry  | No intern data; entry shown.
          lead python cee          | senior | The data has no lead level; senior shown.
          team lead python cee     | senior | The data has no lead level; senior shown.
          expert python cee        | senior | The data has no expert level; senior shown.
          staff python cee         | senior | No data above senior; senior shown, likely understated.
          principal python cee     | senior | No data above senior; senior shown, likely understated.
          architect python cee     | senior | No data above senior; senior shown, likely understated.
          """)
  void levelWordsMapToALevelAndSayWhenInexact(String text, String level, String note) {
    Query query = ask(text);

    assertThat(query.level().map(Level::id)).contains(level);
    if (note.equals("-")) {
      assertThat(query.notes()).isEmpty();
    } else {
      assertThat(query.notes()).containsExactly(note);
    }
  }

  @Test
  void anUnknownLevelLikeWordIsSaidNotAveragedSilently() {
    Query query = ask("guru python cee");

    assertThat(query.level()).isEmpty();
    assertThat(query.notes()).singleElement().asString().startsWith("Ignored 'guru'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          senior python latam in eur                      | Not used: EUR (figures are shown in USD).
          senior python latam in €                        | Not used: EUR (figures are shown in USD).
          senior python latam pln                         | Not used: PLN (figures are shown in USD).
          senior python latam in usd                      | -
          2 senior python latam 6 months                  | Not used: 2 people, 6 months (a team's cost: start with 'budget').
          3 devs python latam for a year                  | Not used: 3 people, 1 year (a team's cost: start with 'budget').
          two senior python devs latam for twelve weeks   | Not used: 2 people, 12 weeks (a team's cost: start with 'budget').
          python latam 40 hours                           | Not used: 40 hours (a team's cost: start with 'budget').
          is $45/h fair for a senior python dev in latam? | Not used: $45/h (to check an offer: start with 'check').
          senior python latam 45/h                        | Not used: 45/h (to check an offer: start with 'check').
          senior python latam $90k/yr                     | Not used: $90k/yr (to check an offer: start with 'check').
          senior python latam 90k                         | Not used: 90k (to check an offer: start with 'check').
          mid node latam 7000/month                       | Not used: 7000/month (to check an offer: start with 'check').
          senior python latam €40/h                       | Not used: €40/h (to check an offer: start with 'check').
          senior python latam 45 usd per hour             | Not used: 45 usd per hour (to check an offer: start with 'check').
          2 senior python latam 6 months in eur           | Not used: 2 people, 6 months (a team's cost: start with 'budget'); EUR (figures are shown in USD).
          """)
  void numbersCurrenciesPeriodsAndCountsAreKeptAndSaidAsNotUsed(String text, String note) {
    Query query = ask(text);

    assertThat(query.region().map(Region::id)).contains("latin-america");
    // The parser keeps the numbers; the command that runs says which it did not use.
    assertThat(query.notes()).isEmpty();
    assertThat(query.quantities().unusedNote("USD"))
        .isEqualTo(note.equals("-") ? Optional.empty() : Optional.of(note));
  }

  @Test
  void theQueryCarriesTheQuantitiesAsTyped() {
    Quantities quantities = ask("2 senior python latam 6 months in eur at $45/h").quantities();

    assertThat(quantities.counts()).containsExactly(new Quantities.Count(2, "2"));
    assertThat(quantities.periods())
        .containsExactly(
            new Quantities.Period(
                new java.math.BigDecimal("6"), Quantities.TimeUnit.MONTH, "6 months"));
    assertThat(quantities.currencies()).containsExactly("EUR");
    assertThat(quantities.amounts())
        .containsExactly(
            new Quantities.Amount(
                new java.math.BigDecimal("45"),
                java.util.Optional.of("USD"),
                java.util.Optional.of(Quantities.TimeUnit.HOUR),
                "$45/h"));
  }

  @Test
  void amountsAreReadWithMultipliersCurrenciesAndPeriods() {
    Quantities.Amount salary = ask("senior python usa $90k/yr").quantities().amounts().get(0);
    Quantities.Amount euros =
        ask("senior python germany 40 eur an hour").quantities().amounts().get(0);

    assertThat(salary.value()).isEqualByComparingTo("90000");
    assertThat(salary.per()).contains(Quantities.TimeUnit.YEAR);
    assertThat(euros.currency()).contains("EUR");
    assertThat(euros.per()).contains(Quantities.TimeUnit.HOUR);
  }

  @Test
  void technologyAndCurrencyWordsAreNotConfused() {
    Query php = ask("2 php devs latam");

    assertThat(php.technologyWithoutData()).contains("php");
    assertThat(php.quantities().counts()).extracting(Quantities.Count::people).containsExactly(2);
    assertThat(php.quantities().currencies()).isEmpty();
    assertThat(ask("python 3 latam").technology().map(Technology::id)).contains("python");
    assertThat(ask("python3 latam").quantities().isEmpty()).isTrue();
  }

  @Test
  void aYearIsSaidNotDroppedOrTakenForAnAmount() {
    Query query = ask("senior python latam 2025");

    assertThat(query.quantities().isEmpty()).isTrue();
    assertThat(query.notes()).containsExactly("Ignored '2025'.");
    assertThat(ask("senior python latam 2023").notes()).isEmpty();
  }

  @Test
  void dataAfterADeterminerIsTheDatasetNotARole() {
    assertThat(rejected("how reliable is this data").reason())
        .startsWith("I don't know 'reliable'");
    assertThat(rejected("senior data latam").reason()).contains("no figures for data engineers");
  }

  @Test
  void commandWordsArePassedIn() {
    QueryParser french =
        new QueryParser(Bundled.dataset(), Bundled.places(), java.util.Map.of("aide", "help"));

    assertThat(french.parse("aide")).isEqualTo(new SubCommand("help"));
    assertThat(french.parse("help")).isInstanceOf(Rejected.class);
    assertThat(parser.parse("ls")).isEqualTo(new SubCommand("list"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          senior python IN       | No data for India:
          senior python AU       | No data for Australia:
          python ZA              | No data for South Africa:
          senior python asia     | No data for Asia:
          python africa          | No data for Africa:
          python europe          | Europe spans 2 of the data's regions: ask for Western Europe or Central Europe
          senior node the americas | The Americas spans 2 of the data's regions: ask for North America or Latin America
          """)
  void countryCodesAndContinentsOutsideTheRegionsAreSaidNeverDropped(String text, String reason) {
    assertThat(rejected(text).reason()).startsWith(reason);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "where does the data come from",
        "where do your numbers come from?",
        "how old is the data",
        "what's the provenance of these figures"
      })
  void questionsAboutTheDataAreAnsweredByItsSources(String text) {
    assertThat(
            new QueryParser(
                    Bundled.dataset(),
                    Bundled.places(),
                    new CommandWords(
                        Bundled.COMMAND_WORDS,
                        TOPICS,
                        java.util.Set.of(),
                        java.util.Optional.empty()))
                .parse(text))
        .isEqualTo(new SubCommand("sources"));
  }

  @Test
  void everydayWordsAreNotReadAsSmallTownsWhenTypedInLowerCase() {
    Query more = ask("more than a senior python dev in latam");

    assertThat(more.region().map(Region::id)).contains("latin-america");
    assertThat(more.notes()).noneMatch(n -> n.contains("Thān"));
    assertThat(ask("what's the date of this senior python").notes())
        .noneMatch(n -> n.contains("Japan"));
    assertThat(ask("senior python austin").country())
        .hasValueSatisfying(c -> assertThat(c).startsWith("Austin"));
    assertThat(rejected("senior python Date").reason()).startsWith("No data for Date (Japan)");
  }

  @Test
  void askingForASalaryWhereOnlyRatesExistIsSaid() {
    Query salary = ask("what salary should we offer a senior python engineer in the US");
    Query noPlace = ask("senior python salary");

    assertThat(salary.notes())
        .anySatisfy(
            n -> assertThat(n).startsWith("You asked about salaries: the data has salaries"));
    assertThat(noPlace.notes()).noneMatch(n -> n.startsWith("You asked about salaries"));
  }

  @Test
  void partTimeIsSaidNotUsed() {
    assertThat(ask("part-time senior python latam").notes())
        .contains("Not used: part-time (the costs shown are for full-time work).");
  }

  @Test
  void fullWidthLettersReadAsPlainOnes() {
    Query query = ask("ＳＥＮＩＯＲ ＰＹＴＨＯＮ ＬＡＴＡＭ");

    assertThat(query.level().map(Level::id)).contains("senior");
    assertThat(query.technology().map(Technology::id)).contains("python");
    assertThat(query.region().map(Region::id)).contains("latin-america");
  }

  private Rejected rejected(String text) {
    ParseResult result = parser.parse(text);
    assertThat(result).as(text).isInstanceOf(Rejected.class);
    return (Rejected) result;
  }

  private Query ask(String text) {
    ParseResult result = parser.parse(text);
    assertThat(result).as(text).isInstanceOf(Ask.class);
    return ((Ask) result).query();
  }
}
