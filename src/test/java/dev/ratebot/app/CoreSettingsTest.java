package dev.ratebot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ratebot.adapter.fx.EcbRates;
import dev.ratebot.adapter.fx.EcbSnapshot;
import java.io.File;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoreSettingsTest {

  @Test
  void unsetOrBlankDataMeansTheBundledArticle() {
    assertThat(CoreSettings.fromEnvironment(Map.of()).dataFiles()).containsExactly("bundled");
    assertThat(CoreSettings.fromEnvironment(Map.of("RATEBOT_DATA", " ")).dataFiles())
        .containsExactly("bundled");
  }

  @Test
  void dataNamesSeveralFilesSeparatedByThePathSeparator() {
    String value = String.join(File.pathSeparator, "bundled", "/etc/ratebot/our-bands.csv");

    assertThat(CoreSettings.fromEnvironment(Map.of("RATEBOT_DATA", value)).dataFiles())
        .isEqualTo(List.of("bundled", "/etc/ratebot/our-bands.csv"));
  }

  @Test
  void anEmptyEntryIsRefused() {
    String value = "bundled" + File.pathSeparator + File.pathSeparator + "x.csv";

    assertThatThrownBy(() -> CoreSettings.fromEnvironment(Map.of("RATEBOT_DATA", value)))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "RATEBOT_DATA has an empty entry in '"
                + value
                + "': name each file once, separated by '"
                + File.pathSeparator
                + "'.");
  }

  @Test
  void exchangeRatesComeFromTheEcbInUsdUnlessSaidOtherwise() {
    CoreSettings settings = CoreSettings.fromEnvironment(Map.of());

    assertThat(settings.exchangeRatesUrl()).contains(EcbRates.DAILY);
    assertThat(settings.displayCurrency()).isEqualTo("USD");
    assertThat(CoreSettings.defaults().exchangeRatesUrl()).contains(EcbRates.DAILY);
    assertThat(CoreSettings.defaults().displayCurrency()).isEqualTo("USD");
    assertThat(EcbRates.DAILY.toString()).isEqualTo(Setting.RATEBOT_FX_URL.defaultValue());
    assertThat(EcbSnapshot.rates().has(Setting.RATEBOT_CURRENCY.defaultValue())).isTrue();
  }

  @Test
  void noneTurnsFetchingOff() {
    assertThat(fx("none").exchangeRatesUrl()).isEmpty();
    assertThat(fx(" NONE ").exchangeRatesUrl()).isEmpty();
    assertThat(fx(" ").exchangeRatesUrl()).contains(EcbRates.DAILY);
  }

  @Test
  void anHttpOrHttpsUrlIsTaken() {
    assertThat(fx("http://127.0.0.1:8080/eurofxref-daily.xml").exchangeRatesUrl())
        .isEqualTo(Optional.of(URI.create("http://127.0.0.1:8080/eurofxref-daily.xml")));
    assertThat(fx("https://user:pw@mirror.example/fx.xml").exchangeRatesUrl())
        .contains(URI.create("https://user:pw@mirror.example/fx.xml"));
  }

  @Test
  void otherUrlsAreRefusedWithoutEchoingThem() {
    assertThatThrownBy(() -> fx("ftp://alice:s3cret@mirror.example/fx.xml"))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "RATEBOT_FX_URL must be an http or https URL, or none to turn fetching off; got a ftp"
                + " URL.")
        .hasMessageNotContaining("s3cret");
    assertThatThrownBy(() -> fx("mirror.example/fx.xml"))
        .hasMessage(
            "RATEBOT_FX_URL must be an http or https URL, or none to turn fetching off; got no"
                + " scheme.");
    assertThatThrownBy(() -> fx("https://alice:s3 cret@mirror.example/"))
        .hasMessage(
            "RATEBOT_FX_URL is not a valid URL (Illegal character in authority at character 9):"
                + " give an http or https URL, or none to turn fetching off.");
    assertThatThrownBy(() -> fx("https:///fx.xml"))
        .hasMessage(
            "RATEBOT_FX_URL must name a host, as in"
                + " https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml, or be none.");
  }

  @Test
  void theCurrencyIsTheEuroOrOneTheEcbPublishes() {
    assertThat(currency("eur").displayCurrency()).isEqualTo("EUR");
    assertThat(currency(" PLN ").displayCurrency()).isEqualTo("PLN");
    assertThat(currency("").displayCurrency()).isEqualTo("USD");
  }

  @Test
  void anyOtherCurrencyStopsStartUpNamingTheValidOnes() {
    assertThatThrownBy(() -> currency("ARS"))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "RATEBOT_CURRENCY must be EUR or a currency the European Central Bank publishes"
                + " reference rates for, got 'ARS'. The ECB's rates of 2026-04-13 cover AUD, BRL,"
                + " CAD, CHF, CNY, CZK, DKK, EUR, GBP, HKD, HUF, IDR, ILS, INR, ISK, JPY, KRW, MXN,"
                + " MYR, NOK, NZD, PHP, PLN, RON, SEK, SGD, THB, TRY, USD, ZAR.");
    assertThatThrownBy(() -> currency("dollars"))
        .hasMessageStartingWith("RATEBOT_CURRENCY must be EUR or a currency");
  }

  private static CoreSettings fx(String url) {
    return CoreSettings.fromEnvironment(Map.of("RATEBOT_FX_URL", url));
  }

  private static CoreSettings currency(String code) {
    return CoreSettings.fromEnvironment(Map.of("RATEBOT_CURRENCY", code));
  }
}
