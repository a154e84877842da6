package dev.ratebot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ratebot.app.Setting;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
          senior python latam in eur     | 0 | Converted from USD to EUR at the European Central Bank's reference rate of 13 April 2026: 1 USD = 0.85587 EUR
          2 senior python latam 6 months | 0 | Contract rates only: what a client pays per hour, the contractor's or vendor's overheads and margin included; no salaries or employer costs are used.
          is $45/h fair for a senior python dev in latam? | 0 | This answer holds a figure you gave, so it is shown only to you.
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
  void regionsAreComparedSideBySideAndRankedCheapestFirst() throws Exception {
    Result result =
        run(
            Map.of(),
            """
            compare senior python latam vs cee vs weu
            senior python latam vs na
            python latam mid vs senior
            cheapest mid python
            senior python latam vs india
            """);

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains(
            "Senior Python backend developer · Latin America vs Central Europe vs Western Europe")
        .contains(
            "  Central Europe  $61–74/h    estimate    same as Latin America, at the midpoint")
        .contains(
            "  Western Europe  $102–126/h  estimate    69% above Latin America, at the midpoint")
        .contains(
            "  • Latin America and Central Europe are the cheapest of the three, about 41% below"
                + " Western Europe at the midpoint; all are estimates from the same source.")
        .contains(
            "  • Latin America is the cheaper of the two, about 41% below North America at the"
                + " midpoint; both are estimates from the same source.")
        .contains("  Senior  $61–74/h  estimate    19% above Mid, at the midpoint")
        .contains("  1. Central Europe  $47–55/h   estimate    saves 49% against North America")
        .contains("  4. North America   $92–109/h  estimate    the dearest: the reference")
        .contains("Contract rates (ratebot's reading) · 2023 data")
        .contains("No data for India: ratebot covers")
        .doesNotContain("Pick one region");
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
  void aHundredPipedQuestionsGetAHundredAnswersWithoutARateLimit() throws Exception {
    String questions = "senior python latam\n".repeat(100);

    Result result = run(Map.of(), questions);

    assertThat(result.exit()).isZero();
    assertThat(result.out().split("Senior Python backend developer · Latin America", -1))
        .hasSize(101);
    assertThat(result.out() + result.err()).doesNotContain("faster", "busy");
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
  void chartOptionWritesADecodablePngOfTheAnswer(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("latam.png");

    Result result = run(Map.of(), "", "--chart", png.toString(), "senior", "python", "latam");

    assertThat(result.exit()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .contains("▸ Latin America")
        .doesNotContain("the console shows no images")
        .endsWith("Chart: " + png + " (800×400 PNG)\n");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(400);
  }

  @Test
  void chartThatCannotBeWrittenIsOneLineAndExitsTwo(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("missing").resolve("latam.png");

    Result result = run(Map.of(), "", "--chart=" + png, "chart", "senior", "python", "latam");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo("ratebot: cannot write the chart to " + png + ": no such directory\n");
  }

  @Test
  void chartWordAtThePromptSaysHowToGetTheFile() throws Exception {
    Result result = run(Map.of(), "senior python latam chart\n");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("▸ Latin America")
        .contains("Chart: the console shows no images; ask on the command line with --chart FILE");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          --chrat x.png latam   | unknown option --chrat; the options are --chart FILE, --version, --help, and -- before a question.
          latam --chart         | --chart needs a file name, e.g. --chart chart.png senior python latam
          --chart x.png         | --chart needs a question, e.g. --chart chart.png senior python latam
          """)
  void badOptionsAreOneLineAndExitTwo(String args, String said) throws Exception {
    Result result = run(Map.of(), "", args.split(" "));

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("ratebot: " + said + "\n");
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
  void ownRateCardBesideTheBundledArticleStartsAndAnswers() throws Exception {
    String data = "bundled" + File.pathSeparator + "config/example-rate-card.csv";

    Result answer = run(Map.of("RATEBOT_DATA", data), "", "senior", "python", "latam");
    Result sources = run(Map.of("RATEBOT_DATA", data), "", "sources");

    assertThat(answer.exit()).isZero();
    assertThat(answer.out()).contains("Senior Python backend developer · Latin America");
    assertThat(answer.err()).isEmpty();
    assertThat(sources.out())
        .contains("Example Co. rate card (sample)")
        .contains("Shown beside estimates; contract rates in EUR; vintage 2026.");
  }

  @Test
  void anOfferIsCheckedAgainstTheCompanyCardToo() throws Exception {
    String data = "bundled" + File.pathSeparator + "config/example-rate-card.csv";

    // The card's senior Python row in Central Europe is €60–75/h: 1 − 55 ÷ 60 = 8% under.
    Result result =
        run(Map.of("RATEBOT_DATA", data), "", "check", "€55/h", "senior", "python", "cee");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains(
            "Against Example Co. rate card (sample)  8% under the range",
            "below its low end of €60/h; expect few candidates at this figure; its row €60–75/h");
  }

  @Test
  void badCsvStopsStartUpWithOneLineNamingFileLineAndColumn(@TempDir Path dir) throws Exception {
    Path card = dir.resolve("our-bands.csv");
    Files.writeString(
        card, Files.readString(Path.of("config/example-rate-card.csv")) + "staff,,,90,120,hour,\n");

    Result result = run(Map.of("RATEBOT_DATA", "bundled" + File.pathSeparator + card), "", "latam");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().strip())
        .isEqualTo(
            "ratebot: "
                + card
                + ": line 20, column level: 'staff' is not a level of the dataset (entry, mid,"
                + " senior)");
  }

  @Test
  void csvAloneStopsStartUpSayingAMarketSourceIsNeeded() throws Exception {
    Result result = run(Map.of("RATEBOT_DATA", "config/example-rate-card.csv"), "", "latam");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err().strip())
        .startsWith(
            "ratebot: config/example-rate-card.csv: sources: no market source to estimate from")
        .doesNotContain("\n");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void directoryOrFifoStopsStartUpAtOnce(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("rates.json");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");

    Result fromFifo = run(Map.of("RATEBOT_DATA", fifo.toString()), "", "latam");
    Result fromDirectory = run(Map.of("RATEBOT_DATA", dir.toString()), "", "latam");

    assertThat(fromFifo.exit()).isEqualTo(2);
    assertThat(fromFifo.err().strip())
        .isEqualTo(
            "ratebot: "
                + fifo
                + ": is not a regular file (a FIFO, socket or device?): name a file");
    assertThat(fromDirectory.exit()).isEqualTo(2);
    assertThat(fromDirectory.err().strip())
        .isEqualTo("ratebot: " + dir + ": is a directory, not a file");
  }

  @Test
  void duplicateKeyStopsStartUpWithOneLine(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("rates.json");
    Files.writeString(
        data,
        Files.readString(Path.of("config/rates.json"))
            .replaceFirst("\"low\": 45,", "\"low\": 45, \"low\": 44,"));

    Result result = run(Map.of("RATEBOT_DATA", data.toString()), "", "latam");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err().strip())
        .isEqualTo(
            "ratebot: " + data + ": $.source.tables[1].rows[1].low: the key 'low' appears twice");
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
