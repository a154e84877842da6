package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratebot.app.Wiring;
import dev.ratebot.fake.slack.FakeSlack;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end through the real Bolt client and a fake Slack: every question that was once answered
 * with a guess (issue 7's examples) gets an honest answer or a plain problem, privately.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HonestAnswersSlackTest {
  FakeSlack slack;
  SlackAdapter adapter;

  @BeforeAll
  void connect() throws Exception {
    slack = FakeSlack.start();
    adapter =
        new SlackAdapter(
            new SlackSettings(
                SlackAdapterTest.BOT_TOKEN, SlackAdapterTest.APP_TOKEN, slack.apiUrl()),
            Wiring.bundledHandler(),
            Wiring.bundledCommands());
    adapter.start();
    assertThat(slack.awaitConnections(1, SlackAdapterTest.CONNECT)).isTrue();
  }

  @AfterAll
  void stop() throws Exception {
    adapter.close();
    slack.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.ratebot.testing.HonestAnswers#examples")
  void answersHonestly(String question, String mustSay, String mustNotSay) throws Exception {
    // One asker per question: the examples outnumber one user's burst allowance.
    FakeSlack.Sent sent =
        slack.slashCommand(
            question,
            "U" + Integer.toHexString(question.hashCode()).toUpperCase(java.util.Locale.ROOT));
    sent.ack().get(SlackAdapterTest.ACK_LIMIT_MS, TimeUnit.MILLISECONDS);
    JsonNode reply = slack.awaitAnswer(sent, SlackAdapterTest.REPLY);

    String text = SlackText.unescape(SlackAdapterTest.allText(reply));
    assertThat(reply.get("response_type").asText()).isEqualTo("ephemeral");
    assertThat(text).contains(mustSay.split("\\|"));
    if (!mustNotSay.isEmpty()) {
      assertThat(text).doesNotContain(mustNotSay);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.ratebot.testing.HonestAnswers#comparisons")
  void comparesAndRanks(String question, String mustSay) throws Exception {
    answersHonestly(question, mustSay, "");
  }
}
