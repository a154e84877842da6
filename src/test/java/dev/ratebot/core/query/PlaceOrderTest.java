package dev.ratebot.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.rates.Region;
import dev.ratebot.testing.Bundled;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceOrderTest {
  private final Region latam = Bundled.dataset().region("latin-america").orElseThrow();
  private final Region cee = Bundled.dataset().region("central-europe").orElseThrow();
  private final Region na = Bundled.dataset().region("north-america").orElseThrow();

  @Test
  void regionsComeInTheOrderTheirRegionsCountriesOrCitiesWereNamed() {
    PlaceOrder order = new PlaceOrder();
    order.country("PL");
    order.city("austin");
    order.region("latin-america");

    List<Region> ordered =
        order.ordered(
            Bundled.dataset(),
            Map.of(PlaceOrder.countryKey("PL"), cee, PlaceOrder.cityKey("austin"), na),
            new LinkedHashSet<>(List.of(latam, cee, na)));

    assertThat(ordered).containsExactly(cee, na, latam);
  }

  @Test
  void aRegionNotTracedToAMentionComesLastAndOnlyRegionsKeptAreListed() {
    PlaceOrder order = new PlaceOrder();
    order.city("lagos");
    order.region("latin-america");

    List<Region> ordered = order.ordered(Bundled.dataset(), Map.of(), Set.of(latam, na));

    assertThat(ordered).containsExactly(latam, na);
  }
}
