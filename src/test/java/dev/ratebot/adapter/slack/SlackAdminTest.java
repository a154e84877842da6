package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratebot.adapter.chat.ChatRenderer;
import dev.ratebot.app.Wiring;
import dev.ratebot.core.command.AdminCommand;
import dev.ratebot.fake.slack.ApiCall;
import dev.ratebot.fake.slack.FakeSlack;
import dev.ratebot.testing.AdminFixture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin commands through the real Bolt client and a fake Slack: private, and only for some. */
class SlackAdminTest {
  private static final String OPERATOR = "UOPS1";

  private final AdminFixture admin = new AdminFixture("slack:" + OPERATOR);
  private FakeSlack slack;
  private SlackAdapter adapter;

  @BeforeEach
  void connect() throws Exception {
    slack = FakeSlack.start();
    adapter =
        new SlackAdapter(
            new SlackSettings(
                SlackAdapterTest.BOT_TOKEN, SlackAdapterTest.APP_TOKEN, slack.apiUrl()),
            admin.handler(),
            admin.commands());
    adapter.start();
    assertThat(slack.awaitConnections(1, SlackAdapterTest.CONNECT)).isTrue();
  }

  @AfterEach
  void stop() throws Exception {
    adapter.close();
    slack.close();
    admin.close();
  }

  @Test
  void anyoneElseGetsAPrivateRefusalAndIsRecordedByPlatformQualifiedId() throws Exception {
    JsonNode answer =
        slack.awaitAnswer(slack.slashCommand("admin reload", "U1"), SlackAdapterTest.REPLY);

    assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
    assertThat(SlackAdapterTest.allText(answer))
        .contains(AdminCommand.REFUSAL)
        .doesNotContain("Dataset");
    assertThat(admin.refused).containsExactly("slack:U1");
    assertThat(slack.calls("chat.postMessage")).isEmpty();
  }

  @Test
  void theOperatorGetsTheStatusPrivately() throws Exception {
    JsonNode answer =
        slack.awaitAnswer(slack.slashCommand("admin status", OPERATOR), SlackAdapterTest.REPLY);

    assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
    assertThat(SlackAdapterTest.allText(answer))
        .contains("ratebot status", "version e4ae72e4, vintage 2023");
    assertThat(admin.refused).isEmpty();
  }

  @Test
  void askedInAChannelNeitherStatusNorRefusalIsPosted() throws Exception {
    for (String user : new String[] {OPERATOR, "U1"}) {
      ObjectNode mention =
          slack.appMention(
              user,
              FakeSlack.CHANNEL_ID,
              "<@U0BOT> admin status",
              "1700000000.00010" + user.length(),
              null);
      slack.event("Ev-A" + user, mention, 0).ack().get(3, TimeUnit.SECONDS);
    }

    for (ApiCall post : slack.awaitCalls("chat.postMessage", 2, SlackAdapterTest.REPLY)) {
      JsonNode message = post.json();
      assertThat(SlackAdapterTest.allText(message))
          .contains(ChatRenderer.ASK_PRIVATELY)
          .doesNotContain("ratebot status")
          .doesNotContain(AdminCommand.REFUSAL);
    }
  }

  @Test
  void theManifestAndUsageHintDoNotListTheAdminCommands() {
    assertThat(SlackManifest.yaml(admin.commands()))
        .isEqualTo(SlackManifest.yaml(Wiring.bundledCommands()))
        .doesNotContain("admin");
    assertThat(admin.commands().usageHint()).doesNotContain("admin");
    assertThat(admin.commands().command("admin")).isPresent();
  }
}
