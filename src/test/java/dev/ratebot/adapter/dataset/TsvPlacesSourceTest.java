package dev.ratebot.adapter.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ratebot.core.rates.Place;
import dev.ratebot.core.rates.Places;
import org.junit.jupiter.api.Test;

class TsvPlacesSourceTest {
  private static final String HEADER = "name\tascii_name\tcountry\tpopulation\tgeonames_id\n";

  @Test
  void theBundledCitiesAreEveryRowOfTheFileMostPopulousFirst() {
    Places places = TsvPlacesSource.bundled().load();

    assertThat(places.cities()).hasSize(24_323);
    assertThat(places.cities().get(0)).isEqualTo(new Place("Shanghai", "", "CN", 22_315_474));
    assertThat(places.cities())
        .anyMatch(p -> p.name().equals("Austin") && p.countryCode().equals("US"));
  }

  @Test
  void anAsciiNameColumnHoldingCountryCodesIsNotAName() {
    Places places =
        TsvPlacesSource.text("t.tsv", HEADER + "Old City\tIL,PS\tPS\t36000\t6945291\n").load();

    assertThat(places.cities()).containsExactly(new Place("Old City", "", "PS", 36_000));
  }

  @Test
  void aBadRowIsNamedByFileAndLine() {
    assertThatThrownBy(
            () -> TsvPlacesSource.text("t.tsv", HEADER + "Lagos\t\tNG\tmany\t1\n").load())
        .isInstanceOf(DatasetLoadException.class)
        .hasMessageStartingWith("t.tsv: line 2: ");
    assertThatThrownBy(() -> TsvPlacesSource.text("t.tsv", HEADER + "Lagos\tNG\n").load())
        .hasMessage("t.tsv: line 2: 2 columns where 5 belong");
    assertThatThrownBy(() -> TsvPlacesSource.text("t.tsv", "name,country\n").load())
        .hasMessageStartingWith("t.tsv: line 1: the header is not");
  }
}
