package dev.ratebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ratebot.adapter.discord.DiscordAdapter;
import dev.ratebot.adapter.discord.DiscordSettings;
import dev.ratebot.adapter.slack.SlackAdapter;
import dev.ratebot.adapter.slack.SlackSettings;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.fake.discord.FakeDiscord;
import dev.ratebot.fake.slack.FakeSlack;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The ops endpoint wired as Main wires it, with the real Slack and Discord adapters against the
 * fakes: not ready until each platform is connected, ready once both are, and the commands answered
 * on each show in the metrics.
 */
@Timeout(120)
class OperationsTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> parts(HttpResponse<String> response) throws Exception {
    JsonNode parts = JSON.readTree(response.body()).path("parts");
    return JSON.convertValue(
        parts, JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class));
  }

  @Test
  @SuppressWarnings("try") // closing Discord before the block ends is what is tested
  void readyOnlyOnceEveryPlatformIsConnectedAndAnswersAreCounted() throws Exception {
    CoreSettings settings = CoreSettings.defaults();
    RateDataset dataset = Wiring.dataset(settings);
    CommandRegistry commands = Wiring.commands(dataset, settings);
    try (FakeSlack slack = FakeSlack.start();
        FakeDiscord discord = FakeDiscord.start();
        Operations operations = new Operations(dataset, Duration.ofMillis(120))) {
      RequestHandler handler =
          operations.metered(Wiring.dispatcher(dataset, commands, settings), commands);
      operations.expect(List.of(Platform.SLACK, Platform.DISCORD));
      operations.serve(
          new OpsSettings(Optional.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))));
      int port = operations.port().orElseThrow();
      try (SlackAdapter slackAdapter =
              new SlackAdapter(
                  new SlackSettings("xoxb-ops", "xapp-1-ops", slack.apiUrl()),
                  handler,
                  commands,
                  operations.signals());
          DiscordAdapter discordAdapter =
              new DiscordAdapter(
                  new DiscordSettings(
                      FakeDiscord.TOKEN,
                      discord.apiUrl(),
                      discord.gatewayUrl(),
                      Optional.empty(),
                      true),
                  handler,
                  commands,
                  operations.signals())) {
        HttpResponse<String> before = get(port, "/readyz");
        slackAdapter.start();
        HttpResponse<String> slackOnly = get(port, "/readyz");
        discordAdapter.start();
        HttpResponse<String> both = get(port, "/readyz");
        slack.slashCommand("senior python latam", "U1").ack().get(30, TimeUnit.SECONDS);
        String token =
            discord.slashCommand("1300000000000009301", Map.of("query", "rank senior python"));
        discord.calls().awaitOne(FakeDiscord.callbackFor(token), WAIT);
        String metrics = get(port, "/metrics").body();
        discordAdapter.close();
        HttpResponse<String> discordGone = get(port, "/readyz");

        assertThat(before.statusCode()).isEqualTo(503);
        assertThat(parts(before))
            .containsEntry("dataset", "ok")
            .containsEntry("slack", "not connected yet")
            .containsEntry("discord", "not connected yet");
        assertThat(slackOnly.statusCode()).isEqualTo(503);
        assertThat(parts(slackOnly))
            .containsEntry("slack", "ok")
            .containsEntry("discord", "not connected yet");
        assertThat(both.statusCode()).isEqualTo(200);
        assertThat(metrics)
            .contains(
                "ratebot_commands_total{command=\"rate\",outcome=\"answered\",platform=\"slack\"}"
                    + " 1.0")
            .contains(
                "ratebot_commands_total{command=\"rank\",outcome=\"answered\",platform=\"discord\"}"
                    + " 1.0")
            .contains("ratebot_gateway_identifies_total{platform=\"discord\"} 1.0")
            .contains("ratebot_dataset_info{version=\"" + dataset.version() + "\"}");
        assertThat(discordGone.statusCode()).isEqualTo(503);
        assertThat(parts(discordGone)).containsEntry("discord", "disconnected");
      }
    }
  }
}
