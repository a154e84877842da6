package dev.ratebot.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.command.BuiltInCommands;
import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.query.QueryParser;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.testing.Bundled;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsed questions are remembered per snapshot: the same answers, in bounded memory. */
class AnswererTest {
  static final List<Request> QUESTIONS =
      List.of(
          request("senior python latam", Map.of()),
          request("python", Map.of("region", "latam")),
          request("python", Map.of("region", "cee")),
          request("compare latam cee senior java", Map.of()),
          request("budget 2 senior python latam 6 months", Map.of()),
          request("check 45/h senior python latam", Map.of()),
          request("senior python latam chart", Map.of()),
          request("senior python latam as csv", Map.of()),
          request("senior pyhton latm", Map.of()),
          request("qwzx", Map.of()),
          request("-45/h senior python", Map.of()),
          request("", Map.of()),
          request("help", Map.of()));

  static Answerer answerer() {
    return new Answerer(
        Bundled.dataset(),
        Bundled.places(),
        BuiltInCommands.registry(Bundled.dataset(), new EstimateSettings(1_800, 0)));
  }

  static Request request(String text, Map<String, String> options) {
    return new Request(text, options, "u1", "c1", Platform.SLACK);
  }

  @Test
  void aQuestionAskedAgainGetsTheSameReplyAsAskedTheFirstTime() {
    Answerer remembering = answerer();
    QUESTIONS.forEach(remembering::answer);

    for (Request question : QUESTIONS) {
      Reply again = remembering.answer(question);
      Reply fresh = answerer().answer(question);

      assertThat(again).as(question.text() + " " + question.options()).isEqualTo(fresh);
    }
    assertThat(remembering.answer(QUESTIONS.get(1)))
        .as("options are part of the question")
        .isNotEqualTo(remembering.answer(QUESTIONS.get(2)));
  }

  @Test
  void itRemembersAtMostItsBoundAndNeverAnOverLongText() {
    Answerer answerer = answerer();
    answerer.answer(request("senior python latam", Map.of()));
    answerer.answer(request("senior python latam", Map.of()));
    answerer.answer(request("python", Map.of("region", "cee")));
    assertThat(answerer.remembered()).isEqualTo(2);

    for (int i = 0; i < Answerer.PARSED + 10; i++) {
      answerer.answer(request("senior python " + i + " months latam", Map.of()));
      assertThat(answerer.remembered()).isLessThanOrEqualTo(Answerer.PARSED);
    }
    int before = answerer.remembered();
    answerer.answer(request("python ".repeat(QueryParser.MAX_LENGTH), Map.of()));
    assertThat(answerer.remembered()).isEqualTo(before);
  }
}
