package dev.ratebot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogSettingsTest {
  @Test
  void defaultIsText() {
    assertThat(LogSettings.fromEnvironment(Map.of())).isEqualTo(new LogSettings("text"));
  }

  @Test
  void jsonInAnyCaseIsTaken() {
    assertThat(LogSettings.fromEnvironment(Map.of("RATEBOT_LOG_FORMAT", " JSON ")))
        .isEqualTo(new LogSettings("json"));
  }

  @Test
  void anUnknownFormatIsRefused() {
    assertThatThrownBy(() -> LogSettings.fromEnvironment(Map.of("RATEBOT_LOG_FORMAT", "xml")))
        .isInstanceOf(SettingsException.class)
        .hasMessage("RATEBOT_LOG_FORMAT must be one of text, json, got 'xml'.");
  }

  @Test
  void startUpStopsWithOneLineAndExitCode2() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        Main.run(
            new String[] {"latam"},
            Map.of("RATEBOT_LOG_FORMAT", "logfmt"),
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(Main.EXIT_BAD_SETUP);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "ratebot: RATEBOT_LOG_FORMAT must be one of text, json, got 'logfmt'."
                + System.lineSeparator());
  }
}
