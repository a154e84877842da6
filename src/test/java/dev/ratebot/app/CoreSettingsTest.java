package dev.ratebot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.List;
import java.util.Map;
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
}
