package dev.ratebot.adapter.discord;

import static dev.ratebot.adapter.discord.DiscordHarness.WAIT;
import static dev.ratebot.fake.discord.FakeDiscord.callbackFor;
import static dev.ratebot.fake.discord.FakeDiscord.op;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratebot.fake.discord.FakeDiscord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How the adapter (that is, JDA under it) rides out what Discord's gateway does to sessions. */
@Timeout(180)
class DiscordAdapterGatewayTest {
  static final String USER = "1300000000000009002";
  static final int IDENTIFY = 2;
  static final int RESUME = 6;

  DiscordHarness harness;

  @AfterEach
  void stop() throws Exception {
    if (harness != null) {
      harness.close();
    }
  }

  @Test
  void connectsWithJsonV10AndZlibStreamAndIdentifiesWithoutPrivilegedIntents() throws Exception {
    harness = DiscordHarness.start(answer());

    String query = harness.discord.gatewayConnections().all().get(0);
    JsonNode identify = harness.discord.gatewayReceived().awaitOne(op(IDENTIFY), WAIT);

    assertThat(query).contains("encoding=json").contains("v=10").contains("compress=zlib-stream");
    int intents = identify.path("d").path("intents").asInt();
    int guilds = 1;
    int guildMessages = 1 << 9;
    int directMessages = 1 << 12;
    assertThat(intents).isEqualTo(guilds | guildMessages | directMessages);
  }

  @Test
  void connectsUncompressedWhenCompressionIsOff() throws Exception {
    harness = DiscordHarness.start(answer(), Fixtures.registry(), false);

    assertThat(harness.discord.gatewayConnections().all().get(0)).doesNotContain("compress");
    assertAnswered();
  }

  @Test
  void resumesAfterAResumableCloseCodeAndAnswersTheNextCommand() throws Exception {
    harness = DiscordHarness.start(answer());
    harness.discord.gatewayReceived().awaitOne(op(IDENTIFY), WAIT);

    harness.discord.closeGateway(4000, "Unknown error");

    JsonNode resume = harness.discord.gatewayReceived().awaitOne(op(RESUME), WAIT);
    assertThat(resume.path("d").path("session_id").asText()).isNotEmpty();
    assertThat(harness.discord.gatewayConnections().all().get(1)).contains("v=10");
    assertAnswered();
    assertThat(harness.discord.gatewayReceived().matching(op(IDENTIFY))).hasSize(1);
  }

  @Test
  void resumesAfterADroppedConnectionAndReceivesWhatWasMissed() throws Exception {
    harness = DiscordHarness.start(answer());
    harness.discord.gatewayReceived().awaitOne(op(IDENTIFY), WAIT);

    harness.discord.dropGateway();
    String missed = harness.discord.slashCommand(USER, Map.of("query", "sent while down"));

    harness.discord.gatewayReceived().awaitOne(op(RESUME), WAIT);
    harness.discord.calls().awaitOne(callbackFor(missed), WAIT);
    assertAnswered();
  }

  @Test
  void resumesWhenDiscordAsksForAReconnect() throws Exception {
    harness = DiscordHarness.start(answer());
    harness.discord.gatewayReceived().awaitOne(op(IDENTIFY), WAIT);

    harness.discord.requestReconnect();

    harness.discord.gatewayReceived().awaitOne(op(RESUME), WAIT);
    assertAnswered();
  }

  @Test
  void identifiesAgainWhenTheSessionIsInvalidated() throws Exception {
    harness = DiscordHarness.start(answer());
    harness.discord.gatewayReceived().awaitOne(op(IDENTIFY), WAIT);

    harness.discord.invalidateSession(false);

    harness.discord.gatewayReceived().await(op(IDENTIFY), 2, WAIT);
    assertThat(harness.discord.gatewayReceived().matching(op(RESUME))).isEmpty();
    assertAnswered();
  }

  @Test
  void resumesWhenAnInvalidatedSessionIsResumable() throws Exception {
    harness = DiscordHarness.start(answer());
    harness.discord.gatewayReceived().awaitOne(op(IDENTIFY), WAIT);

    harness.discord.invalidateSession(true);

    harness.discord.gatewayReceived().awaitOne(op(RESUME), WAIT);
    assertAnswered();
  }

  @Test
  void heartbeatsAreSentAndAcknowledged() throws Exception {
    try (FakeDiscord discord = FakeDiscord.start(java.time.Duration.ofMillis(300));
        DiscordAdapter adapter =
            new DiscordAdapter(
                Fixtures.settings(discord),
                request -> Fixtures.answer(request.text()).build(),
                Fixtures.registry())) {
      adapter.start();

      List<JsonNode> beats = discord.gatewayReceived().await(op(1), 3, WAIT);

      assertThat(beats)
          .allSatisfy(b -> assertThat(b.path("d").isNumber() || b.path("d").isNull()).isTrue());
      assertThat(discord.gatewayConnections().all()).hasSize(1);
    }
  }

  @Test
  void aRefusedTokenFailsTheStartWithoutShowingTheToken() throws Exception {
    try (FakeDiscord discord = FakeDiscord.start()) {
      DiscordAdapter adapter =
          new DiscordAdapter(
              new DiscordSettings(
                  "wrong-test-token-not-real",
                  discord.apiUrl(),
                  discord.gatewayUrl(),
                  Optional.empty(),
                  true),
              request -> Fixtures.answer(request.text()).build(),
              Fixtures.registry());

      assertThatThrownBy(adapter::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("Discord refused DISCORD_TOKEN (401 Unauthorized)")
          .hasCauseInstanceOf(net.dv8tion.jda.api.exceptions.InvalidTokenException.class)
          .satisfies(
              e -> assertThat(String.valueOf(e.getMessage())).doesNotContain("wrong-test-token"));
      adapter.close();
    }
  }

  private void assertAnswered() throws InterruptedException {
    String token = harness.discord.slashCommand(USER, Map.of("query", "senior python latam"));
    JsonNode body = harness.discord.calls().awaitOne(callbackFor(token), WAIT).body();
    assertThat(body.path("data").path("embeds").get(0).path("title").asText())
        .isEqualTo("Answer for senior python latam");
  }

  private static dev.ratebot.core.dispatch.RequestHandler answer() {
    return request -> Fixtures.answer(request.text()).build();
  }
}
