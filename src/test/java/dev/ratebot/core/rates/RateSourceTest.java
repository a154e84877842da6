package dev.ratebot.core.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateSourceTest {
  private static final RateTable SALARIES = table("salaries", RateType.SALARY);
  private static final RateTable RATES = table("rates", RateType.CONTRACT_RATE);

  @Test
  void aSourceNeedsAnIdAndAName() {
    assertThatThrownBy(() -> source(" ", "2023", "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a term needs an id");
  }

  @Test
  void itsVintageIsAYearFrom1990ToThisYear() {
    int thisYear = Year.now(ZoneOffset.UTC).getValue();

    assertThatCode(() -> source("s", "1990", "USD")).doesNotThrowAnyException();
    assertThatCode(() -> source("s", String.valueOf(thisYear), "USD")).doesNotThrowAnyException();
    assertThatThrownBy(() -> source("s", "1989", "USD"))
        .hasMessage("vintage '1989' is not a year from 1990 to " + thisYear);
    assertThatThrownBy(() -> source("s", String.valueOf(thisYear + 1), "USD"))
        .hasMessage("vintage '" + (thisYear + 1) + "' is not a year from 1990 to " + thisYear);
    assertThatThrownBy(() -> source("s", "20266", "USD"))
        .hasMessage("vintage '20266' is not a year from 1990 to " + thisYear);
  }

  @Test
  void whatItDoesNotSayIsEmptyNeverNull() {
    RateSource source =
        new RateSource(
            "s",
            "Source",
            null,
            null,
            "2023",
            SourceRole.REFERENCE,
            "usd",
            null,
            MarketContext.none(),
            List.of(),
            List.of(RATES));

    assertThat(source.publisher()).isEmpty();
    assertThat(source.publisherKind()).isEmpty();
    assertThat(source.coverage()).isEmpty();
    assertThat(source.currency()).isEqualTo("USD");
    assertThatThrownBy(() -> source("s", "2023", null))
        .hasMessage("'' is not a three-letter currency code");
  }

  @Test
  void itsRateTypesAreThoseOfItsTables() {
    RateSource source =
        new RateSource(
            "s",
            "Source",
            "",
            "",
            "2023",
            SourceRole.REFERENCE,
            "USD",
            "",
            MarketContext.none(),
            List.of(),
            List.of(SALARIES, RATES));

    assertThat(source.rateTypes()).containsExactly(RateType.CONTRACT_RATE, RateType.SALARY);
  }

  private static RateSource source(String id, String vintage, String currency) {
    return new RateSource(
        id,
        "Source",
        "",
        "",
        vintage,
        SourceRole.REFERENCE,
        currency,
        "",
        MarketContext.none(),
        List.of(),
        List.of(RATES));
  }

  private static RateTable table(String id, RateType rateType) {
    return new RateTable(
        id,
        "Table " + id,
        TableKind.FIGURES,
        rateType,
        "",
        "",
        Unit.USD_PER_HOUR,
        "",
        List.of(),
        List.of(new Observation("s", id, null, null, null, 40, 50, 0, false, "")));
  }
}
