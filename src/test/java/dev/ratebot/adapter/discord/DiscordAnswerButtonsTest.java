package dev.ratebot.adapter.discord;

import static dev.ratebot.adapter.discord.DiscordHarness.WAIT;
import static dev.ratebot.fake.discord.FakeDiscord.callbackFor;
import static dev.ratebot.fake.discord.FakeDiscord.editOriginalOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratebot.app.Wiring;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.fake.discord.DiscordPayloads;
import dev.ratebot.fake.discord.RecordedCall;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The buttons under an answer, end to end through real JDA and the fake Discord: each carries the
 * kept answer's id and acts on the answer as kept.
 */
@Timeout(120)
class DiscordAnswerButtonsTest {
  static final String USER = "1300000000000009301";
  static final String OTHER_USER = "1300000000000009302";
  static final RequestHandler BUNDLED = Wiring.bundledHandler();

  final AtomicReference<RequestHandler> answering = new AtomicReference<>(BUNDLED);
  final AtomicInteger asked = new AtomicInteger();
  DiscordHarness harness;

  @BeforeEach
  void start() throws Exception {
    harness =
        DiscordHarness.start(
            request -> {
              asked.incrementAndGet();
              return answering.get().handle(request);
            },
            Wiring.bundledCommands(),
            true);
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  /** Asks a question; returns the id of the stored answer message. */
  String ask(String question) throws Exception {
    String token = harness.discord.slashCommand(USER, Map.of("query", question));
    harness.answerTo(token);
    return harness.discord.originalOf(token).get("id").asText();
  }

  String button(String messageId, String prefix) {
    List<String> ids = new ArrayList<>();
    harness
        .discord
        .message(messageId)
        .path("components")
        .forEach(row -> row.path("components").forEach(c -> ids.add(c.path("custom_id").asText())));
    return ids.stream()
        .filter(id -> id.startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + prefix + " button in " + ids));
  }

  /** The first response to a click (a reply; a share is never deferred). */
  JsonNode reply(String token) throws InterruptedException {
    RecordedCall callback = harness.discord.calls().awaitOne(callbackFor(token), WAIT);
    assertThat(callback.body().path("type").asInt()).isEqualTo(4);
    return callback.body().path("data");
  }

  /** The call that carries the answer to a click: the reply, or the edit after a deferral. */
  RecordedCall answerCall(String token) throws InterruptedException {
    RecordedCall callback = harness.discord.calls().awaitOne(callbackFor(token), WAIT);
    if (callback.body().path("type").asInt() == 4) {
      return callback;
    }
    assertThat(callback.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
    return harness.discord.calls().awaitOne(editOriginalOf(token), WAIT);
  }

  static JsonNode dataOf(RecordedCall call) {
    return call.body().has("data") ? call.body().path("data") : call.body();
  }

  /** A click Discord would never send: a button id the message does not carry. */
  String forgedClick(String messageId, String customId) {
    String token = harness.discord.newToken();
    harness.discord.dispatch(
        "INTERACTION_CREATE",
        DiscordPayloads.button(token, USER, customId, harness.discord.message(messageId)));
    return token;
  }

  @Test
  void shareAtTheRateLimitPostsTheKeptAnswerBuiltAnewNamingWhoShared() throws Exception {
    String answer = ask("senior python latam");
    JsonNode seen = harness.discord.message(answer).path("embeds").get(0);
    answering.set(request -> Problem.rateLimited(30));

    JsonNode shared =
        reply(harness.discord.clickButton(USER, button(answer, "ratebot:share:"), answer));

    assertThat(shared.path("flags").asInt() & 64).as("public").isZero();
    assertThat(shared.path("content").asText()).isEqualTo("Shared by <@" + USER + ">");
    assertThat(shared.path("allowed_mentions").path("parse")).isEmpty();
    JsonNode embed = shared.path("embeds").get(0);
    assertThat(embed.path("title")).isEqualTo(seen.path("title"));
    assertThat(embed.path("fields")).isNotEmpty().isEqualTo(seen.path("fields"));
    assertThat(embed.path("description")).isEqualTo(seen.path("description"));
    assertThat(shared.path("components")).isEmpty();
    assertThat(asked).as("questions run").hasValue(1);
  }

  @Test
  void oneAnswerIsSharedAtMostThreeTimesThenTheClickerIsToldPrivately() throws Exception {
    String answer = ask("senior python latam");
    String share = button(answer, "ratebot:share:");

    List<JsonNode> replies = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      replies.add(reply(harness.discord.clickButton(USER, share, answer)));
    }

    assertThat(replies).extracting(r -> r.path("flags").asInt() & 64).containsExactly(0, 0, 0, 64);
    assertThat(replies.get(3).path("content").asText())
        .contains("You already shared that answer 3 times");
  }

  @Test
  void twoUsersShownOneCachedAnswerGetOneIdAndEachHasTheirOwnThreeShares() throws Exception {
    String mine = ask("senior python latam");
    String otherToken =
        harness.discord.slashCommand(OTHER_USER, Map.of("query", "senior python latam"));
    harness.answerTo(otherToken);
    String theirs = harness.discord.originalOf(otherToken).get("id").asText();
    String share = button(mine, "ratebot:share:");
    assertThat(button(theirs, "ratebot:share:")).isEqualTo(share);

    for (int i = 0; i < 3; i++) {
      assertThat(reply(harness.discord.clickButton(USER, share, mine)).path("flags").asInt() & 64)
          .isZero();
    }
    JsonNode refused = reply(harness.discord.clickButton(USER, share, mine));
    JsonNode othersShare = reply(harness.discord.clickButton(OTHER_USER, share, theirs));

    assertThat(refused.path("content").asText()).contains("You already shared that answer");
    assertThat(othersShare.path("flags").asInt() & 64).as("public").isZero();
    assertThat(othersShare.path("content").asText()).isEqualTo("Shared by <@" + OTHER_USER + ">");
  }

  @Test
  void anOfferCheckSharesOnlyItsRangeAndAForgedShareOfItIsRefused() throws Exception {
    String offer = ask("check 47/h senior python latam");
    String csv = button(offer, "ratebot:export:");
    assertThat(harness.discord.message(offer).path("components").toString())
        .doesNotContain("ratebot:share:");

    JsonNode refused = reply(forgedClick(offer, csv.replace("ratebot:export:", "ratebot:share:")));
    JsonNode range =
        reply(harness.discord.clickButton(USER, button(offer, "ratebot:share_range:"), offer));

    assertThat(refused.path("flags").asInt() & 64).isEqualTo(64);
    assertThat(refused.path("content").asText()).contains("not shared").doesNotContain("47");
    assertThat(range.path("flags").asInt() & 64).as("posted for everyone").isZero();
    assertThat(range.toString())
        .contains("Shared by <@" + USER, "Senior Python", "Latin America")
        .doesNotContain("47", "Offer check", "Figure checked");
  }

  @Test
  void aButtonOnAnAnswerNoLongerKeptOffersItsQuestionPrivately() throws Exception {
    String answer = ask("senior python latam");

    JsonNode share = reply(forgedClick(answer, "ratebot:share:Zm9yZ290dGVu:senior python latam"));
    JsonNode chart =
        dataOf(answerCall(forgedClick(answer, "ratebot:chart:Zm9yZ290dGVu:senior python latam")));

    for (JsonNode reply : List.of(share, chart)) {
      assertThat(reply.path("content").asText())
          .contains("no longer kept", "`senior python latam`");
    }
    assertThat(share.path("flags").asInt() & 64).isEqualTo(64);
  }

  @Test
  void chartButtonAttachesTheKeptAnswersChartPrivately() throws Exception {
    String answer = ask("senior python latam");

    RecordedCall charted =
        answerCall(harness.discord.clickButton(USER, button(answer, "ratebot:chart:"), answer));

    BufferedImage png = ImageIO.read(new ByteArrayInputStream(charted.file("chart.png")));
    assertThat(png.getWidth()).isEqualTo(800);
    assertThat(dataOf(charted).path("embeds").get(0).path("image").path("url").asText())
        .isEqualTo("attachment://chart.png");
    assertThat(harness.discord.calls().all())
        .filteredOn(c -> c.is("POST", "channels/.*/messages"))
        .isEmpty();
  }

  @Test
  void csvButtonGivesTheKeptAnswerAsATablePrivatelyWithoutAskingAgain() throws Exception {
    String answer = ask("senior python latam");
    answering.set(request -> Problem.rateLimited(30));

    RecordedCall table =
        answerCall(harness.discord.clickButton(USER, button(answer, "ratebot:export:"), answer));

    String text = dataOf(table).path("embeds").get(0).path("description").asText();
    String all =
        table.files().isEmpty()
            ? text
            : new String(table.file("ratebot-export.csv"), StandardCharsets.UTF_8);
    assertThat(all).contains("Part,What,Figure,Basis,Detail", "Latin America");
    assertThat(asked).hasValue(1);
  }

  @Test
  void whyButtonExplainsTheKeptAnswerWhateverItsIdSays() throws Exception {
    String answer = ask("senior python latam");
    String why = button(answer, "ratebot:why:");
    String keptId = why.split(":")[2];

    JsonNode explained =
        dataOf(answerCall(forgedClick(answer, "ratebot:why:" + keptId + ":why junior java weu")));

    assertThat(explained.path("embeds").toString())
        .contains("Senior Python")
        .doesNotContain("Java");
  }
}
