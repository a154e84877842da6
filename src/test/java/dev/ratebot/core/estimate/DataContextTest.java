package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.rates.MarketContext;
import dev.ratebot.core.rates.Origin;
import dev.ratebot.core.rates.RateSource;
import dev.ratebot.core.rates.SourceRole;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DataContextTest {
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void ageIsYearsSinceTheVintage() {
    assertThat(DataContext.age("2023", TODAY)).isEqualTo("2023 data, about 3 years old");
    assertThat(DataContext.age("2025", TODAY)).isEqualTo("2025 data, about 1 year old");
    assertThat(DataContext.age("2026", TODAY)).isEqualTo("2026 data, this year's");
    assertThat(DataContext.age("Q3 2023", TODAY)).isEqualTo("data of Q3 2023, age unknown");
  }

  @Test
  void confidenceNamesPublisherOriginsAndTheSampleSizesGiven() {
    Origin survey = new Origin("s", "Survey", "", "2025", "", OptionalInt.of(1200));
    Origin blog = new Origin("b", "Blog", "", "2025", "", OptionalInt.empty());
    RateSource source =
        new RateSource(
            "x",
            "X report",
            "X",
            "a consultancy",
            "2025",
            SourceRole.MARKET,
            "USD",
            "",
            MarketContext.none(),
            List.of(survey, blog),
            List.of());

    assertThat(DataContext.confidence(source, List.of(survey, blog)))
        .isEqualTo(
            "X, a consultancy, citing Survey and Blog; sample sizes: Survey 1,200 (others not"
                + " given)");
    assertThat(DataContext.confidence(source, List.of()))
        .isEqualTo("X, a consultancy, its own figures; no sample sizes");
  }
}
