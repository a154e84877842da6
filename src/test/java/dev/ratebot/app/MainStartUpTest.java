package dev.ratebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.fake.discord.FakeDiscord;
import dev.ratebot.fake.slack.FakeSlack;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real main, in its own JVM, pointed at platforms it cannot reach: it says what failed in one
 * line, exits 2, and prints a stack trace only at {@code RATEBOT_LOG_LEVEL=DEBUG}.
 */
class MainStartUpTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  void anUnreachableDiscordApiIsOneLine() throws Exception {
    String api = "http://127.0.0.1:" + closedPort() + "/api/v10/";

    Run run =
        run(
            Map.of(
                "DISCORD_TOKEN",
                FakeDiscord.TOKEN,
                "DISCORD_API_URL",
                api,
                "DISCORD_GATEWAY_URL",
                "ws://127.0.0.1:" + closedPort()));

    assertThat(run.exit()).isEqualTo(Main.EXIT_BAD_SETUP);
    assertThat(run.lastLine())
        .isEqualTo("ratebot: cannot reach the Discord API at " + api + ": connection refused");
    assertThat(run.output()).doesNotContain("\tat ").doesNotContain(FakeDiscord.TOKEN);
  }

  @Test
  void anUnreachableDiscordGatewayIsOneLineWithoutWaitingForTheReadyTimeout() throws Exception {
    try (FakeDiscord discord = FakeDiscord.start()) {
      String gateway = "ws://127.0.0.1:" + closedPort();

      Run run =
          run(
              Map.of(
                  "DISCORD_TOKEN",
                  FakeDiscord.TOKEN,
                  "DISCORD_API_URL",
                  discord.apiUrl(),
                  "DISCORD_GATEWAY_URL",
                  gateway));

      assertThat(run.exit()).isEqualTo(Main.EXIT_BAD_SETUP);
      assertThat(run.lastLine())
          .isEqualTo(
              "ratebot: cannot reach the Discord gateway at " + gateway + ": connection refused");
      assertThat(run.output()).doesNotContain("\tat ");
      assertThat(run.took()).isLessThan(Duration.ofSeconds(30));
    }
  }

  @Test
  void anUnreachableSlackApiIsNotReadAsABadToken() throws Exception {
    String api = "http://127.0.0.1:" + closedPort() + "/api/";

    Run run =
        run(
            Map.of(
                "SLACK_BOT_TOKEN", "xoxb-fake",
                "SLACK_APP_TOKEN", "xapp-1-fake",
                "SLACK_API_URL", api));

    assertThat(run.exit()).isEqualTo(Main.EXIT_BAD_SETUP);
    assertThat(run.lastLine())
        .isEqualTo("ratebot: cannot reach the Slack API at " + api + ": connection refused");
    assertThat(run.output())
        .doesNotContainIgnoringCase("token is invalid")
        .doesNotContain("\tat ")
        .doesNotContain("xoxb-fake")
        .doesNotContain("xapp-1-fake");
  }

  @Test
  void aTokenSlackRefusesIsSaidSo() throws Exception {
    try (FakeSlack slack = FakeSlack.start()) {
      Run run =
          run(
              Map.of(
                  "SLACK_BOT_TOKEN", "xoxb-revoked",
                  "SLACK_APP_TOKEN", "xapp-1-fake",
                  "SLACK_API_URL", slack.apiUrl()));

      assertThat(run.exit()).isEqualTo(Main.EXIT_BAD_SETUP);
      assertThat(run.lastLine()).isEqualTo("ratebot: Slack refused SLACK_BOT_TOKEN (invalid_auth)");
      assertThat(run.output()).doesNotContain("\tat ").doesNotContain("xoxb-revoked");
    }
  }

  @Test
  void atDebugTheStackTraceIsShownToo() throws Exception {
    String api = "http://127.0.0.1:" + closedPort() + "/api/v10/";

    Run run =
        run(
            Map.of(
                "DISCORD_TOKEN",
                FakeDiscord.TOKEN,
                "DISCORD_API_URL",
                api,
                "DISCORD_GATEWAY_URL",
                "ws://127.0.0.1:" + closedPort(),
                "RATEBOT_LOG_LEVEL",
                "DEBUG"));

    assertThat(run.exit()).isEqualTo(Main.EXIT_BAD_SETUP);
    assertThat(run.output())
        .contains("cannot reach the Discord API at " + api + ": connection refused")
        .contains("\tat ")
        .doesNotContain(FakeDiscord.TOKEN);
  }

  private record Run(int exit, String output, Duration took) {
    String lastLine() {
      String[] lines = output.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  private Run run(Map<String, String> settings) throws IOException, InterruptedException {
    Path log = Files.createTempFile(dir, "ratebot", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                // The shipped logging set-up, not the tests' (which keeps ratebot at INFO).
                "-Dlogback.configurationFile=logback.xml",
                "dev.ratebot.app.Main")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_"));
    env.keySet().removeIf(k -> k.startsWith("RATEBOT_"));
    Map<String, String> all = new HashMap<>(settings);
    all.put("RATEBOT_FX_URL", "none");
    // Start-up faults are about the platforms; the ops endpoint (8080 may be taken) stays off.
    all.putIfAbsent("RATEBOT_HTTP_PORT", "0");
    env.putAll(all);
    long start = System.nanoTime();
    Process bot = builder.start();
    try {
      assertThat(bot.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("exits").isTrue();
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      return new Run(bot.exitValue(), Files.readString(log, StandardCharsets.UTF_8), took);
    } finally {
      bot.destroyForcibly();
    }
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
