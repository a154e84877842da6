package dev.ratebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratebot.adapter.fx.EcbSnapshot;
import dev.ratebot.fake.discord.FakeDiscord;
import dev.ratebot.fake.discord.RecordedCall;
import dev.ratebot.fake.ecb.FakeEcb;
import dev.ratebot.fake.slack.FakeSlack;
import dev.ratebot.fake.slack.SocketClose;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real main, in its own JVM, started with chat credentials only (two of them from files): it
 * serves the fake Slack and the fake Discord at once instead of the console, answers on both,
 * fetches exchange rates from the fake ECB in the background, and on SIGTERM closes both
 * connections cleanly, well inside Docker's 10 s grace, and exits 0.
 */
class MainChatEndToEndTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void slackAndDiscordRunInOneProcessAndSigtermClosesBoth(@TempDir Path dir) throws Exception {
    try (FakeSlack slack = FakeSlack.start();
        FakeDiscord discord = FakeDiscord.start();
        FakeEcb ecb = FakeEcb.start()) {
      ecb.answer(200, FakeEcb.dailyXml(LocalDate.of(2026, 4, 14), EcbSnapshot.rates().perEuro()));
      Path log = dir.resolve("ratebot.log");
      ProcessBuilder builder =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  "dev.ratebot.app.Main")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> env = builder.environment();
      env.keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_"));
      // Secrets as Docker and Kubernetes hand them over: files, with a trailing line break.
      env.put(
          "SLACK_BOT_TOKEN_FILE", Files.writeString(dir.resolve("bot"), "xoxb-fake\n").toString());
      env.put("SLACK_APP_TOKEN", "xapp-1-fake");
      env.put("SLACK_API_URL", slack.apiUrl());
      env.put(
          "DISCORD_TOKEN_FILE",
          Files.writeString(dir.resolve("discord"), FakeDiscord.TOKEN + "\n").toString());
      env.put("DISCORD_API_URL", discord.apiUrl());
      env.put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
      env.put("RATEBOT_FX_URL", ecb.url().toString());
      // The ops endpoint has its own end-to-end test (MainOpsEndToEndTest); 8080 may be taken.
      env.put("RATEBOT_HTTP_PORT", "0");
      Process bot = builder.start();
      try {
        assertThat(slack.awaitConnections(1, WAIT)).as("Slack connected").isTrue();
        discord.gatewayConnections().awaitOne(c -> true, WAIT);
        discord.calls().awaitOne(c -> c.is("PUT", "applications/\\d+/commands"), WAIT);

        FakeSlack.Sent command = slack.slashCommand("senior python latam", "U0MAIN");
        command.ack().get(30, TimeUnit.SECONDS);
        JsonNode seen = slack.awaitAnswer(command, WAIT);
        String token =
            discord.slashCommand(
                "100000000000000001",
                Map.of("level", "senior", "technology", "python", "region", "brazil"));
        RecordedCall answer =
            discord
                .calls()
                .awaitOne(
                    FakeDiscord.callbackFor(token).or(FakeDiscord.editOriginalOf(token)), WAIT);

        assertThat(seen.toString()).contains("Latin America").contains("ephemeral");
        if (answer.method().equals("POST") && answer.body().path("type").asInt() == 5) {
          answer = discord.calls().awaitOne(FakeDiscord.editOriginalOf(token), WAIT);
        }
        assertThat(answer.body().toString()).contains("Brazil (Latin America)");
        assertThat(ecb.awaitRequest(WAIT)).as("exchange rates fetched").isTrue();
        long stopping = System.nanoTime();
        bot.destroy();
        assertThat(bot.waitFor(30, TimeUnit.SECONDS)).as("exits on SIGTERM").isTrue();
        Duration stopped = Duration.ofNanos(System.nanoTime() - stopping);
        assertThat(stopped).as("within Docker's 10 s grace").isLessThan(Duration.ofSeconds(8));
        assertThat(bot.exitValue()).as("a stop asked for is not a failure").isZero();
        SocketClose close = slack.awaitClose(Duration.ofSeconds(10));
        assertThat(close).isNotNull();
        assertThat(close.code()).isEqualTo(1000);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(output)
            .contains("Slack adapter closed")
            .contains("Disconnected from Discord")
            .containsPattern("Stopped in \\d+ ms")
            .contains("ECB exchange rates of 2026-04-14 fetched from " + ecb.origin())
            .doesNotContain("xoxb-fake")
            .doesNotContain("xapp-1-fake")
            .doesNotContain(FakeDiscord.TOKEN);
      } finally {
        bot.destroyForcibly();
      }
    }
  }
}
