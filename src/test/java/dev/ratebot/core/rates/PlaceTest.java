package dev.ratebot.core.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlaceTest {
  @Test
  void aPlaceNeedsANameAndATwoLetterUpperCaseCountryCode() {
    assertThatThrownBy(() -> new Place(null, "", "US", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a place needs a name");
    assertThatThrownBy(() -> new Place("Austin", "", "USA", 1))
        .hasMessage("place Austin: 'USA' is not a two-letter country code");
    assertThatThrownBy(() -> new Place("Austin", "", "uS", 1))
        .hasMessage("place Austin: 'uS' is not a two-letter country code");
    assertThatThrownBy(() -> new Place("Austin", "", "Us", 1))
        .hasMessage("place Austin: 'Us' is not a two-letter country code");
  }

  @Test
  void itsPopulationMayBeUnknownButNotNegative() {
    assertThat(new Place("Hamlet", null, "GB", 0).asciiName()).isEmpty();
    assertThatThrownBy(() -> new Place("Hamlet", "", "GB", -1))
        .hasMessage("place Hamlet: negative population");
  }
}
