package dev.ratebot.adapter.discord;

import static dev.ratebot.adapter.discord.DiscordHarness.WAIT;
import static dev.ratebot.fake.discord.FakeDiscord.callbackFor;
import static dev.ratebot.fake.discord.FakeDiscord.editOriginalOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.fake.discord.DiscordPayloads;
import dev.ratebot.fake.discord.RecordedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The adapter end to end: real JDA against the fake Discord over 127.0.0.1. */
@Timeout(120)
class DiscordAdapterTest {
  static final String USER = "1300000000000009001";
  static final Duration DEADLINE = Duration.ofSeconds(3);

  DiscordHarness harness;
  volatile Function<Request, Reply> answers = request -> Fixtures.answer(request.text()).build();

  @BeforeEach
  void start() throws Exception {
    harness = DiscordHarness.start(request -> answers.apply(request));
  }

  @AfterEach
  void stop() throws Exception {
    harness.close();
  }

  @Test
  void slashCommandOptionsTravelAsTypedOptionsAndAreAnsweredEphemerallyWithinTheDeadline()
      throws Exception {
    long sent = System.nanoTime();
    String token =
        harness.discord.slashCommand(
            USER,
            Map.of(
                "query", "please",
                "region", "latin-america",
                "technology", "python",
                "level", "senior"));

    RecordedCall callback = harness.discord.calls().awaitOne(callbackFor(token), WAIT);

    assertThat(Duration.ofNanos(callback.nanos() - sent)).isLessThan(DEADLINE);
    assertThat(harness.requests)
        .extracting(Request::text, Request::options, Request::userId, Request::channelId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "please",
                Map.of("level", "senior", "technology", "python", "region", "latin-america"),
                USER,
                DiscordPayloads.CHANNEL_ID));
    JsonNode data = callback.body().path("data");
    assertThat(callback.body().path("type").asInt()).isEqualTo(4);
    assertThat(data.path("flags").asInt() & 64).as("ephemeral flag").isEqualTo(64);
    assertThat(data.path("embeds").get(0).path("title").asText()).isEqualTo("Answer for please");
    assertThat(customIds(data))
        .map(id -> id.replaceAll(":[A-Za-z0-9_-]{12}(:.*)?$", ":<kept>"))
        .containsExactly(
            "ratebot:refine:0",
            "ratebot:refine:1",
            "ratebot:share:<kept>",
            "ratebot:chart:<kept>",
            "ratebot:export:<kept>");
    assertThat(data.path("allowed_mentions").path("parse")).isEmpty();
  }

  @Test
  void slashCommandInADirectMessageIsAnswered() throws Exception {
    String token = harness.discord.directSlashCommand(USER, Map.of("query", "latam"));

    RecordedCall callback = harness.discord.calls().awaitOne(callbackFor(token), WAIT);

    assertThat(callback.body().path("type").asInt()).isEqualTo(4);
    assertThat(callback.body().path("data").path("embeds").get(0).path("title").asText())
        .isEqualTo("Answer for latam");
    assertThat(harness.requests)
        .extracting(Request::channelId)
        .containsExactly(DiscordPayloads.DM_CHANNEL_ID);
  }

  @Test
  void aSlowAnswerIsDeferredWithinTheDeadlineAndThenEditedIn() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    answers =
        request -> {
          awaitQuietly(release);
          return Problem.user("@everyone <@&123> is not a level", List.of("senior"));
        };
    long sent = System.nanoTime();
    String token = harness.discord.slashCommand(USER, Map.of("query", "@everyone <@&123>"));

    RecordedCall deferral = harness.discord.calls().awaitOne(callbackFor(token), WAIT);
    release.countDown();
    RecordedCall edit = harness.discord.calls().awaitOne(editOriginalOf(token), WAIT);

    assertThat(Duration.ofNanos(deferral.nanos() - sent)).isLessThan(DEADLINE);
    assertThat(deferral.body().path("type").asInt()).isEqualTo(5);
    assertThat(deferral.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(edit.body().path("content").asText())
        .contains("@everyone <@&123> is not a level")
        .contains("`senior`");
    assertThat(edit.body().path("allowed_mentions").path("parse")).isEmpty();
    assertThat(edit.body().path("allowed_mentions").path("replied_user").asBoolean()).isFalse();
  }

  @Test
  void mentionsInTheAnswerNeverPingOnTheResponse() throws Exception {
    answers = request -> Problem.user("I don't know " + request.text(), List.of());
    String token = harness.discord.slashCommand(USER, Map.of("query", "@everyone <@&123> @here"));

    RecordedCall callback = harness.discord.calls().awaitOne(callbackFor(token), WAIT);

    JsonNode data = callback.body().path("data");
    assertThat(data.path("content").asText()).contains("@everyone <@&123> @here");
    assertThat(data.path("allowed_mentions").path("parse")).isEmpty();
    assertThat(data.path("allowed_mentions").has("roles")).isFalse();
    assertThat(data.path("allowed_mentions").has("users")).isFalse();
  }

  @Test
  void autocompleteSuggestsFromTheSpecAndPassesCountriesThrough() throws Exception {
    String technology = harness.discord.autocomplete(USER, "technology", "jav");
    String region = harness.discord.autocomplete(USER, "region", "brazil");
    String query = harness.discord.autocomplete(USER, "query", "");

    JsonNode technologies = choices(technology);
    JsonNode regions = choices(region);
    JsonNode queries = choices(query);

    assertThat(values(technologies)).containsExactly("java", "javascript");
    assertThat(values(regions)).containsExactly("brazil");
    assertThat(values(queries))
        .startsWith("help", "list", "sources")
        .contains("senior python latam");
    assertThat(harness.requests).isEmpty();
  }

  @Test
  void shareButtonPostsTheAnswerPubliclyNamingWhoShared() throws Exception {
    String ask = harness.discord.slashCommand(USER, Map.of("query", "senior python latam"));
    harness.discord.calls().awaitOne(callbackFor(ask), WAIT);
    String answerId = harness.discord.originalOf(ask).get("id").asText();
    String shareId =
        customIds(harness.discord.message(answerId)).stream()
            .filter(id -> id.startsWith("ratebot:share:"))
            .findFirst()
            .orElseThrow();

    String share = harness.discord.clickButton(USER, shareId, answerId);
    RecordedCall callback = harness.discord.calls().awaitOne(callbackFor(share), WAIT);

    JsonNode data = callback.body().path("data");
    assertThat(callback.body().path("type").asInt()).isEqualTo(4);
    assertThat(data.path("flags").asInt() & 64).as("public: " + callback.body()).isZero();
    assertThat(data.path("content").asText()).isEqualTo("Shared by <@" + USER + ">");
    assertThat(data.path("allowed_mentions").path("parse")).isEmpty();
    assertThat(data.path("embeds").get(0).path("title").asText())
        .isEqualTo("Answer for senior python latam");
    assertThat(data.path("components")).isEmpty();
  }

  @Test
  void aRefinementMenuUpdatesTheAnswerInPlace() throws Exception {
    String ask = harness.discord.slashCommand(USER, Map.of("query", "senior python latam"));
    harness.discord.calls().awaitOne(callbackFor(ask), WAIT);
    String answerId = harness.discord.originalOf(ask).get("id").asText();

    String pick = harness.discord.select(USER, "ratebot:refine:0", "junior python latam", answerId);
    RecordedCall callback = harness.discord.calls().awaitOne(callbackFor(pick), WAIT);

    assertThat(callback.body().path("type").asInt()).isEqualTo(7);
    JsonNode data = callback.body().path("data");
    assertThat(data.path("embeds").get(0).path("title").asText())
        .isEqualTo("Answer for junior python latam");
    assertThat(data.path("allowed_mentions").path("parse")).isEmpty();
    assertThat(harness.discord.message(answerId).path("embeds").get(0).path("title").asText())
        .isEqualTo("Answer for junior python latam");
  }

  @Test
  void aMentionInAChannelIsAnsweredAsAReplyWithoutPings() throws Exception {
    String messageId =
        harness.discord.messageCreate(
            DiscordPayloads.guildMention(
                USER, "<@" + DiscordPayloads.BOT_ID + "> senior python latam @everyone"));

    RecordedCall reply =
        harness
            .discord
            .calls()
            .awaitOne(
                c -> c.is("POST", "channels/" + DiscordPayloads.CHANNEL_ID + "/messages"), WAIT);

    assertThat(harness.requests)
        .extracting(Request::text)
        .containsExactly("senior python latam @everyone");
    assertThat(reply.body().path("message_reference").path("message_id").asText())
        .isEqualTo(messageId);
    assertThat(reply.body().path("embeds").get(0).path("title").asText())
        .isEqualTo("Answer for senior python latam @everyone");
    assertThat(reply.body().path("components")).isEmpty();
    assertThat(reply.body().path("allowed_mentions").path("parse")).isEmpty();
    assertThat(reply.body().path("allowed_mentions").path("replied_user").asBoolean()).isFalse();
  }

  @Test
  void aDirectMessageIsAnsweredAndOtherChannelMessagesAreIgnored() throws Exception {
    harness.discord.messageCreate(DiscordPayloads.guildMention(USER, "just chatting, no bot here"));
    harness.discord.messageCreate(DiscordPayloads.directMessage(USER, "latam"));

    harness
        .discord
        .calls()
        .awaitOne(
            c -> c.is("POST", "channels/" + DiscordPayloads.DM_CHANNEL_ID + "/messages"), WAIT);

    assertThat(harness.requests).extracting(Request::text).containsExactly("latam");
    assertThat(
            harness
                .discord
                .calls()
                .matching(c -> c.path().startsWith("channels/" + DiscordPayloads.CHANNEL_ID)))
        .isEmpty();
  }

  private JsonNode choices(String token) throws InterruptedException {
    RecordedCall callback = harness.discord.calls().awaitOne(callbackFor(token), WAIT);
    assertThat(callback.body().path("type").asInt()).isEqualTo(8);
    return callback.body().path("data").path("choices");
  }

  private static List<String> values(JsonNode choices) {
    List<String> values = new ArrayList<>();
    choices.forEach(c -> values.add(c.path("value").asText()));
    return values;
  }

  private static List<String> customIds(JsonNode data) {
    List<String> ids = new ArrayList<>();
    data.path("components")
        .forEach(row -> row.path("components").forEach(c -> ids.add(c.path("custom_id").asText())));
    return ids;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
