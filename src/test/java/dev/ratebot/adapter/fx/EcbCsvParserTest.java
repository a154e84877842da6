package dev.ratebot.adapter.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ratebot.core.fx.ExchangeRates;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EcbCsvParserTest {
  private static final Path CONFIG = Path.of("config", EcbSnapshot.FILE);

  @Test
  void theBundledFileIsTheEcbsOf13April2026() throws IOException {
    ExchangeRates rates = EcbCsvParser.parse(Files.readAllBytes(CONFIG), "test");

    assertThat(rates.date()).isEqualTo(LocalDate.of(2026, 4, 13));
    assertThat(rates.perEuro()).hasSize(29);
    assertThat(rates.perEuro().get("USD")).isEqualTo(new BigDecimal("1.1684"));
    assertThat(rates.perEuro().get("GBP")).isEqualTo(new BigDecimal("0.87058"));
    assertThat(rates.perEuro().get("IDR")).isEqualTo(new BigDecimal("20082.05"));
    assertThat(rates.perEuro().get("ZAR")).isEqualTo(new BigDecimal("19.3849"));
    assertThat(rates.has("ARS")).isFalse();
    assertThat(rates.has("BGN")).isFalse();
  }

  @Test
  void theJarCarriesTheConfigFileByteForByte() throws IOException {
    try (InputStream in = EcbSnapshot.class.getResourceAsStream(EcbSnapshot.RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(CONFIG));
    }
    assertThat(EcbSnapshot.rates().perEuro())
        .isEqualTo(EcbCsvParser.parse(Files.readAllBytes(CONFIG), "test").perEuro());
    assertThat(EcbSnapshot.rates().source()).startsWith("ECB ");
  }

  @Test
  void notAvailableRatesAndIsoDatesAreRead() {
    ExchangeRates rates = parse("Date, USD, CYP, GBP, \n2007-12-31, 1.4721, N/A, 0.73335, \n");

    assertThat(rates.date()).isEqualTo(LocalDate.of(2007, 12, 31));
    assertThat(rates.perEuro()).containsOnlyKeys("USD", "GBP");
  }

  @Test
  void filesNotInTheEcbsShapeAreRefusedWithTheFault() {
    assertThatThrownBy(() -> parse("Date, USD, \n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a header line and one line of rates, found 1 line(s)");
    assertThatThrownBy(() -> parse("Day, USD\n13 April 2026, 1.1684\n"))
        .hasMessage("the first column is 'Day', not Date");
    assertThatThrownBy(() -> parse("Date, USD, GBP\n13 April 2026, 1.1684\n"))
        .hasMessage("the header has 3 columns, the rates 2");
    assertThatThrownBy(() -> parse("Date, USD\n13 April 2026, one\n"))
        .hasMessage("the rate of 'USD' is not a number: 'one'");
    assertThatThrownBy(() -> parse("Date, USD\n13 Avril 2026, 1.1684\n"))
        .hasMessage("the date '13 Avril 2026' is not a date");
    assertThatThrownBy(() -> parse("Date, USD, USD\n13 April 2026, 1.1684, 1.1684\n"))
        .hasMessage("USD is listed twice");
    assertThatThrownBy(() -> parse("Date, usd\n13 April 2026, 1.1684\n"))
        .hasMessageContaining("'usd' is not an ISO 4217 currency code");
  }

  private static ExchangeRates parse(String csv) {
    return EcbCsvParser.parse(csv.getBytes(StandardCharsets.UTF_8), "test");
  }
}
