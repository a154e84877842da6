package dev.ratebot.core.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {
  private static final LocalDate APRIL_13 = LocalDate.of(2026, 4, 13);
  private final ExchangeRates snapshot = snapshot();

  @Test
  void theEuroIsAlwaysThereAtOne() {
    assertThat(snapshot.has("EUR")).isTrue();
    assertThat(snapshot.rate("EUR", "EUR")).isEqualByComparingTo("1");
    assertThat(snapshot.perEuro()).doesNotContainKey("EUR");
  }

  @Test
  void aRateFromTheEuroIsTheFilesOwn() {
    assertThat(snapshot.rate("EUR", "PLN")).isEqualTo(new BigDecimal("4.2543"));
    assertThat(snapshot.rate("EUR", "USD")).isEqualTo(new BigDecimal("1.1684"));
  }

  @Test
  void aRateIntoTheEuroIsTheInverse() {
    assertThat(snapshot.rate("USD", "EUR")).isEqualTo(new BigDecimal("0.8558712769599452"));
  }

  @Test
  void otherPairsAreCrossRatesThroughTheEuro() {
    assertThat(snapshot.rate("USD", "GBP")).isEqualTo(new BigDecimal("0.7451044162957891"));
    assertThat(snapshot.rate("GBP", "JPY")).isEqualTo(new BigDecimal("214.5121643042569"));
    assertThat(snapshot.rate("USD", "USD")).isEqualByComparingTo("1");
  }

  @Test
  void convertingMultipliesOnceByTheCrossRate() {
    assertThat(snapshot.convert(100, "USD", "GBP")).isCloseTo(74.510441629579, within(1e-12));
    assertThat(snapshot.convert(1, "EUR", "PLN")).isEqualTo(4.2543);
    assertThat(snapshot.convert(0, "USD", "JPY")).isZero();
  }

  @Test
  void codesAreReadInAnyCase() {
    assertThat(snapshot.has("usd")).isTrue();
    assertThat(snapshot.rate("eur", "pln")).isEqualTo(new BigDecimal("4.2543"));
  }

  @Test
  void aCurrencyTheRatesLackIsDetectedAndNamedWithThoseThereAre() {
    assertThat(snapshot.has("ARS")).isFalse();
    assertThat(snapshot.has("XX")).isFalse();
    assertThat(snapshot.has(null)).isFalse();
    assertThatThrownBy(() -> snapshot.rate("USD", "ars"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "No exchange rate for ARS: the rates of 2026-04-13 cover AUD, BRL, CAD, CHF, CNY, CZK,"
                + " DKK, EUR, GBP, HKD, HUF, IDR, ILS, INR, ISK, JPY, KRW, MXN, MYR, NOK, NZD, PHP,"
                + " PLN, RON, SEK, SGD, THB, TRY, USD, ZAR.");
    assertThatThrownBy(() -> snapshot.convert(1, "CLP", "USD"))
        .hasMessageStartingWith("No exchange rate for CLP:");
  }

  @Test
  void currenciesAreSortedAndIncludeTheEuro() {
    List<String> codes = snapshot.currencies();

    assertThat(codes).hasSize(30).isSorted().contains("EUR", "USD", "GBP", "PLN", "BRL", "MXN");
    assertThat(codes).doesNotContain("ARS", "CLP", "COP", "PEN", "BGN");
  }

  @Test
  void ageCountsWholeDaysInTheClocksZone() {
    assertThat(snapshot.ageInDays(at("2026-04-13T23:59:00Z"))).isZero();
    assertThat(snapshot.ageInDays(at("2026-04-17T10:00:00Z"))).isEqualTo(4);
    assertThat(snapshot.ageInDays(at("2026-04-10T10:00:00Z"))).isZero();
  }

  @Test
  void staleAfterSevenDays() {
    assertThat(snapshot.stale(at("2026-04-20T12:00:00Z"))).isFalse();
    assertThat(snapshot.stale(at("2026-04-21T00:00:00Z"))).isTrue();
  }

  @Test
  void theTableIsCopiedAndSortedByCode() {
    Map<String, BigDecimal> given = new LinkedHashMap<>();
    given.put("USD", new BigDecimal("1.1684"));
    given.put("GBP", new BigDecimal("0.87058"));
    ExchangeRates rates = new ExchangeRates(APRIL_13, given, "test");
    given.put("PLN", new BigDecimal("4.2543"));

    assertThat(rates.perEuro()).containsOnlyKeys("GBP", "USD");
    assertThat(rates.perEuro().keySet()).containsExactly("GBP", "USD");
    assertThatThrownBy(() -> rates.perEuro().put("PLN", BigDecimal.TEN))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aGivenEuroAtOneIsDroppedAndAnyOtherEuroRateRefused() {
    ExchangeRates rates =
        new ExchangeRates(
            APRIL_13, Map.of("EUR", new BigDecimal("1.000"), "USD", BigDecimal.TEN), "test");

    assertThat(rates.perEuro()).containsOnlyKeys("USD");
    assertThat(rates).isEqualTo(new ExchangeRates(APRIL_13, Map.of("USD", BigDecimal.TEN), "test"));
    assertThatThrownBy(
            () -> new ExchangeRates(APRIL_13, Map.of("EUR", new BigDecimal("1.1")), "test"))
        .hasMessage("one euro is 1 EUR, not 1.1");
  }

  @Test
  void invalidTablesAreRefused() {
    assertThatThrownBy(() -> new ExchangeRates(APRIL_13, Map.of("usd", BigDecimal.ONE), "test"))
        .hasMessage("'usd' is not an ISO 4217 currency code (three upper-case letters)");
    assertThatThrownBy(() -> new ExchangeRates(APRIL_13, Map.of("USDX", BigDecimal.ONE), "test"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExchangeRates(APRIL_13, Map.of("USD", BigDecimal.ZERO), "test"))
        .hasMessage("the rate of USD must be above 0, got 0");
    assertThatThrownBy(
            () -> new ExchangeRates(APRIL_13, Map.of("USD", new BigDecimal("-1")), "test"))
        .hasMessage("the rate of USD must be above 0, got -1");
    Map<String, BigDecimal> nullRate = new HashMap<>();
    nullRate.put("USD", null);
    assertThatThrownBy(() -> new ExchangeRates(APRIL_13, nullRate, "test"))
        .hasMessage("the rate of USD must be above 0, got null");
    assertThatThrownBy(() -> new ExchangeRates(APRIL_13, Map.of(), "test"))
        .hasMessage("exchange rates need at least one currency besides EUR");
    assertThatThrownBy(() -> new ExchangeRates(APRIL_13, Map.of("USD", BigDecimal.ONE), " "))
        .hasMessage("exchange rates need a source");
    assertThatThrownBy(() -> snapshot.convert(Double.NaN, "USD", "EUR"))
        .hasMessage("cannot convert NaN");
  }

  @Test
  void theMethodsWorkedExampleIsWhatTheRatesGive() throws IOException {
    String method = Files.readString(Path.of("docs/METHOD.md"), StandardCharsets.UTF_8);
    String section = method.substring(method.indexOf("## Exchange rates"));
    section = section.substring(0, section.indexOf("\n## ", 1)).replaceAll("\\s+", " ");

    assertThat(section)
        .contains("EUR → PLN: **" + snapshot.rate("EUR", "PLN") + "**")
        .contains("USD → EUR: 1 ÷ 1.1684 = **" + snapshot.rate("USD", "EUR") + "**")
        .contains("USD → GBP: 0.87058 ÷ 1.1684 = **" + snapshot.rate("USD", "GBP") + "**")
        .contains(String.format(Locale.ROOT, "**£%.2f/h**", snapshot.convert(65, "USD", "GBP")))
        .contains(
            "("
                + new BigDecimal(65)
                    .multiply(snapshot.perEuro().get("GBP"))
                    .divide(snapshot.perEuro().get("USD"), MathContext.DECIMAL64)
                + ")")
        .contains("\"" + snapshot.noRateFor("ARS") + "\"")
        .contains("more than " + ExchangeRates.STALE_AFTER_DAYS + " days old");
  }

  @Test
  void aLambdaIsASource() {
    ExchangeRatesSource source = () -> snapshot;

    assertThat(source.current()).isSameAs(snapshot);
  }

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  // The bundled ECB file's own figures (never typed here): header codes, then one line of rates.
  static ExchangeRates snapshot() {
    try {
      List<String> lines =
          Files.readAllLines(Path.of("config/eurofxref-2026-04-13.csv"), StandardCharsets.UTF_8);
      String[] codes = lines.get(0).split(",");
      String[] values = lines.get(1).split(",");
      Map<String, BigDecimal> perEuro = new HashMap<>();
      for (int i = 1; i < codes.length; i++) {
        if (!codes[i].isBlank()) {
          perEuro.put(codes[i].strip(), new BigDecimal(values[i].strip()));
        }
      }
      return new ExchangeRates(APRIL_13, perEuro, "ECB, config/eurofxref-2026-04-13.csv");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
