package dev.ratebot.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult.Ask;
import dev.ratebot.core.query.ParseResult.Rejected;
import dev.ratebot.testing.Bundled;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a question's notes say about the words it did not use, each said once and kept short. */
class NotesTest {
  private static final QueryParser PARSER = Bundled.parser();

  @Test
  void atMostFiveUnknownWordsAreEchoedAndTheRestCounted() {
    assertThat(rejected("zzqv xxqw qqpl vvkq jjqz wwqx"))
        .isEqualTo(
            "I don't know 'zzqv', 'xxqw', 'qqpl', 'vvkq', 'jjqz' and 1 more. Ask like: senior"
                + " python latam.");
    assertThat(rejected("zzqv xxqw qqpl vvkq jjqz"))
        .isEqualTo(
            "I don't know 'zzqv', 'xxqw', 'qqpl', 'vvkq', 'jjqz'. Ask like: senior python latam.");
  }

  @Test
  void anUnknownWordOverThirtyCharactersIsCut() {
    assertThat(notes("senior python latam zzqvxxqwqqplvvkqjjqzwwqxabcdefgh"))
        .containsExactly("Ignored 'zzqvxxqwqqplvvkqjjqzwwqxabcdef…'.");
    assertThat(notes("senior python latam zzqvxxqwqqplvvkqjjqzwwqxabcdef"))
        .containsExactly("Ignored 'zzqvxxqwqqplvvkqjjqzwwqxabcdef'.");
  }

  @Test
  void twoWordsForOneIndustryGetOneNote() {
    assertThat(notes("senior python latam fintech banking"))
        .singleElement()
        .asString()
        .startsWith("Fintech: the article names finance");
  }

  @Test
  void aTechnologyWithoutFiguresBesideOneWithThemIsSaid() {
    assertThat(notes("senior python go latam"))
        .containsExactly("Using Python figures; there are none for go.");
    assertThat(notes("senior python latam go rust"))
        .containsExactly("Using Python figures; there are none for go, rust.");
    assertThat(rejected("senior go rust latam"))
        .isEqualTo("Pick one technology at a time: go or rust.");
  }

  @Test
  void aBroadRegionBesideARegionIsIgnoredAndSaid() {
    assertThat(notes("senior python europe cee")).containsExactly("Ignored 'Europe'.");
  }

  @Test
  void partTimeIsSaidOnceHoweverItIsWritten() {
    String partTime = "Not used: part-time (the costs shown are for full-time work).";
    assertThat(notes("senior python latam part time")).containsExactly(partTime);
    assertThat(notes("senior python latam parttime")).containsExactly(partTime);
  }

  @Test
  void salariesAskedForInARegionAreExplainedOnlyThere() {
    assertThat(notes("senior python latam salary"))
        .containsExactly(
            "You asked about salaries: the data has salaries for the United States only (ask"
                + " without a place to see them); the figures here are contract rates, what a"
                + " client pays.");
    assertThat(notes("senior python salary")).isEmpty();
  }

  @Test
  void aQuestionOfFiveHundredCharactersIsReadAndOneMoreIsRefused() {
    String padding = " python".repeat(70);
    String question = ("senior latam" + padding).substring(0, QueryParser.MAX_LENGTH);

    assertThat(PARSER.parse(question)).isInstanceOf(Ask.class);
    assertThat(rejected(question + "n"))
        .isEqualTo("That's 501 characters; please keep a question under 500.");
  }

  @Test
  void partAsTheLastWordIsNotPartTime() {
    assertThat(notes("senior python latam part")).isEmpty();
  }

  @Test
  void anEverydayWordThatIsALargeCityIsIgnoredWithTheCityOfferedAndASmallTownIsNot() {
    assertThat(notes("senior python latam nice"))
        .containsExactly("Ignored 'nice' (did you mean Nice?).");
    assertThat(notes("senior python latam than")).containsExactly("Ignored 'than'.");
  }

  private static List<String> notes(String question) {
    ParseResult result = PARSER.parse(question);
    assertThat(result).as(question).isInstanceOf(Ask.class);
    return ((Ask) result).query().notes();
  }

  private static String rejected(String question) {
    ParseResult result = PARSER.parse(question);
    assertThat(result).as(question).isInstanceOf(Rejected.class);
    return ((Rejected) result).reason();
  }
}
