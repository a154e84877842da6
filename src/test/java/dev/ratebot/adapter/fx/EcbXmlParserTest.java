package dev.ratebot.adapter.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ratebot.core.fx.ExchangeRates;
import dev.ratebot.fake.ecb.FakeEcb;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcbXmlParserTest {
  private static final ExchangeRates SNAPSHOT = EcbSnapshot.rates();
  private static final String ENVELOPE =
      "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\""
          + " xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\">";

  @Test
  void theDailyFileGivesItsDayAndEveryRate() {
    String xml = FakeEcb.dailyXml(LocalDate.of(2026, 4, 14), SNAPSHOT.perEuro());

    ExchangeRates rates = parse(xml);

    assertThat(rates.date()).isEqualTo(LocalDate.of(2026, 4, 14));
    assertThat(rates.perEuro()).isEqualTo(SNAPSHOT.perEuro());
    assertThat(rates.source()).isEqualTo("test");
  }

  @Test
  void aFileOfSeveralDaysGivesTheNewest() {
    String xml =
        ENVELOPE
            + "<Cube><Cube time='2026-04-13'><Cube currency='USD' rate='1.1684'/></Cube>"
            + "<Cube time='2026-04-14'><Cube currency='USD' rate='1.17'/></Cube>"
            + "<Cube time='2026-04-10'><Cube currency='USD' rate='1.16'/></Cube></Cube>"
            + "</gesmes:Envelope>";

    ExchangeRates rates = parse(xml);

    assertThat(rates.date()).isEqualTo(LocalDate.of(2026, 4, 14));
    assertThat(rates.rate("EUR", "USD")).isEqualByComparingTo("1.17");
  }

  @Test
  void aDocumentTypeIsRefusedSoNoEntityIsEverExpanded() {
    String internal =
        "<?xml version='1.0'?><!DOCTYPE gesmes:Envelope [<!ENTITY usd '1.5'>]>"
            + ENVELOPE
            + "<Cube><Cube time='2026-04-14'><Cube currency='USD' rate='&usd;'/></Cube></Cube>"
            + "</gesmes:Envelope>";

    assertThatThrownBy(() -> parse(internal))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "it declares a document type (DOCTYPE), which is refused: no entity is expanded");
  }

  @Test
  void anExternalEntityIsNeverRead(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "1.5");
    String xxe =
        "<?xml version='1.0'?><!DOCTYPE gesmes:Envelope [<!ENTITY usd SYSTEM '"
            + secret.toUri()
            + "'>]>"
            + ENVELOPE
            + "<Cube><Cube time='2026-04-14'><Cube currency='USD' rate='&usd;'/></Cube></Cube>"
            + "</gesmes:Envelope>";

    assertThatThrownBy(() -> parse(xxe))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("1.5");
  }

  @Test
  void filesThatAreNotTheEcbsAreRefusedWithTheFault() {
    assertThatThrownBy(() -> parse("<html><body>Down for maintenance</body></html>"))
        .hasMessage("its root element is <html>, not <Envelope>");
    assertThatThrownBy(() -> parse("not xml")).hasMessageStartingWith("not well-formed XML: ");
    assertThatThrownBy(() -> parse("")).hasMessageStartingWith("not well-formed XML: ");
    assertThatThrownBy(() -> parse(ENVELOPE + "<Cube></Cube></gesmes:Envelope>"))
        .hasMessage("the file lists no day of rates (no <Cube time=…>)");
    assertThatThrownBy(
            () -> parse(ENVELOPE + "<Cube><Cube time='2026-04-14'/></Cube></gesmes:Envelope>"))
        .hasMessage("the file lists no rates for 2026-04-14");
    assertThatThrownBy(() -> parse(day("2026-04-14", "<Cube currency='USD' rate='x'/>")))
        .hasMessage("the rate of 'USD' is not a number: 'x'");
    assertThatThrownBy(() -> parse(day("14.04.2026", "<Cube currency='USD' rate='1'/>")))
        .hasMessage("the day '14.04.2026' is not a date (yyyy-mm-dd)");
    assertThatThrownBy(
            () ->
                parse(
                    day(
                        "2026-04-14",
                        "<Cube currency='USD' rate='1'/><Cube currency='USD' rate='2'/>")))
        .hasMessage("USD is listed twice");
    assertThatThrownBy(() -> parse(day("2026-04-14", "<Cube currency='USD' rate='-1'/>")))
        .hasMessage("the rate of USD must be above 0, got -1");
  }

  private static String day(String time, String cubes) {
    return ENVELOPE
        + "<Cube><Cube time='"
        + time
        + "'>"
        + cubes
        + "</Cube></Cube></gesmes:Envelope>";
  }

  private static ExchangeRates parse(String xml) {
    return EcbXmlParser.parse(xml.getBytes(StandardCharsets.UTF_8), "test");
  }
}
