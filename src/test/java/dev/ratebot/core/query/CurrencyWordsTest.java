package dev.ratebot.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrencyWordsTest {
  @Test
  void symbolsAndCurrencyWordsStandingAloneAreReadAndTakenOutOfTheText() {
    StringBuilder text = new StringBuilder("rate in € or dollars, not US$ or 5$x");
    List<String> currencies = new ArrayList<>();

    CurrencyWords.alone(text, currencies);

    assertThat(currencies).containsExactly("EUR", "USD", "USD", "USD");
    assertThat(text.toString()).isEqualTo("rate in   or        , not     or 5 x");
  }

  @Test
  void aCodeAloneIsACurrencyUnlessItIsAnEverydayWordInLowerCase() {
    assertThat(CurrencyWords.currencyCode("eur")).contains("EUR");
    assertThat(CurrencyWords.currencyCode("EUR")).contains("EUR");
    assertThat(CurrencyWords.currencyCode("all")).isEmpty();
    assertThat(CurrencyWords.currencyCode("ALL")).contains("ALL");
    assertThat(CurrencyWords.currencyCode("euro")).isEmpty();
    assertThat(CurrencyWords.currencyCode("xyz")).isEmpty();
  }

  @Test
  void besideANumberAnyCodeOrCurrencyWordIsACurrencyExceptWordsTheParserKnows() {
    assertThat(CurrencyWords.besideNumber("Dollars", w -> false)).contains("USD");
    assertThat(CurrencyWords.besideNumber("pounds", w -> false)).contains("GBP");
    assertThat(CurrencyWords.besideNumber("pln", w -> false)).contains("PLN");
    assertThat(CurrencyWords.besideNumber("top", w -> false)).isEmpty();
    assertThat(CurrencyWords.besideNumber("TOP", w -> false)).contains("TOP");
    assertThat(CurrencyWords.besideNumber("php", "php"::equals)).as("a language").isEmpty();
    assertThat(CurrencyWords.besideNumber("PHP", "php"::equals)).contains("PHP");
    assertThat(CurrencyWords.besideNumber("abc", w -> false)).isEmpty();
  }

  @Test
  void aSymbolBeforeANumberNamesItsCurrencyAndABareDollarIsUsd() {
    assertThat(CurrencyWords.symbol("€")).isEqualTo("EUR");
    assertThat(CurrencyWords.symbol("£")).isEqualTo("GBP");
    assertThat(CurrencyWords.symbol("$")).isEqualTo("USD");
    assertThat(CurrencyWords.symbol("US$")).isEqualTo("USD");
    assertThat(CurrencyWords.symbol("C$")).isEqualTo("USD");
  }
}
