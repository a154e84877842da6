package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratebot.app.Wiring;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.fake.slack.FakeSlack;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The buttons under an answer, end to end through real Bolt and the fake Slack: each acts on the
 * answer as kept, answering through the click's response_url.
 */
class SlackAnswerButtonsTest {
  static final Duration CONNECT = Duration.ofSeconds(20);
  static final Duration REPLY = Duration.ofSeconds(10);
  static final RequestHandler BUNDLED = Wiring.bundledHandler();

  final AtomicReference<RequestHandler> answering = new AtomicReference<>(BUNDLED);
  final AtomicInteger asked = new AtomicInteger();
  FakeSlack slack;
  SlackAdapter adapter;

  @BeforeEach
  void connect() throws Exception {
    slack = FakeSlack.start();
    RequestHandler counting =
        request -> {
          asked.incrementAndGet();
          return answering.get().handle(request);
        };
    adapter =
        new SlackAdapter(
            new SlackSettings("xoxb-fake", "xapp-1-fake", slack.apiUrl()),
            counting,
            Wiring.bundledCommands());
    adapter.start();
    assertThat(slack.awaitConnections(1, CONNECT)).isTrue();
  }

  @AfterEach
  void stop() {
    if (adapter != null) {
      adapter.close();
    }
    if (slack != null) {
      slack.close();
    }
  }

  JsonNode ask(String question, String user) throws Exception {
    return slack.awaitAnswer(slack.slashCommand(question, user), SlackAdapterTest.REPLY);
  }

  static String valueOf(JsonNode answer, String actionId) {
    return SlackJson.actionElements(answer).stream()
        .filter(e -> e.get("action_id").asText().equals(actionId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + actionId + " in " + answer))
        .get("value")
        .asText();
  }

  JsonNode press(String user, String actionId, String value) throws Exception {
    String responseUrl = slack.newResponseUrl();
    slack
        .blockAction(user, FakeSlack.CHANNEL_ID, responseUrl, true, slack.button(actionId, value))
        .ack()
        .get(3, TimeUnit.SECONDS);
    return slack.awaitResponse(responseUrl, REPLY);
  }

  static String allText(JsonNode message) {
    return String.join("\n", SlackJson.mrkdwnTexts(message))
        + "\n"
        + String.join("\n", SlackJson.plainTexts(message));
  }

  @Test
  void shareAtTheRateLimitPostsTheKeptFiguresWithoutAskingAgain() throws Exception {
    JsonNode first = ask("senior python latam", "U7");
    // From now on every question is refused: as if the user were at their limit, or the data gone.
    answering.set(request -> Problem.rateLimited(30));

    JsonNode shared =
        press("U7", SlackRenderer.SHARE_ACTION, valueOf(first, SlackRenderer.SHARE_ACTION));

    assertThat(shared.get("response_type").asText()).isEqualTo("in_channel");
    assertThat(shared.get("replace_original").asBoolean()).as("the private copy stays").isFalse();
    assertThat(SlackJson.blocks(shared, "section")).isEqualTo(SlackJson.blocks(first, "section"));
    assertThat(allText(shared)).contains("Shared by <@U7>").doesNotContain("<!");
    assertThat(SlackJson.actionElements(shared)).isEmpty();
    assertThat(asked).as("questions run").hasValue(1);
    assertThat(slack.calls("chat.postMessage")).as("no channel membership needed").isEmpty();
  }

  @Test
  void oneAnswerIsSharedAtMostThreeTimesThenTheClickerIsToldPrivately() throws Exception {
    String share = valueOf(ask("senior python latam", "U7"), SlackRenderer.SHARE_ACTION);

    List<JsonNode> replies = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      replies.add(press("U7", SlackRenderer.SHARE_ACTION, share));
    }

    assertThat(replies)
        .extracting(r -> r.get("response_type").asText())
        .containsExactly("in_channel", "in_channel", "in_channel", "ephemeral");
    assertThat(allText(replies.get(3))).contains("You already shared that answer 3 times");
  }

  @Test
  void anOfferCheckSharesOnlyItsRangeAndAForgedShareOfItIsRefused() throws Exception {
    JsonNode offer = ask("check 47/h senior python latam", "U8");
    assertThat(SlackJson.actionElements(offer))
        .extracting(e -> e.get("action_id").asText())
        .contains(SlackRenderer.SHARE_RANGE_ACTION)
        .doesNotContain(SlackRenderer.SHARE_ACTION);
    String keptId = valueOf(offer, SlackRenderer.EXPORT_ACTION).split(" ")[0];

    JsonNode forged = press("U8", SlackRenderer.SHARE_ACTION, keptId + " senior python latam");
    JsonNode range =
        press(
            "U8",
            SlackRenderer.SHARE_RANGE_ACTION,
            valueOf(offer, SlackRenderer.SHARE_RANGE_ACTION));

    assertThat(forged.get("response_type").asText()).isEqualTo("ephemeral");
    assertThat(allText(forged)).contains("not shared").doesNotContain("47");
    assertThat(range.get("response_type").asText()).isEqualTo("in_channel");
    assertThat(allText(range))
        .contains("Shared by <@U8>", "Senior Python", "Latin America", "$")
        .doesNotContain("47", "Offer check", "Figure checked");
  }

  @Test
  void chartButtonUploadsTheKeptAnswersChartPrivately() throws Exception {
    JsonNode first = ask("senior python latam", "U9");

    JsonNode charted =
        press("U9", SlackRenderer.CHART_ACTION, valueOf(first, SlackRenderer.CHART_ACTION));

    assertThat(charted.get("response_type").asText()).isEqualTo("ephemeral");
    List<JsonNode> images = SlackJson.blocks(charted, "image");
    assertThat(images).hasSize(1);
    String fileId = images.get(0).path("slack_file").path("id").asText();
    assertThat(slack.uploadedFile(fileId)).isNotEmpty();
    assertThat(slack.fileSharedIn(fileId)).as("shared in no channel").isEmpty();
    assertThat(SlackJson.actionElements(charted))
        .extracting(e -> e.get("action_id").asText())
        .doesNotContain(SlackRenderer.CHART_ACTION);
  }

  @Test
  void csvButtonGivesTheKeptAnswerAsATablePrivately() throws Exception {
    JsonNode first = ask("senior python latam", "U10");
    answering.set(request -> Problem.rateLimited(30));

    JsonNode table =
        press("U10", SlackRenderer.EXPORT_ACTION, valueOf(first, SlackRenderer.EXPORT_ACTION));

    assertThat(table.get("response_type").asText()).isEqualTo("ephemeral");
    assertThat(SlackText.unescape(allText(table)))
        .contains("```", "Part,What,Figure,Basis,Detail", "Latin America");
    assertThat(asked).hasValue(1);
  }

  @Test
  void whyButtonExplainsTheKeptAnswerWhateverItsValueSays() throws Exception {
    JsonNode first = ask("senior python latam", "U11");
    String id = valueOf(first, SlackRenderer.WHY_ACTION).split(" ")[0];

    JsonNode why = press("U11", SlackRenderer.WHY_ACTION, id + " why junior java weu");

    assertThat(SlackText.unescape(allText(why)))
        .contains("Why: Senior Python")
        .doesNotContain("Java");
  }

  @Test
  void everyButtonOnAnAnswerNoLongerKeptOffersItsQuestionPrivately() throws Exception {
    for (String action :
        List.of(
            SlackRenderer.SHARE_ACTION,
            SlackRenderer.WHY_ACTION,
            SlackRenderer.CHART_ACTION,
            SlackRenderer.EXPORT_ACTION)) {
      JsonNode reply = press("U12", action, "Zm9yZ290dGVu senior python latam");

      assertThat(reply.get("response_type").asText()).isEqualTo("ephemeral");
      assertThat(allText(reply)).contains("no longer kept", "`senior python latam`");
    }
    assertThat(asked).hasValue(0);
  }
}
