package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.rates.Period;
import dev.ratebot.core.rates.Unit;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static final Unit EUR_PER_HOUR = new Unit("EUR", Period.HOUR);

  @Test
  void aRangeIsRoundedToWholeAmountsAndGroupedInThousands() {
    assertThat(Money.range(44.6, 65.4, Unit.USD_PER_HOUR, false)).isEqualTo("$45–65/h");
    assertThat(Money.range(110_000, 135_000, Unit.USD_PER_YEAR, false))
        .isEqualTo("$110,000–135,000/yr");
  }

  @Test
  void aRangeWhoseEndsRoundAlikeIsOneAmountAndOrMoreAddsAPlus() {
    assertThat(Money.range(34.6, 35.4, Unit.USD_PER_HOUR, false)).isEqualTo("$35/h");
    assertThat(Money.range(60, 60, Unit.USD_PER_HOUR, true)).isEqualTo("$60+/h");
    assertThat(Money.range(50, 60, Unit.USD_PER_HOUR, true)).isEqualTo("$50–60+/h");
  }

  @Test
  void eachCurrencyHasItsOwnSymbolOrItsCode() {
    assertThat(Money.range(55, 70, EUR_PER_HOUR, false)).isEqualTo("€55–70/h");
    assertThat(Money.amount(1234, "GBP")).isEqualTo("£1,234");
    assertThat(Money.amount(40, "PLN")).isEqualTo("PLN 40");
    assertThat(Money.amount(1234)).isEqualTo("$1,234");
  }

  @Test
  void aSingleFigureIsRoundedAndCarriesItsPeriod() {
    assertThat(Money.single(94.5, Unit.USD_PER_HOUR)).isEqualTo("$95/h");
    assertThat(Money.single(1_000_000.4, new Unit("USD", Period.MONTH))).isEqualTo("$1,000,000/mo");
  }

  @Test
  void anExactRangeIsShownAsGiven() {
    assertThat(Money.exact(126_880, 153_920, Unit.USD_PER_YEAR)).isEqualTo("$126,880–153,920/yr");
    assertThat(Money.exact(500, 500, EUR_PER_HOUR)).isEqualTo("€500/h");
  }

  @Test
  void groupingPutsACommaBeforeEveryThreeDigitsFromTheRight() {
    assertThat(Money.group(0)).isEqualTo("0");
    assertThat(Money.group(999)).isEqualTo("999");
    assertThat(Money.group(1000)).isEqualTo("1,000");
    assertThat(Money.group(12_345)).isEqualTo("12,345");
    assertThat(Money.group(123_456)).isEqualTo("123,456");
    assertThat(Money.group(1_234_567)).isEqualTo("1,234,567");
    assertThat(Money.group(-1_234)).isEqualTo("-1,234");
  }

  @Test
  void decimalsKeepAFixedCountOfPlacesWithLeadingZeros() {
    assertThat(Money.decimals(1.3738, 2)).isEqualTo("1.37");
    assertThat(Money.decimals(1.04, 2)).isEqualTo("1.04");
    assertThat(Money.decimals(2.0, 1)).isEqualTo("2.0");
    assertThat(Money.decimals(0.105, 3)).isEqualTo("0.105");
    assertThat(Money.decimals(-1.26, 1)).isEqualTo("-1.3");
    assertThat(Money.decimals(-0.5, 2)).isEqualTo("-0.50");
    assertThat(Money.decimals(0.001, 2)).as("zero has no sign").isEqualTo("0.00");
  }

  @Test
  void roundingToAStepGoesToTheNearestMultiple() {
    assertThat(Money.roundTo(10_573.3, 10)).isEqualTo(10_570);
    assertThat(Money.roundTo(10_575, 10)).isEqualTo(10_580);
    assertThat(Money.roundTo(4, 10)).isZero();
  }
}
