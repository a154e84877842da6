package dev.ratebot.adapter.discord;

import static dev.ratebot.fake.discord.FakeDiscord.callbackFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.fake.discord.FakeDiscord;
import dev.ratebot.fake.discord.RecordedCall;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class DiscordAdapterTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final String USER = "1300000000000009001";

  FakeDiscord discord;
  DiscordAdapter adapter;
  final List<Request> requests = new CopyOnWriteArrayList<>();

  RequestHandler handler =
      request -> {
        requests.add(request);
        if (request.text().contains("nonsense")) {
          return Problem.user("I don't know 'nonsense'", List.of("senior python latam"));
        }
        return Fixtures.answer(request.text()).build();
      };

  @BeforeEach
  void start() throws Exception {
    discord = FakeDiscord.start();
    adapter =
        new DiscordAdapter(
            new DiscordSettings(
                FakeDiscord.TOKEN,
                discord.apiUrl(),
                discord.gatewayUrl(),
                java.util.Optional.empty(),
                true),
            request -> handler.handle(request),
            Fixtures.spec());
    adapter.start();
  }

  @AfterEach
  void stop() throws Exception {
    adapter.close();
    discord.close();
  }

  @Test
  void slashCommandIsAnsweredWithAnEphemeralEmbed() throws Exception {
    long sent = System.nanoTime();
    String token =
        discord.slashCommand(
            USER, Map.of("level", "senior", "technology", "python", "region", "latin-america"));

    RecordedCall callback = discord.calls().awaitOne(callbackFor(token), WAIT);

    assertThat(Duration.ofNanos(callback.nanos() - sent)).isLessThan(Duration.ofSeconds(3));
    JsonNode body = callback.body();
    assertThat(body.path("type").asInt()).isEqualTo(4);
    assertThat(body.path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(body.path("data").path("embeds").get(0).path("title").asText())
        .isEqualTo("Answer for senior python latin-america");
    assertThat(requests).extracting(Request::text).contains("senior python latin-america");
  }
}
