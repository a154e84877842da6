package dev.ratebot.adapter.discord;

import static dev.ratebot.adapter.discord.DiscordHarness.WAIT;
import static dev.ratebot.fake.discord.FakeDiscord.callbackFor;
import static dev.ratebot.fake.discord.FakeDiscord.editOriginalOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratebot.app.Wiring;
import dev.ratebot.fake.discord.DiscordPayloads;
import dev.ratebot.fake.discord.InteractionPlace;
import dev.ratebot.fake.discord.RecordedCall;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code /rate} where a user installed the app, end to end through real JDA and the fake Discord: a
 * group DM and a DM between friends (context 2) and servers the bot is not in, where JDA's guild
 * and channel are detached and the bot's own token has no access (the fake answers a channel post
 * there with 403).
 */
@Timeout(120)
class DiscordUserInstallTest {
  static final String USER = "1300000000000009501";

  DiscordHarness harness;

  @BeforeEach
  void start() throws Exception {
    harness = DiscordHarness.start(Wiring.bundledHandler(), Wiring.bundledCommands(), true);
  }

  @AfterEach
  void noPostWithTheBotToken() {
    try {
      assertThat(harness.discord.calls().all())
          .as("posts with the bot token")
          .filteredOn(c -> c.is("POST", "channels/.*"))
          .isEmpty();
    } finally {
      harness.close();
    }
  }

  /** Asks in a place; returns the id of the stored answer. */
  String ask(InteractionPlace place, String question) throws Exception {
    String token = harness.discord.slashCommand(place, USER, Map.of("query", question));
    harness.answerTo(token);
    return harness.discord.originalOf(token).get("id").asText();
  }

  List<String> components(String messageId) {
    List<String> ids = new ArrayList<>();
    harness
        .discord
        .message(messageId)
        .path("components")
        .forEach(row -> row.path("components").forEach(c -> ids.add(c.path("custom_id").asText())));
    return ids;
  }

  String button(String messageId, String prefix) {
    List<String> ids = components(messageId);
    return ids.stream()
        .filter(id -> id.startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + prefix + " button in " + ids));
  }

  /** What the clicker ends up seeing: the first response, or the edit after a deferral. */
  RecordedCall answerCall(String token) throws InterruptedException {
    RecordedCall callback = harness.discord.calls().awaitOne(callbackFor(token), WAIT);
    if (callback.body().path("type").asInt() != 5) {
      return callback;
    }
    return harness.discord.calls().awaitOne(editOriginalOf(token), WAIT);
  }

  static JsonNode dataOf(RecordedCall call) {
    return call.body().has("data") ? call.body().path("data") : call.body();
  }

  static boolean ephemeral(JsonNode message) {
    return (message.path("flags").asInt() & 64) == 64;
  }

  @ParameterizedTest
  @EnumSource(
      value = InteractionPlace.class,
      names = {"GROUP_DM", "FRIEND_DM", "OTHER_SERVER", "OTHER_SERVER_NO_EXTERNAL_APPS"})
  void rateIsAnsweredPrivatelyThroughTheInteraction(InteractionPlace place) throws Exception {
    String token =
        harness.discord.slashCommand(place, USER, Map.of("query", "senior python latam"));

    JsonNode answer = harness.answerTo(token);

    assertThat(ephemeral(answer)).isTrue();
    assertThat(answer.path("embeds").get(0).path("title").asText())
        .containsIgnoringCase("senior")
        .containsIgnoringCase("python");
    assertThat(harness.discord.originalOf(token).path("channel_id").asText())
        .isEqualTo(place.channelId());
  }

  @ParameterizedTest
  @EnumSource(
      value = InteractionPlace.class,
      names = {"GROUP_DM", "FRIEND_DM", "OTHER_SERVER"})
  void shareIsAPublicReplyToTheClickWhereExternalAppsMayPost(InteractionPlace place)
      throws Exception {
    String answer = ask(place, "senior python latam");

    String click = harness.discord.clickButton(USER, button(answer, "ratebot:share:"), answer);

    RecordedCall shared = harness.discord.calls().awaitOne(callbackFor(click), WAIT);
    assertThat(shared.body().path("type").asInt()).isEqualTo(4);
    assertThat(ephemeral(shared.body().path("data"))).isFalse();
    assertThat(shared.body().path("data").path("content").asText())
        .isEqualTo("Shared by <@" + USER + ">");
    assertThat(ephemeral(harness.discord.originalOf(click))).as("as Discord keeps it").isFalse();
  }

  @Test
  void whereExternalAppsMayNotPostTheAnswerOffersNoShare() throws Exception {
    String answer = ask(InteractionPlace.OTHER_SERVER_NO_EXTERNAL_APPS, "senior python latam");

    assertThat(components(answer))
        .noneMatch(id -> id.startsWith("ratebot:share:"))
        .anyMatch(id -> id.startsWith("ratebot:why:"))
        .anyMatch(id -> id.startsWith("ratebot:chart:"))
        .anyMatch(id -> id.startsWith("ratebot:export:"));
  }

  @Test
  void aShareClickWhereExternalAppsMayNotPostIsToldWhyPrivately() throws Exception {
    InteractionPlace place = InteractionPlace.OTHER_SERVER_NO_EXTERNAL_APPS;
    String answer = ask(place, "senior python latam");
    String keptId = button(answer, "ratebot:why:").split(":")[2];
    String token = harness.discord.newToken();
    harness.discord.dispatch(
        "INTERACTION_CREATE",
        DiscordPayloads.button(
            place,
            token,
            USER,
            "ratebot:share:" + keptId + ":senior python latam",
            harness.discord.message(answer)));

    RecordedCall refused = harness.discord.calls().awaitOne(callbackFor(token), WAIT);

    assertThat(ephemeral(refused.body().path("data"))).isTrue();
    assertThat(refused.body().path("data").toString()).contains(PublicReplies.NOT_HERE);
    assertThat(refused.body().path("data").toString()).doesNotContain("Shared by");
  }

  @ParameterizedTest
  @EnumSource(
      value = InteractionPlace.class,
      names = {"GROUP_DM", "OTHER_SERVER_NO_EXTERNAL_APPS"})
  void whyChartAndCsvAnswerPrivatelyThroughTheInteraction(InteractionPlace place) throws Exception {
    String answer = ask(place, "senior python latam");

    List<String> clicks = new ArrayList<>();
    for (String prefix : List.of("ratebot:why:", "ratebot:chart:", "ratebot:export:")) {
      clicks.add(harness.discord.clickButton(USER, button(answer, prefix), answer));
    }
    RecordedCall why = answerCall(clicks.get(0));
    RecordedCall chart = answerCall(clicks.get(1));
    RecordedCall csv = answerCall(clicks.get(2));

    assertThat(dataOf(why).path("embeds").toString()).contains("Senior Python");
    assertThat(chart.file("chart.png")).isNotEmpty();
    String table =
        csv.files().isEmpty()
            ? dataOf(csv).path("embeds").get(0).path("description").asText()
            : new String(csv.file("ratebot-export.csv"), StandardCharsets.UTF_8);
    assertThat(table).contains("Part,What,Figure,Basis,Detail");
    for (String click : clicks) {
      assertThat(ephemeral(harness.discord.originalOf(click))).as("seen privately").isTrue();
    }
    assertThat(dataOf(chart).toString().contains("ratebot:share:"))
        .as("the charted answer offers Share")
        .isEqualTo(!place.forcesPrivate());
  }

  @ParameterizedTest
  @EnumSource(
      value = InteractionPlace.class,
      names = {"FRIEND_DM", "OTHER_SERVER_NO_EXTERNAL_APPS"})
  void theOptionsAreSuggestedThere(InteractionPlace place) throws Exception {
    String suggest = harness.discord.autocomplete(place, USER, "technology", "pyt");

    RecordedCall choices = harness.discord.calls().awaitOne(callbackFor(suggest), WAIT);

    assertThat(choices.body().path("type").asInt()).isEqualTo(8);
    assertThat(choices.body().path("data").path("choices").get(0).path("value").asText())
        .isEqualTo("python");
  }

  @Test
  void aRefineMenuInAGroupDmUpdatesTheAnswerInPlace() throws Exception {
    String answer = ask(InteractionPlace.GROUP_DM, "senior python latam");
    JsonNode menu =
        harness.discord.message(answer).path("components").get(0).path("components").get(0);
    JsonNode other = null;
    for (JsonNode option : menu.path("options")) {
      if (!option.path("default").asBoolean()) {
        other = option;
        break;
      }
    }
    assertThat(other).as("another choice in " + menu).isNotNull();

    String pick =
        harness.discord.select(
            USER, menu.path("custom_id").asText(), other.path("value").asText(), answer);
    RecordedCall update = harness.discord.calls().awaitOne(callbackFor(pick), WAIT);

    assertThat(update.body().path("type").asInt()).isEqualTo(7);
    assertThat(harness.discord.message(answer).path("embeds").get(0).toString())
        .contains(other.path("label").asText());
  }
}
