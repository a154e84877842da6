package dev.ratebot.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.Vocabulary.Kind;
import dev.ratebot.core.query.Vocabulary.Meaning;
import dev.ratebot.testing.Bundled;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  private final Vocabulary vocabulary = new Vocabulary(Bundled.dataset());

  @Test
  void termsAreKnownByIdLabelAndAlias() {
    assertThat(vocabulary.phrase("latam")).isEqualTo(Meaning.of(Kind.REGION, "latin-america"));
    assertThat(vocabulary.phrase("latin america"))
        .isEqualTo(Meaning.of(Kind.REGION, "latin-america"));
    assertThat(vocabulary.phrase(Words.normalize("North-America")))
        .isEqualTo(Meaning.of(Kind.REGION, "north-america"));
    assertThat(vocabulary.phrase("python")).isEqualTo(Meaning.of(Kind.TECHNOLOGY, "python"));
    assertThat(vocabulary.phrase("ruby on rails")).isEqualTo(Meaning.of(Kind.TECHNOLOGY, "rails"));
    assertThat(vocabulary.phrase("jr")).isEqualTo(Meaning.of(Kind.LEVEL, "entry"));
    assertThat(vocabulary.phrase("java"))
        .isEqualTo(Meaning.of(Kind.TECHNOLOGY_WITHOUT_DATA, "java"));
  }

  @Test
  void inexactLevelWordsCarryTheNoteAnAnswerShows() {
    assertThat(vocabulary.phrase("intern"))
        .isEqualTo(new Meaning(Kind.LEVEL, "entry", "No intern data; entry shown."));
    assertThat(vocabulary.phrase("tech lead"))
        .isEqualTo(new Meaning(Kind.LEVEL, "senior", "The data has no lead level; senior shown."));
    assertThat(vocabulary.phrase("experts"))
        .isEqualTo(
            new Meaning(Kind.LEVEL, "senior", "The data has no expert level; senior shown."));
    assertThat(vocabulary.phrase("principal"))
        .isEqualTo(
            new Meaning(
                Kind.LEVEL, "senior", "No data above senior; senior shown, likely understated."));
  }

  @Test
  void countriesOfTheRegionsAreKnownByNameAliasAndCodeAndEveryOtherByCodeAlone() {
    assertThat(vocabulary.phrase("brazil")).isEqualTo(Meaning.of(Kind.COUNTRY, "BR"));
    assertThat(vocabulary.phrase("usa")).isEqualTo(Meaning.of(Kind.COUNTRY, "US"));
    assertThat(vocabulary.isoCode("br")).isEqualTo(Meaning.of(Kind.COUNTRY, "BR"));
    assertThat(vocabulary.isoCode("in")).isNull();
    assertThat(vocabulary.phrase("india")).isNull();
    assertThat(vocabulary.anyIsoCode("in")).isEqualTo(Meaning.of(Kind.COUNTRY, "IN"));
    assertThat(vocabulary.countryName("BR")).isEqualTo("Brazil");
    assertThat(vocabulary.countryName("XX")).isEqualTo("XX");
  }

  @Test
  void rolesBroadRegionsAndFillerAreKnownButAreNotPeople() {
    assertThat(vocabulary.phrase("front end").kind()).isEqualTo(Kind.ROLE);
    assertThat(vocabulary.phrase("middle east"))
        .isEqualTo(Meaning.of(Kind.BROAD_REGION, "the Middle East"));
    assertThat(vocabulary.phrase("the")).isEqualTo(Meaning.FILLER);
    assertThat(vocabulary.phrase("front end").isPersonWord()).isTrue();
    assertThat(vocabulary.phrase("java").isPersonWord()).isTrue();
    assertThat(vocabulary.phrase("senior").isPersonWord()).isTrue();
    assertThat(vocabulary.phrase("python").isPersonWord()).isTrue();
    assertThat(vocabulary.phrase("latam").isPersonWord()).isFalse();
    assertThat(vocabulary.phrase("the").isPersonWord()).isFalse();
    assertThat(vocabulary.phrase("the").isTerm()).isFalse();
    assertThat(vocabulary.phrase("latam").isTerm()).isTrue();
  }

  @Test
  void singleWordsAreOfferedForTypoCorrectionAndPhrasesAreMatchedUpToTheLongest() {
    assertThat(vocabulary.words()).containsKey("python").doesNotContainKey("latin america");
    assertThat(vocabulary.phrases()).containsKey("latin america");
    assertThat(vocabulary.longestPhrase()).isGreaterThanOrEqualTo(4);
  }
}
