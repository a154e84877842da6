package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.app.Wiring;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.Citation;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Refinement;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.core.reply.Row;
import dev.ratebot.core.reply.RowTable;
import dev.ratebot.fake.slack.BlockKitLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SlackRendererTest {
  static final String NASTY =
      "<!channel> <!here> <@U999> <#C1> <!subteam^S1> <http://evil.example|click> & ";
  static final Pattern BARE_AMPERSAND = Pattern.compile("&(?!amp;|lt;|gt;)");

  final SlackRenderer renderer = new SlackRenderer();

  static <T> List<T> many(int count, IntFunction<T> make) {
    return IntStream.range(0, count).mapToObj(make).toList();
  }

  static String longText(int length) {
    return (NASTY + "lorem ipsum ").repeat(length / (NASTY.length() + 12) + 1).substring(0, length);
  }

  static Answer hugeAnswer() {
    return new Answer(
        longText(1_000),
        "senior python latam",
        many(
            35,
            i ->
                new KeyFigure(longText(500) + i, longText(2_500), Basis.ESTIMATE, longText(1_000))),
        new RowTable(
            longText(4_000),
            100,
            many(400, i -> new Row(longText(300) + i, "$1–2/h", 1, 2, 0, Basis.OBSERVED, i == 7))),
        many(60, i -> longText(3_500)),
        many(40, i -> new Citation(longText(200), "2023", longText(200))),
        "2023",
        many(
            30,
            i ->
                new Refinement(
                    longText(200),
                    many(
                        150,
                        j ->
                            new Refinement.Choice(longText(120), "query " + i + " " + j, j == 3)))),
        longText(3_000),
        longText(100));
  }

  /** Within the limits the fake Slack checks, and with the renderer's own 3,000-character text. */
  static void assertWithinSlackLimits(JsonNode message) {
    assertThat(BlockKitLimits.message(message)).isEmpty();
    assertThat(message.get("blocks").size()).isPositive();
    assertThat(message.get("text").asText().length()).isBetween(1, 3_000);
    assertThat(SlackJson.mrkdwnTexts(message))
        .allSatisfy(t -> assertThat(t).doesNotContainPattern(BARE_AMPERSAND));
  }

  static void assertInert(JsonNode message) {
    assertThat(SlackJson.mrkdwnTexts(message))
        .allSatisfy(t -> assertThat(t).doesNotContain("<!", "<@U999", "<#", "<http"));
    message
        .get("blocks")
        .forEach(
            b -> {
              if (b.has("text") && b.get("text").get("type").asText().equals("mrkdwn")) {
                assertThat(b.get("text").get("verbatim").asBoolean()).isTrue();
              }
            });
  }

  @Test
  void aHugeAnswerStaysWithinSlackLimitsOnEverySurface() {
    for (Audience surface : Audience.values()) {
      JsonNode message = SlackJson.of(renderer.render(hugeAnswer(), surface));

      assertWithinSlackLimits(message);
      assertInert(message);
    }
    assertWithinSlackLimits(SlackJson.of(renderer.renderShared(hugeAnswer(), "U1")));
  }

  @Test
  void everyRealReplyStaysWithinSlackLimits() {
    RequestHandler handler = Wiring.bundledHandler();
    List<String> questions = new ArrayList<>(Wiring.bundledCommands().examples());
    questions.addAll(List.of("help", "list", "sources", "cobol", "", "python", "senior"));

    for (String question : questions) {
      Reply reply = handler.handle(new Request(question, "U1", "C1", Platform.SLACK));
      for (Audience surface : Audience.values()) {
        assertWithinSlackLimits(SlackJson.of(renderer.render(reply, surface)));
      }
    }
  }

  @Test
  void aHugeAnswerKeepsItsSourcesAndControlsWhenCut() {
    JsonNode message = SlackJson.of(renderer.render(hugeAnswer(), Audience.ASKER));

    List<JsonNode> blocks = new ArrayList<>();
    message.get("blocks").forEach(blocks::add);
    assertThat(blocks.get(blocks.size() - 1).get("type").asText()).isEqualTo("actions");
    assertThat(blocks.get(blocks.size() - 2).toString()).contains("Data vintage 2023");
    assertThat(message.toString()).contains("More lines were left out");
  }

  @Test
  void aHugeInfoAndProblemStayWithinLimits() {
    Info info =
        new Info(
            longText(500),
            many(80, i -> new Info.Section(longText(100), many(50, j -> longText(400)))));
    Problem problem = Problem.user(longText(5_000), many(200, i -> longText(100)));

    for (JsonNode message :
        List.of(
            SlackJson.of(renderer.render(info, Audience.ASKER)),
            SlackJson.of(renderer.render(problem, Audience.ASKER)))) {
      assertWithinSlackLimits(message);
      assertInert(message);
    }
  }

  @Test
  void answerHasHeaderFiguresRowsNotesSourcesAndControls() {
    JsonNode message =
        SlackJson.of(renderer.render(TestReplies.answer("senior python latam"), Audience.ASKER));

    assertThat(SlackJson.blocks(message, "header").get(0).get("text").get("text").asText())
        .isEqualTo("Rates for senior python latam");
    assertThat(SlackJson.blocks(message, "section").get(0).get("fields")).hasSize(2);
    assertThat(message.toString())
        .contains(
            "▸ *Latin America*",
            "Assuming senior python latam",
            "Data vintage 2023, version 0a1b2c3d · Sources:\\n• Payscale (2023), via ProCoders");
    assertThat(message.get("blocks").get(1).get("type").asText()).isEqualTo("context");
    assertThat(message.get("blocks").get(1).get("elements").get(0).get("text").asText())
        .isEqualTo("Contract rates · 2023 data");
    assertThat(message.get("text").asText())
        .isEqualTo("Rates for senior python latam: $45–65/h (source)");
    List<JsonNode> controls = SlackJson.actionElements(message);
    assertThat(controls)
        .extracting(c -> c.get("action_id").asText())
        .containsExactly(
            "ratebot-refine-0",
            "ratebot-refine-1",
            "ratebot-share",
            "ratebot-chart",
            "ratebot-csv");
    assertThat(controls.get(0).get("initial_option").get("value").asText())
        .isEqualTo("senior senior python latam");
    // The kept answer's id, then its question (offered again once the answer is no longer kept).
    String share = controls.get(2).get("value").asText();
    assertThat(share).matches("[A-Za-z0-9_-]{12} senior python latam");
    assertThat(renderer.store().find(share.substring(0, 12))).isPresent();
    assertThat(controls.subList(3, 5)).extracting(c -> c.get("value").asText()).containsOnly(share);
  }

  @Test
  void surfacesDecideTheControls() {
    Answer answer = TestReplies.answer("latam");

    assertThat(SlackJson.actionElements(SlackJson.of(renderer.render(answer, Audience.DIRECT))))
        .extracting(c -> c.get("action_id").asText())
        .containsExactly("ratebot-refine-0", "ratebot-refine-1", "ratebot-chart", "ratebot-csv");
    assertThat(SlackJson.actionElements(SlackJson.of(renderer.render(answer, Audience.CHANNEL))))
        .isEmpty();
    assertThat(SlackJson.actionElements(SlackJson.of(renderer.renderShared(answer, "U123ABC"))))
        .isEmpty();
  }

  @Test
  void sharedAnswerNamesTheSharerAsAMentionOnlyForARealUserId() {
    assertThat(
            SlackJson.of(renderer.renderShared(TestReplies.answer("latam"), "U123ABC")).toString())
        .contains("Shared by <@U123ABC>");
    assertThat(
            SlackJson.mrkdwnTexts(
                SlackJson.of(renderer.renderShared(TestReplies.answer("latam"), "<!channel>"))))
        .anySatisfy(t -> assertThat(t).isEqualTo("Shared by &lt;!channel&gt;"));
  }

  @Test
  void everyPieceOfReplyTextIsEscapedInMrkdwn() {
    Answer answer =
        new Answer(
            NASTY,
            NASTY,
            List.of(new KeyFigure(NASTY, NASTY, Basis.OBSERVED, NASTY)),
            new RowTable(NASTY, 10, List.of(new Row(NASTY, NASTY, 1, 2, 0, Basis.OBSERVED, true))),
            List.of(NASTY),
            List.of(new Citation(NASTY, NASTY, NASTY)),
            NASTY,
            List.of(new Refinement(NASTY, List.of(new Refinement.Choice(NASTY, "latam", true)))),
            NASTY,
            NASTY);

    for (Audience surface : Audience.values()) {
      JsonNode message = SlackJson.of(renderer.render(answer, surface));
      assertInert(message);
      assertThat(String.join("", SlackJson.mrkdwnTexts(message)))
          .contains("&lt;!channel&gt;", "&amp;");
    }
    assertInert(SlackJson.of(renderer.render(Problem.user(NASTY, List.of(NASTY)), Audience.ASKER)));
    assertInert(
        SlackJson.of(
            renderer.render(
                new Info(NASTY, List.of(new Info.Section(NASTY, List.of(NASTY)))),
                Audience.ASKER)));
  }

  @Test
  void userProblemShowsTheMessageAndSuggestions() {
    JsonNode message =
        SlackJson.of(
            renderer.render(
                Problem.user("I don't know 'cobol'.", List.of("c++", "latam")), Audience.ASKER));

    assertThat(message.get("blocks")).hasSize(1);
    assertThat(message.get("blocks").get(0).get("text").get("text").asText())
        .isEqualTo("I don't know 'cobol'.\nTry: `c++` · `latam`");
  }

  @Test
  void internalProblemCarriesItsReference() {
    JsonNode message =
        SlackJson.of(renderer.render(Problem.internal("SL-0000ABCD"), Audience.ASKER));

    assertThat(message.get("text").asText()).contains("SL-0000ABCD");
    assertThat(SlackJson.actionElements(message)).isEmpty();
  }

  @Test
  void infoHasHeaderAndSections() {
    Info info =
        new Info(
            "ratebot help",
            List.of(new Info.Section("Examples", List.of("/rate latam", "/rate senior python"))));

    JsonNode message = SlackJson.of(renderer.render(info, Audience.ASKER));

    assertThat(SlackJson.blocks(message, "header")).hasSize(1);
    assertThat(SlackJson.blocks(message, "section").get(0).get("text").get("text").asText())
        .isEqualTo("*Examples*\n/rate latam\n/rate senior python");
  }
}
