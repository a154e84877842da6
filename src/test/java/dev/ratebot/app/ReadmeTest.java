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
  // A sample: the question in a marker, then a fenced block holding exactly what the bot prints.
  private static final java.util.regex.Pattern SAMPLE =
      java.util.regex.Pattern.compile(
          "<!-- sample:([^>]+) -->\\n```\\n(.*?)\\n```", java.util.regex.Pattern.DOTALL);

  private final String readme = read("README.md");

  @Test
  void everySampleOutputIsWhatTheBotPrints() {
    java.util.regex.Matcher samples = SAMPLE.matcher(readme);
    int found = 0;
    while (samples.find()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new ConsoleAdapter(Wiring.bundledHandler(), Wiring.bundledCommands())
          .answerOnce(
              samples.group(1).strip(),
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      assertThat(samples.group(2))
          .as("README sample for '%s'", samples.group(1))
          .isEqualTo(out.toString(StandardCharsets.UTF_8).strip());
      found++;
    }
    // The lookup, compare, rank, budget and offer check each have a real example.
    assertThat(found).isGreaterThanOrEqualTo(5);
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
