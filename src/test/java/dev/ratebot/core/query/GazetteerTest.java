package dev.ratebot.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.Gazetteer.Named;
import dev.ratebot.testing.Bundled;
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
}
