package dev.ratebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.fake.ecb.FakeEcb;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Main's modes as far as exchange rates go (a one-shot question and questions piped in never touch
 * the network, whatever {@code RATEBOT_FX_URL} says), and its command line and settings: each fault
 * is one line naming the setting, exit 2, never a secret or a URL's credentials.
 */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private FakeEcb ecb;

  @BeforeEach
  void startEcb() throws Exception {
    ecb = FakeEcb.start().answer(500, "");
  }

  @AfterEach
  void stopEcb() {
    ecb.close();
  }

  @Test
  void aOneShotQuestionNeverFetchesExchangeRates() {
    int code = run(new String[] {"senior", "python", "latam"}, "");

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Latin America");
    assertThat(ecb.requests()).isEmpty();
    assertThat(fetchThreadRunning()).isFalse();
  }

  @Test
  void questionsPipedToTheConsoleNeverFetchExchangeRates() {
    int code = run(new String[0], "latam\nquit\n");

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Latin America");
    assertThat(ecb.requests()).isEmpty();
    assertThat(fetchThreadRunning()).isFalse();
  }

  @Test
  void aCurrencyTheEcbDoesNotPublishStopsStartUp() {
    int code =
        Main.run(
            new String[] {"latam"},
            Map.of("RATEBOT_CURRENCY", "ARS"),
            new ByteArrayInputStream(new byte[0]),
            print(out),
            print(err));

    assertThat(code).isEqualTo(Main.EXIT_BAD_SETUP);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("ratebot: RATEBOT_CURRENCY must be EUR or a currency")
        .contains("got 'ARS'");
  }

  @Test
  void versionPrintsTheBuildsVersionAndNothingElse() {
    int code = Main.run(new String[] {"--version"}, Map.of(), empty(), print(out), print(err));

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .matches("ratebot \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Java 17[^)]*\\)\\R");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void anUnknownOptionIsRefusedNamingTheOptions() {
    int code =
        Main.run(new String[] {"--verbose", "latam"}, Map.of(), empty(), print(out), print(err));

    assertThat(code).isEqualTo(Main.EXIT_BAD_SETUP);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "ratebot: unknown option --verbose; the options are --chart FILE, --version, --help,"
                + " and -- before a question.\n");
  }

  @Test
  void aSecretAndItsFileTogetherAreRefusedNamingBoth(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("token"), "from-the-file\n");

    int code =
        Main.run(
            new String[0],
            Map.of("DISCORD_TOKEN", "from-the-variable", "DISCORD_TOKEN_FILE", file.toString()),
            empty(),
            print(out),
            print(err));

    assertThat(code).isEqualTo(Main.EXIT_BAD_SETUP);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "ratebot: DISCORD_TOKEN and DISCORD_TOKEN_FILE are both set; set only one of them.\n");
  }

  @Test
  void aSecretFileThatIsMissingOrEmptyIsRefused(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("missing");
    Path blank = Files.writeString(dir.resolve("blank"), "\n");

    int missingCode = runWith(Map.of("SLACK_BOT_TOKEN_FILE", missing.toString()));
    int blankCode = runWith(Map.of("SLACK_APP_TOKEN_FILE", blank.toString()));

    assertThat(missingCode).isEqualTo(Main.EXIT_BAD_SETUP);
    assertThat(blankCode).isEqualTo(Main.EXIT_BAD_SETUP);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "ratebot: SLACK_BOT_TOKEN_FILE names "
                + missing
                + ", which does not exist.\n"
                + "ratebot: SLACK_APP_TOKEN_FILE names "
                + blank
                + ", which is empty.\n");
  }

  @Test
  void aSecretFromAFileIsReadWithoutItsLineBreak(@TempDir Path dir) throws Exception {
    Path bot = Files.writeString(dir.resolve("bot"), "xoxb-from-file\r\n");

    Map<String, String> env =
        SecretFiles.resolve(
            Map.of("SLACK_BOT_TOKEN_FILE", bot.toString(), "RATEBOT_CURRENCY", "EUR"));

    assertThat(env)
        .containsEntry("SLACK_BOT_TOKEN", "xoxb-from-file")
        .containsEntry("RATEBOT_CURRENCY", "EUR");
  }

  @Test
  void aMisspeltLogLevelStopsStartUp() {
    int code = runWith(Map.of("RATEBOT_LOG_LEVEL", "abc"));

    assertThat(code).isEqualTo(Main.EXIT_BAD_SETUP);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "ratebot: RATEBOT_LOG_LEVEL must be one of ERROR, WARN, INFO, DEBUG, TRACE, got"
                + " 'abc'.\n");
  }

  @Test
  void credentialsInAUrlAreNeverEchoed() {
    int slack =
        runWith(
            Map.of(
                "SLACK_BOT_TOKEN", "xoxb-fake",
                "SLACK_APP_TOKEN", "xapp-1-fake",
                "SLACK_API_URL", "ftp://user:s3cr3t@host/api/"));
    int discord =
        runWith(
            Map.of(
                "DISCORD_TOKEN", "fake",
                "DISCORD_GATEWAY_URL", "https://user:s3cr3t@host/?token=s3cr3t"));

    assertThat(slack).isEqualTo(Main.EXIT_BAD_SETUP);
    assertThat(discord).isEqualTo(Main.EXIT_BAD_SETUP);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("SLACK_API_URL must be an http(s) URL")
        .contains("got ftp://***@host/api/")
        .contains("DISCORD_GATEWAY_URL must be an absolute ws or wss URL")
        .contains("got 'https://***@host/?***'")
        .doesNotContain("s3cr3t")
        .doesNotContain("user");
  }

  private int runWith(Map<String, String> env) {
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("RATEBOT_FX_URL", "none");
    return Main.run(new String[0], all, empty(), print(out), print(err));
  }

  private static ByteArrayInputStream empty() {
    return new ByteArrayInputStream(new byte[0]);
  }

  private int run(String[] args, String stdin) {
    return Main.run(
        args,
        Map.of("RATEBOT_FX_URL", ecb.url().toString()),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        print(out),
        print(err));
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private static boolean fetchThreadRunning() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("ratebot-fx") && t.isAlive());
  }
}
