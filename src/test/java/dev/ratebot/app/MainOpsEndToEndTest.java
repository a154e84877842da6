package dev.ratebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ratebot.fake.discord.FakeDiscord;
import dev.ratebot.fake.slack.FakeSlack;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real main in its own JVM, serving both fakes with {@code RATEBOT_LOG_FORMAT=json} and the ops
 * endpoint on a free port: {@code /readyz} turns 200 once both platforms are connected, {@code
 * /metrics} counts the answers, and the log is one JSON object a line, with one INFO line per
 * answered command and no secret.
 */
class MainOpsEndToEndTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  // Polls until ready, each poll a real probe; the deadline bounds the wait.
  private static HttpResponse<String> awaitReady(int port, Process bot) throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    HttpResponse<String> last = null;
    while (Instant.now().isBefore(deadline) && bot.isAlive()) {
      try {
        last = get(port, "/readyz");
        if (last.statusCode() == 200) {
          return last;
        }
      } catch (java.io.IOException notListeningYet) {
        // The endpoint opens a moment after the JVM starts.
      }
      bot.waitFor(200, TimeUnit.MILLISECONDS);
    }
    return last;
  }

  // The real main in its own JVM, with the production logging configuration, against the fakes.
  private static Process startMain(FakeSlack slack, FakeDiscord discord, Path log, int port)
      throws Exception {
    ProcessBuilder builder = MainProcess.builder(log);
    Map<String, String> env = builder.environment();
    env.put("SLACK_BOT_TOKEN", "xoxb-main-ops-bot-token");
    env.put("SLACK_APP_TOKEN", "xapp-1-main-ops-app-token");
    env.put("SLACK_API_URL", slack.apiUrl());
    env.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
    env.put("DISCORD_API_URL", discord.apiUrl());
    env.put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
    env.put("RATEBOT_FX_URL", "none");
    env.put("RATEBOT_HTTP_PORT", Integer.toString(port));
    env.put("RATEBOT_LOG_FORMAT", "json");
    env.put("RATEBOT_LOG_LEVEL", "INFO");
    return builder.start();
  }

  @Test
  void aStopWhileTheAdaptersStartClosesThemAndExitsZero(@TempDir Path dir) throws Exception {
    try (FakeSlack slack = FakeSlack.start();
        FakeDiscord discord = FakeDiscord.start()) {
      Path log = dir.resolve("ratebot.log");
      slack.holdSocketUrls(); // Slack's start-up waits for its WebSocket URL
      Process bot = startMain(slack, discord, log, freePort());
      try {
        slack.awaitCalls("apps.connections.open", 1, WAIT);
        bot.destroy();

        assertThat(bot.waitFor(30, TimeUnit.SECONDS)).as("exits on SIGTERM").isTrue();
        assertThat(bot.exitValue()).as("a stop asked for is not a failure").isZero();
        assertThat(Files.readString(log, StandardCharsets.UTF_8))
            .contains("Stopping: closing the chat connections")
            .doesNotContain("ratebot is answering");
      } finally {
        slack.releaseSocketUrls();
        bot.destroyForcibly();
      }
    }
  }

  @Test
  void readinessMetricsAndJsonLogsOfTheRealMain(@TempDir Path dir) throws Exception {
    try (FakeSlack slack = FakeSlack.start();
        FakeDiscord discord = FakeDiscord.start()) {
      Path log = dir.resolve("ratebot.log");
      int port = freePort();
      Process bot = startMain(slack, discord, log, port);
      try {
        HttpResponse<String> ready = awaitReady(port, bot);
        assertThat(ready).as("ready within %s", WAIT).isNotNull();
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ready.body()).path("parts").path("slack").asText())
            .isEqualTo("ok");
        assertThat(JSON.readTree(ready.body()).path("parts").path("discord").asText())
            .isEqualTo("ok");

        String responseUrl = slack.newResponseUrl();
        slack
            .slashCommand("senior python latam", "U0OPS", FakeSlack.CHANNEL_ID, responseUrl)
            .ack()
            .get(30, TimeUnit.SECONDS);
        String token = discord.slashCommand("100000000000000001", Map.of("query", "xyzzy plugh"));
        discord
            .calls()
            .awaitOne(FakeDiscord.callbackFor(token).or(FakeDiscord.editOriginalOf(token)), WAIT);
        String metrics = get(port, "/metrics").body();
        bot.destroy();
        assertThat(bot.waitFor(30, TimeUnit.SECONDS)).as("exits on SIGTERM").isTrue();

        assertThat(metrics)
            .contains(
                "ratebot_commands_total{command=\"rate\",outcome=\"answered\",platform=\"slack\"}"
                    + " 1.0")
            .contains(
                "ratebot_commands_total{command=\"rate\",outcome=\"user_error\","
                    + "platform=\"discord\"} 1.0")
            .contains("ratebot_connected{platform=\"discord\"}")
            .contains("jvm_memory_used_bytes");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        List<JsonNode> events = new ArrayList<>();
        for (String line : output.lines().toList()) {
          events.add(JSON.readTree(line));
        }
        assertThat(events)
            .extracting(e -> e.path("formattedMessage").asText())
            .contains("Slack adapter closed", "Disconnected from Discord")
            .anyMatch(m -> m.matches("answered slack rate: answered in \\d+ ms"))
            .anyMatch(m -> m.matches("answered discord rate: user_error in \\d+ ms"))
            .anyMatch(m -> m.startsWith("Ops endpoint on http://127.0.0.1:" + port + "/"));
        assertThat(events).allSatisfy(e -> assertThat(e.path("level").asText()).isNotEmpty());
        assertThat(output)
            .doesNotContain("xoxb-main-ops-bot-token")
            .doesNotContain("xapp-1-main-ops-app-token")
            .doesNotContain(FakeDiscord.TOKEN)
            .doesNotContain(token)
            .doesNotContain(responseUrl)
            .doesNotContain("python");
      } finally {
        bot.destroyForcibly();
      }
    }
  }
}
