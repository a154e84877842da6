package dev.ratebot.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void textIsMatchedInLowerCaseWithoutAccentsPunctuationOrExtraSpaces() {
    assertThat(Words.normalize("São Paulo")).isEqualTo("sao paulo");
    assertThat(Words.normalize("  Senior   PYTHON  ")).isEqualTo("senior python");
    assertThat(Words.normalize("senior  python")).isEqualTo("senior python");
    assertThat(Words.normalize("R&D")).isEqualTo("r and d");
    assertThat(Words.normalize("Node.js's rate?")).isEqualTo("node.js rate");
    assertThat(Words.normalize("'quoted' words...")).isEqualTo("quoted words");
    assertThat(Words.normalize("c# and c++ or .net")).isEqualTo("c# and c++ or .net");
    assertThat(Words.normalize("")).isEmpty();
  }

  @Test
  void lettersUnicodeDoesNotDecomposeHavePlainForms() {
    assertThat(Words.normalize("Łódź")).isEqualTo("lodz");
    assertThat(Words.normalize("Straße")).isEqualTo("strasse");
    assertThat(Words.normalize("Ærøskøbing")).isEqualTo("aeroskobing");
    assertThat(Words.withoutAccents("Łódź")).isEqualTo("Lodz");
    assertThat(Words.withoutAccents("plain")).isEqualTo("plain");
  }

  @Test
  void aWordHasALetterUnlessItIsOnlyDigitsOrSigns() {
    assertThat(Words.hasLetter("2023")).isFalse();
    assertThat(Words.hasLetter("$45")).isFalse();
    assertThat(Words.hasLetter("45k")).isTrue();
  }

  @Test
  void theDistanceCountsEditsAndSwapsUpToALimit() {
    assertThat(Words.distance("python", "python", 2)).isZero();
    assertThat(Words.distance("pyhton", "python", 2)).as("a swap").isEqualTo(1);
    assertThat(Words.distance("pythn", "python", 2)).as("a deletion").isEqualTo(1);
    assertThat(Words.distance("pythoon", "python", 2)).as("an insertion").isEqualTo(1);
    assertThat(Words.distance("pzthon", "python", 2)).as("a substitution").isEqualTo(1);
    assertThat(Words.distance("pzthn", "python", 2)).isEqualTo(2);
    assertThat(Words.distance("ab", "ba", 1)).isEqualTo(1);
    assertThat(Words.distance("ca", "abc", 3))
        .as("a swapped pair is not edited again")
        .isEqualTo(3);
    assertThat(Words.distance("", "ab", 2)).isEqualTo(2);
    assertThat(Words.distance("abc", "abcde", 2)).isEqualTo(2);
  }

  @Test
  void beyondTheLimitTheDistanceIsOneMoreThanTheLimit() {
    assertThat(Words.distance("senior", "snr", 2)).isEqualTo(3);
    assertThat(Words.distance("a", "abcd", 2)).isEqualTo(3);
    assertThat(Words.distance("abcdef", "ghijkl", 2)).isEqualTo(3);
    assertThat(Words.distance("kotlin", "python", 1)).isEqualTo(2);
  }

  @Test
  void namesAreCapitalisedWordByWordAndListedWithAnd() {
    assertThat(Words.capitalised("new york city")).isEqualTo("New York City");
    assertThat(Words.and(List.of())).isEmpty();
    assertThat(Words.and(List.of("Senior"))).isEqualTo("Senior");
    assertThat(Words.and(List.of("Entry", "Mid", "Senior"))).isEqualTo("Entry, Mid and Senior");
  }
}
