package dev.ratebot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.app.Setting;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the real main in its own JVM with real standard input and output, as a user would. */
class ConsoleEndToEndTest {

  @Test
  void oneShotQuestionPrintsTheAnswerAndExitsZero() throws Exception {
    Result result = run(Map.of(), "", "senior", "python", "latam");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("Senior Python backend developer · Latin America")
        .contains("Contract rate          $61–74/h")
        .contains("Top-end contract rate  $95/h")
        .contains("Full-time year cost    $126,880–153,920/yr")
        .doesNotContain("Annual")
        .contains("▸ Latin America")
        .contains("Payscale, Glassdoor (2023)")
        .contains("contract rates, ratebot's reading");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void unanswerableQuestionPrintsTheReasonAndExitsTwo() throws Exception {
    Result result = run(Map.of(), "", "qwzx", "vbnm");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("I don't know 'qwzx', 'vbnm'.").doesNotContain("Exception");
  }

  /** Each question ratebot once guessed at, with the honest answer or problem it now gets. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          senior python south africa     | 2 | No data for South Africa: ratebot covers North America, Latin America, Western Europe and Central Europe.
          mid node australia             | 2 | No data for Australia: ratebot covers North America, Latin America, Western Europe and Central Europe.
          senior python india            | 2 | No data for India: ratebot covers North America, Latin America, Western Europe and Central Europe.
          senior python lagos            | 2 | No data for Lagos (Nigeria): ratebot covers North America, Latin America, Western Europe and Central Europe.
          senior frontend latam          | 2 | ratebot's data covers backend developers only; it has no figures for frontend developers.
          senior python austin           | 0 | Austin (United States) is shown with the North America figures (ratebot's grouping of countries), not Austin-specific ones.
          vendor cee                     | 0 | Ignored 'vendor' (did you mean senior, deno, junior?).
          staff python cee               | 0 | No data above senior; senior shown, likely understated.
          senior python latam in eur     | 0 | Not used: EUR (figures are shown in USD).
          2 senior python latam 6 months | 0 | Not used: 2 people, 6 months (budgets come later).
          is $45/h fair for a senior python dev in latam? | 0 | Not used: $45/h (offer checks come later).
          senior python brazil           | 0 | Brazil is shown with the Latin America figures (ratebot's grouping of countries), not Brazil-specific ones.
          """)
  void questionsOnceGuessedAtGetAnHonestAnswerOrProblem(String question, int exit, String said)
      throws Exception {
    Result result = run(Map.of(), "", question.split(" "));

    assertThat(result.exit()).isEqualTo(exit);
    if (exit == 2) {
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).startsWith(said);
    } else {
      assertThat(result.out()).contains("  • " + said);
      assertThat(result.err()).isEmpty();
    }
  }

  @Test
  void aCityGetsItsRegionAndTheLevelItsMappingNote() throws Exception {
    Result result = run(Map.of(), "", "staff", "python", "austin");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("Senior Python backend developer · Austin, United States (North America)")
        .contains("No data above senior; senior shown, likely understated.")
        .doesNotContain("Austria");
  }

  @Test
  void conversationAnswersEachLineUntilQuit() throws Exception {
    Result result = run(Map.of(), "latam\n\nhow much is a mid node dev in poland?\nquit\nsenior\n");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("Backend developer · Latin America")
        .contains("Mid Node.js backend developer · Poland (Central Europe)")
        .doesNotContain("Senior backend developer");
  }

  @Test
  void conversationEndsAtEndOfInputAndSurvivesBadLines() throws Exception {
    Result result = run(Map.of(), "junior senior\n/rate sources\n" + "x".repeat(600) + "\n");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("Pick one level at a time: Entry or Senior.")
        .contains("Sources (data vintage 2023)")
        .contains("That's 600 characters");
  }

  @Test
  void helpPrintsUsageAndEverySetting() throws Exception {
    Result result = run(Map.of(), "", "--help");

    assertThat(result.exit()).isZero();
    for (Setting setting : Setting.values()) {
      assertThat(result.out()).contains(setting.name());
    }
  }

  @Test
  void invalidDatasetStopsStartUpWithOneMessage(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("rates.json");
    String json =
        Files.readString(Path.of("config/rates.json")).replace("\"low\": 45", "\"low\": 75");
    Files.writeString(data, json);

    Result result = run(Map.of("RATEBOT_DATA", data.toString()), "", "latam");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err().strip())
        .isEqualTo("ratebot: " + data + ": $.source.tables[1].rows[1]: low 75 is above high 65")
        .doesNotContain("\n");
  }

  @Test
  void otherDatasetIsUsedWhenNamed(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("rates.json");
    String json =
        Files.readString(Path.of("config/rates.json"))
            .replace(
                "\"low\": 45,\n            \"high\": 65", "\"low\": 50,\n            \"high\": 70");
    Files.writeString(data, json);

    Result result = run(Map.of("RATEBOT_DATA", data.toString()), "", "latam");

    assertThat(result.out()).contains("Contract rate          $50–70/h");
  }

  @Test
  void badSettingIsNamedAndExitsTwo() throws Exception {
    Result result = run(Map.of("RATEBOT_HOURS_PER_YEAR", "lots"), "", "latam");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err().strip())
        .isEqualTo("ratebot: RATEBOT_HOURS_PER_YEAR must be a whole number, got 'lots'.");
  }

  @Test
  void configuredHoursChangeTheEquivalents() throws Exception {
    Result result = run(Map.of("RATEBOT_HOURS_PER_YEAR", "1800"), "", "latam");

    assertThat(result.out()).contains("at this rate × 1,800 h").contains("$81,000–117,000/yr");
  }

  private static Result run(Map<String, String> env, String stdin, String... args)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.ratebot.app.Main");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder
        .environment()
        .keySet()
        .removeIf(
            k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_") || k.startsWith("RATEBOT_"));
    builder.environment().putAll(env);
    Process process = builder.start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("ratebot did not exit");
    }
    return new Result(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  private record Result(int exit, String out, String err) {}
}
