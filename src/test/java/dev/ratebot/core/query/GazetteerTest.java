package dev.ratebot.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.Gazetteer.Named;
import dev.ratebot.core.rates.Place;
import dev.ratebot.core.rates.Places;
import dev.ratebot.testing.Bundled;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer GAZETTEER =
      new Gazetteer(Bundled.places(), Bundled.dataset().countryAliases());

  @Test
  void everyEverydayWordOnTheListIsACityOfTheGazetteer() {
    assertThat(Gazetteer.ORDINARY_WORDS).allMatch(GAZETTEER::isPlace);
  }

  @Test
  void countriesComeBeforeCitiesAndCitiesByPopulation() {
    assertThat(GAZETTEER.lookup("mexico")).first().extracting(Named::country).isEqualTo(true);
    assertThat(GAZETTEER.lookup("london")).extracting(Named::countryCode).startsWith("GB", "CA");
  }

  @Test
  void derivedNamesWork() {
    assertThat(GAZETTEER.lookup("new york"))
        .extracting(Named::name)
        .containsExactly("New York City");
    assertThat(GAZETTEER.lookup("washington"))
        .first()
        .extracting(Named::name)
        .isEqualTo("Washington, D.C.");
    assertThat(GAZETTEER.lookup("myanmar")).first().extracting(Named::countryCode).isEqualTo("MM");
    assertThat(GAZETTEER.lookup("usa")).first().extracting(Named::countryCode).isEqualTo("US");
  }

  @Test
  void namesOfTwoLettersAreNotPlaces() {
    assertThat(GAZETTEER.isPlace("bo")).isFalse();
  }

  @Test
  void aFewCitiesAreKnownByTheirNamesTheirPlainNamesAndTheirShortNames() {
    Gazetteer gazetteer = small();

    assertThat(gazetteer.lookup("sao paulo"))
        .extracting(Named::described)
        .containsExactly("São Paulo (Brazil)");
    assertThat(gazetteer.lookup("halle")).extracting(Named::name).containsExactly("Halle (Saale)");
    assertThat(gazetteer.lookup("halle saale"))
        .extracting(Named::name)
        .containsExactly("Halle (Saale)");
    assertThat(gazetteer.lookup("washington"))
        .extracting(Named::described)
        .containsExactly("Washington, D.C. (United States)");
    assertThat(gazetteer.lookup("salt lake"))
        .extracting(Named::name)
        .containsExactly("Salt Lake City");
    assertThat(gazetteer.lookup("salt lake city"))
        .extracting(Named::name)
        .containsExactly("Salt Lake City");
    assertThat(gazetteer.isPlace("cebu")).as("one word left is not enough").isFalse();
    assertThat(gazetteer.isPlace("cebu city")).isTrue();
    assertThat(gazetteer.isPlace("bo")).isFalse();
    assertThat(gazetteer.isPlace("nowhere")).isFalse();
  }

  @Test
  void aNameOfSeveralPlacesListsTheCountryThenTheCitiesMostPopulousFirst() {
    Gazetteer gazetteer = small();

    assertThat(gazetteer.lookup("valencia"))
        .extracting(Named::countryCode)
        .containsExactly("VE", "ES");
    assertThat(gazetteer.lookup("georgia"))
        .extracting(Named::described)
        .containsExactly("Georgia", "Georgia (United States)");
    assertThat(gazetteer.lookup("mexico"))
        .as("Mexico City leaves one word: no short name")
        .extracting(Named::described)
        .containsExactly("Mexico");
    assertThat(gazetteer.lookup("holland"))
        .extracting(Named::described)
        .containsExactly("Netherlands");
  }

  @Test
  void aCityIsAlsoKnownByItsAsciiNameWhenThatIsAnotherName() {
    Gazetteer gazetteer =
        new Gazetteer(
            new Places(List.of(new Place("Bengaluru", "Bangalore", "IN", 8_400_000))), Map.of());

    assertThat(gazetteer.lookup("bangalore"))
        .extracting(Named::described)
        .containsExactly("Bengaluru (India)");
    assertThat(gazetteer.lookup("bengaluru")).hasSize(1);
  }

  @Test
  void namesOfThreeLettersArePlaces() {
    assertThat(GAZETTEER.lookup("ufa")).extracting(Named::countryCode).containsExactly("RU");
  }

  @Test
  void theLongestPhraseCountsTheWordsOfTheLongestName() {
    Gazetteer gazetteer =
        new Gazetteer(
            new Places(List.of(new Place("Ciudad de los Siete Lagos Altos", "", "AR", 20_000))),
            Map.of());

    assertThat(gazetteer.longestPhrase())
        .as("countries reach 6 words: south georgia and south sandwich islands")
        .isEqualTo(6);
    assertThat(
            new Gazetteer(
                    new Places(
                        List.of(new Place("Un Deux Trois Quatre Cinq Six Sept", "", "FR", 20_000))),
                    Map.of())
                .longestPhrase())
        .isEqualTo(7);
    assertThat(gazetteer.isPlace("ciudad de los siete lagos altos")).isTrue();
  }

  private static Gazetteer small() {
    return new Gazetteer(
        new Places(
            List.of(
                new Place("São Paulo", "Sao Paulo", "BR", 12_000_000),
                new Place("Halle (Saale)", "", "DE", 230_000),
                new Place("Washington, D.C.", "Washington, D.C.", "US", 700_000),
                new Place("Salt Lake City", "", "US", 200_000),
                new Place("Cebu City", "", "PH", 900_000),
                new Place("Bo", "", "SL", 150_000),
                new Place("Valencia", "", "ES", 800_000),
                new Place("Valencia", "", "VE", 1_400_000),
                new Place("Georgia", "", "US", 5_000),
                new Place("Mexico City", "", "MX", 9_000_000))),
        Map.of("holland", "NL"));
  }
}
