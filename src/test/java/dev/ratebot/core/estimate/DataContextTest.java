package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.rates.MarketContext;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.Origin;
import dev.ratebot.core.rates.RateSource;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.RateType;
import dev.ratebot.core.rates.SourceRole;
import dev.ratebot.core.rates.TableKind;
import dev.ratebot.core.rates.Unit;
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

  @Test
  void theLineSaysWhatTheFiguresAreOnceEachThenTheirAgeAndWhoStatesThem() {
    Origin survey = new Origin("s", "Survey", "", "2025", "", OptionalInt.of(40));
    RateTable read = table("a", RateType.CONTRACT_RATE, "our reading", List.of("s", "gone"));
    RateTable again = table("b", RateType.CONTRACT_RATE, "our reading", List.of("s"));
    RateTable salaries = table("c", RateType.SALARY, "", List.of());
    RateSource source = source(List.of(survey), List.of(read, again, salaries));

    assertThat(DataContext.line(source, List.of(read, again, salaries), TODAY))
        .isEqualTo(
            "Contract rates (ratebot's reading) and salaries · 2025 data, about 1 year old · X"
                + " report, citing Survey; sample sizes: Survey 40");
  }

  @Test
  void withoutTablesTheLineCitesEveryOriginOfTheSourceAndNamesNoRateType() {
    Origin survey = new Origin("s", "Survey", "", "2025", "", OptionalInt.empty());
    RateSource source = source(List.of(survey), List.of());

    assertThat(DataContext.line(source, List.of(), TODAY))
        .isEqualTo("2025 data, about 1 year old · X report, citing Survey; no sample sizes");
  }

  private static RateTable table(String id, RateType type, String reading, List<String> origins) {
    return new RateTable(
        id,
        "Table " + id,
        TableKind.FIGURES,
        type,
        reading,
        "",
        Unit.USD_PER_HOUR,
        "",
        origins,
        List.of(new Observation("x", id, null, null, null, 1, 2, 0, false, "")));
  }

  private static RateSource source(List<Origin> origins, List<RateTable> tables) {
    return new RateSource(
        "x",
        "X report",
        "",
        "",
        "2025",
        SourceRole.MARKET,
        "USD",
        "",
        MarketContext.none(),
        origins,
        tables);
  }
}
