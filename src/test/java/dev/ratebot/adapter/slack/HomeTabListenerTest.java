package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratebot.fake.slack.ApiCall;
import dev.ratebot.fake.slack.FakeSlack;
import dev.ratebot.testing.AdminFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Home tab end to end, through the real Bolt client and a fake Slack whose views.publish is as
 * strict as Slack's: each open publishes how to ask and which data serves, for that user.
 */
class HomeTabListenerTest {
  @TempDir Path dir;

  private Path card;
  private AdminFixture data;
  private FakeSlack slack;
  private SlackAdapter adapter;

  @BeforeEach
  void connect() throws Exception {
    card = dir.resolve("our-card.csv");
    Files.copy(Path.of("config", "example-rate-card.csv"), card);
    data = new AdminFixture("slack:UOPS1", List.of("bundled", card.toString()));
    slack = FakeSlack.start();
    adapter =
        new SlackAdapter(
            new SlackSettings(
                SlackAdapterTest.BOT_TOKEN, SlackAdapterTest.APP_TOKEN, slack.apiUrl()),
            data.handler(),
            data.commands());
    adapter.start();
    assertThat(slack.awaitConnections(1, SlackAdapterTest.CONNECT)).isTrue();
  }

  @AfterEach
  void stop() throws Exception {
    adapter.close();
    slack.close();
    data.close();
  }

  /** Opens a tab and returns once the event is acked (within Slack's 3 s). */
  void open(String user, String tab, String eventId) throws Exception {
    slack
        .event(eventId, slack.appHomeOpened(user, tab, "1700000000.00000" + eventId.length()), 0)
        .ack()
        .get(3, TimeUnit.SECONDS);
  }

  /** The view of the {@code count}th views.publish call, once it arrives. */
  ApiCall published(int count) throws Exception {
    return slack.awaitCalls("views.publish", count, SlackAdapterTest.REPLY).get(count - 1);
  }

  static String text(JsonNode view) {
    return SlackAdapterTest.allText(view);
  }

  @Test
  void openingTheHomeTabPublishesHowToAskAndTheDataServingForThatUser() throws Exception {
    String version = data.dataset().version();

    open("U1", "home", "Ev-H1");
    ApiCall call = published(1);
    JsonNode view = call.json().get("view");

    assertThat(call.param("user_id")).isEqualTo("U1");
    assertThat(call.bearerPrefix()).isEqualTo("xoxb-");
    assertThat(view.get("type").asText()).isEqualTo("home");
    assertThat(view.get("blocks").size()).isBetween(2, 100);
    assertThat(SlackJson.blocks(view, "header").get(0).get("text").get("text").asText())
        .isEqualTo("How to ask ratebot");
    assertThat(text(view))
        .contains(
            "Ask in any order: a level, a technology, and a region or country.",
            "/rate senior python latam",
            "/rate compare — ")
        .containsPattern("2023 data, about \\d+ years? old; dataset version " + version)
        .doesNotContain("/rate admin");
    assertThat(SlackJson.actionElements(view)).isEmpty();
  }

  @Test
  void afterAReloadTheNextOpenShowsTheNewVersion() throws Exception {
    String before = data.dataset().version();
    open("U1", "home", "Ev-H1");
    assertThat(text(published(1).json().get("view"))).contains("dataset version " + before);

    Files.writeString(
        card,
        Files.readString(card)
            .replace("entry,,central-europe,30,38", "entry,,central-europe,31,38"));
    String after = data.reload().version();
    open("U1", "home", "Ev-H2");
    JsonNode reopened = published(2).json().get("view");

    assertThat(after).isNotEqualTo(before);
    assertThat(text(reopened)).contains("dataset version " + after).doesNotContain(before);
  }

  @Test
  void theMessagesTabPublishesNothing() throws Exception {
    open("U1", "messages", "Ev-M1");
    open("U2", "home", "Ev-H2");

    assertThat(published(1).param("user_id")).isEqualTo("U2");
    assertThat(slack.calls("views.publish")).hasSize(1);
    assertThat(slack.calls("chat.postMessage")).isEmpty();
  }
}
