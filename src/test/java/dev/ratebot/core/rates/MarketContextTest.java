package dev.ratebot.core.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarketContextTest {
  @Test
  void anUnsaidTrendOrAttributionIsEmptyNeverNull() {
    MarketContext context = new MarketContext(List.of("experience"), List.of(), null, null);

    assertThat(context.trend()).isEmpty();
    assertThat(context.attribution()).isEmpty();
    assertThat(context.factors()).containsExactly("experience");
  }
}
