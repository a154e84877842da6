package dev.ratebot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratebot.app.Wiring;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end through the real JDA client and a fake Discord: every question that was once answered
 * with a guess (issue 7's examples) gets an honest answer or a plain problem, privately.
 */
@Timeout(180)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HonestAnswersDiscordTest {
  static final String USER = "1300000000000009102";

  DiscordHarness harness;

  @BeforeAll
  void start() throws Exception {
    harness = DiscordHarness.start(Wiring.bundledHandler(), Wiring.bundledCommands(), true);
  }

  @AfterAll
  void stop() throws Exception {
    harness.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.ratebot.testing.HonestAnswers#examples")
  void answersHonestly(String question, String mustSay, String mustNotSay) throws Exception {
    // One asker per question: the examples outnumber one user's burst allowance.
    String asker = String.valueOf(Long.parseLong(USER) + (question.hashCode() & 0xffff));
    String token = harness.discord.slashCommand(asker, Map.of("query", question));
    JsonNode data = harness.answerTo(token);

    String text = unmarkdown(String.join("\n", texts(data, new ArrayList<>())));
    assertThat(data.path("flags").asInt() & 64).as("private").isEqualTo(64);
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

  private static List<String> texts(JsonNode node, List<String> into) {
    if (node.isTextual()) {
      into.add(node.asText());
    }
    node.forEach(child -> texts(child, into));
    return into;
  }

  // Reply text is markdown-escaped for Discord ("\\*"): read it as a user sees it.
  private static String unmarkdown(String text) {
    return text.replaceAll("\\\\(.)", "$1").replace("*", "").replace("_", " ");
  }
}
