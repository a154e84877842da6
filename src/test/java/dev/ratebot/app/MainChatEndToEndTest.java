package dev.ratebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.fake.slack.Ack;
import dev.ratebot.fake.slack.FakeSlack;
import dev.ratebot.fake.slack.SocketClose;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real main, in its own JVM, started with chat credentials only: it serves the fake Slack
 * instead of the console, answers, and closes the connection cleanly on SIGTERM.
 */
class MainChatEndToEndTest {

  @Test
  void slackCredentialsStartSlackAndSigtermClosesCleanly(@TempDir Path dir) throws Exception {
    try (FakeSlack slack = FakeSlack.start()) {
      File log = dir.resolve("ratebot.log").toFile();
      ProcessBuilder builder =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  "dev.ratebot.app.Main")
              .redirectErrorStream(true)
              .redirectOutput(log);
      builder
          .environment()
          .keySet()
          .removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_"));
      builder.environment().put("SLACK_BOT_TOKEN", "xoxb-test-not-a-real-token");
      builder.environment().put("SLACK_APP_TOKEN", "xapp-1-test-not-real");
      builder.environment().put("SLACK_API_URL", slack.apiUrl());
      Process bot = builder.start();
      try {
        assertThat(slack.awaitConnections(1, Duration.ofSeconds(60))).as("bot connected").isTrue();

        Ack ack =
            slack.slashCommand("senior python latam", "U0MAIN").ack().get(30, TimeUnit.SECONDS);

        assertThat(ack.payload().toString()).contains("Latin America").contains("ephemeral");
        bot.destroy();
        assertThat(bot.waitFor(30, TimeUnit.SECONDS)).as("exits on SIGTERM").isTrue();
        SocketClose close = slack.awaitClose(Duration.ofSeconds(10));
        assertThat(close).isNotNull();
        assertThat(close.code()).isEqualTo(1000);
        List<String> lines = Files.readAllLines(log.toPath(), StandardCharsets.UTF_8);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Slack adapter closed"));
        assertThat(String.join("\n", lines))
            .doesNotContain("xoxb-test")
            .doesNotContain("xapp-1-test");
      } finally {
        bot.destroyForcibly();
      }
    }
  }
}
