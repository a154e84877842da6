package dev.ratebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.adapter.console.ConsoleAdapter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README is the front door: its sample output and settings table must stay true. */
class ReadmeTest {
  private final String readme = read("README.md");

  @Test
  void sampleOutputIsWhatTheBotPrints() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ConsoleAdapter(Wiring.bundledHandler(), Wiring.bundledCommands())
        .answerOnce(
            "senior python latam", new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

    String marker = "<!-- sample:senior python latam -->\n```\n";
    int start = readme.indexOf(marker) + marker.length();
    String sample = readme.substring(start, readme.indexOf("\n```", start));
    assertThat(sample).isEqualTo(out.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  void settingsTableNamesEverySetting() {
    for (Setting setting : Setting.values()) {
      assertThat(readme).contains("| `" + setting.name() + "` |");
    }
  }

  @Test
  void ciRunsTheReadmesTestCommand() {
    assertThat(readme).contains("```sh\n./mvnw -B verify\n```");
    assertThat(read(".ci/run")).contains("\n./mvnw -B verify\n");
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
