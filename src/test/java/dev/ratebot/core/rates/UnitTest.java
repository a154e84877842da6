package dev.ratebot.core.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnitTest {
  @Test
  void aCurrencyCodeIsTrimmedAndUpperCased() {
    assertThat(new Unit(" eur ", Period.MONTH).currency()).isEqualTo("EUR");
  }

  @Test
  void aUnitShowsItsPeriodAndConvertsToAnother() {
    assertThat(Unit.USD_PER_HOUR.suffix()).isEqualTo("/h");
    assertThat(Unit.USD_PER_HOUR.per(Period.MONTH).suffix()).isEqualTo("/mo");
    assertThat(Unit.USD_PER_HOUR.per(Period.YEAR)).isEqualTo(Unit.USD_PER_YEAR);
    assertThat(Period.YEAR.word()).isEqualTo("year");
  }

  @Test
  void aCurrencyIsAThreeLetterCode() {
    assertThatThrownBy(() -> new Unit("dollars", Period.HOUR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'DOLLARS' is not a three-letter currency code");
  }
}
