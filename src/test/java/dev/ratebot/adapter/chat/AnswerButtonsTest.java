package dev.ratebot.adapter.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.adapter.chat.AnswerButtons.Outcome;
import dev.ratebot.adapter.chat.Controls.Button;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Chart;
import dev.ratebot.core.reply.Export;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AnswerButtonsTest {
  final AtomicLong nanos = new AtomicLong();
  final InMemoryAnswerStore store =
      new InMemoryAnswerStore(100, Duration.ofMinutes(30), nanos::get);
  final AnswerButtons buttons = new AnswerButtons(store);
  final List<String> asked = new ArrayList<>();
  final Function<String, Reply> ask =
      question -> {
        asked.add(question);
        return Problem.user("asked " + question);
      };

  static Answer answer(boolean confidential) {
    Answer full = ChatRendererTest.full("senior python latam");
    return new Answer(
        full.title(),
        full.query(),
        full.keyFigures(),
        full.table(),
        full.notes(),
        full.sources(),
        full.vintage(),
        full.refinements(),
        full.context(),
        full.dataVersion(),
        confidential,
        "why senior python latin-america");
  }

  @Test
  void shareGivesTheKeptAnswerForTheChannelWithoutAskingAnything() {
    Answer answer = answer(false);
    String id = store.keep(answer);

    Outcome outcome = buttons.press(Button.SHARE, id, "forged question", "U1", ask);

    assertThat(outcome).isEqualTo(new Outcome(answer, true));
    assertThat(asked).isEmpty();
  }

  @Test
  void oneAnswerIsSharedAtMostThreeTimesThenTheClickIsToldSoPrivately() {
    String id = store.keep(answer(false));

    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < AnswerButtons.MAX_SHARES + 2; i++) {
      outcomes.add(buttons.press(Button.SHARE, id, "", "U1", ask));
    }

    assertThat(outcomes)
        .extracting(Outcome::shared)
        .containsExactly(true, true, true, false, false);
    assertThat(outcomes.get(3).reply())
        .isEqualTo(
            Problem.user("You already shared that answer 3 times, so it was not shared again."));
  }

  @Test
  void theCapCountsEachUsersSharesApartWhenOneKeptAnswerWasShownToMany() {
    Answer cached = answer(false);
    String shownToFirst = store.keep(cached);
    String shownToSecond = store.keep(cached);

    for (int i = 0; i < AnswerButtons.MAX_SHARES; i++) {
      assertThat(buttons.press(Button.SHARE, shownToFirst, "", "U1", ask).shared()).isTrue();
    }

    assertThat(shownToSecond).isEqualTo(shownToFirst);
    assertThat(buttons.press(Button.SHARE, shownToFirst, "", "U1", ask).shared()).isFalse();
    assertThat(buttons.press(Button.SHARE, shownToSecond, "", "U2", ask))
        .isEqualTo(new Outcome(cached, true));
  }

  @Test
  void aConfidentialAnswerForgedIntoAShareIsRefusedPrivately() {
    String id = store.keep(answer(true));

    Outcome outcome = buttons.press(Button.SHARE, id, "", "U1", ask);

    assertThat(outcome.shared()).isFalse();
    assertThat(outcome.reply()).isEqualTo(Problem.user(AnswerButtons.NOT_SHARED));
  }

  @Test
  void shareRangeOfAnOfferCheckPostsTheKeptQueryAskedAgainWhichHoldsNoFigure() {
    Answer range = answer(false);
    List<String> rangeAsked = new ArrayList<>();
    String id = store.keep(answer(true));

    Outcome outcome =
        buttons.press(
            Button.SHARE_RANGE,
            id,
            "forged 99/h senior python latam",
            "U1",
            question -> {
              rangeAsked.add(question);
              return range;
            });

    assertThat(rangeAsked).containsExactly("senior python latam");
    assertThat(outcome).isEqualTo(new Outcome(range, true));
  }

  @Test
  void shareRangeIsCappedLikeShareAndNeverPostsAProblemOrAConfidentialAnswer() {
    String id = store.keep(answer(true));
    Answer stillConfidential = answer(true);

    assertThat(buttons.press(Button.SHARE_RANGE, id, "", "U1", ask))
        .isEqualTo(new Outcome(Problem.user("asked senior python latam"), false));
    assertThat(buttons.press(Button.SHARE_RANGE, id, "", "U1", q -> stillConfidential))
        .isEqualTo(new Outcome(stillConfidential, false));
    assertThat(buttons.press(Button.SHARE_RANGE, id, "", "U1", q -> answer(false)).shared())
        .isTrue();
    Outcome fourth = buttons.press(Button.SHARE_RANGE, id, "", "U1", ask);
    assertThat(fourth.shared()).isFalse();
    assertThat(fourth.reply())
        .isEqualTo(
            Problem.user("You already shared that answer 3 times, so it was not shared again."));
    assertThat(asked).containsExactly("senior python latam");
  }

  @Test
  void shareRangeOfAnAnswerWithoutAFigureSharesItAsSeenWithoutAsking() {
    Answer answer = answer(false);
    String id = store.keep(answer);

    assertThat(buttons.press(Button.SHARE_RANGE, id, "", "U1", ask))
        .isEqualTo(new Outcome(answer, true));
    assertThat(asked).isEmpty();
  }

  @Test
  void anAnswerNoLongerKeptGetsAPrivateOfferOfItsQuestionForEveryButton() {
    String id = store.keep(answer(false));
    nanos.addAndGet(Duration.ofMinutes(31).toNanos());

    for (Button button : Button.values()) {
      Outcome outcome = buttons.press(button, id, "senior python latam", "U1", ask);

      assertThat(outcome.shared()).isFalse();
      Problem problem = (Problem) outcome.reply();
      assertThat(problem.message()).startsWith("That answer is no longer kept");
      assertThat(problem.suggestions()).containsExactly("senior python latam");
    }
    assertThat(asked).isEmpty();
  }

  @Test
  void whyAsksTheKeptAnswersOwnCalculationNotTheButtonsText() {
    String id = store.keep(answer(false));

    Outcome outcome = buttons.press(Button.WHY, id, "why junior java weu", "U1", ask);

    assertThat(asked).containsExactly("why senior python latin-america");
    assertThat(outcome).isEqualTo(new Outcome(Problem.user("asked " + asked.get(0)), false));
  }

  @Test
  void chartAndCsvGiveTheKeptAnswerPrivatelyEvenAConfidentialOne() {
    Answer answer = answer(true);
    String id = store.keep(answer);

    assertThat(buttons.press(Button.CHART, id, "", "U1", ask))
        .isEqualTo(new Outcome(new Chart(answer), false));
    assertThat(buttons.press(Button.EXPORT, id, "", "U1", ask))
        .isEqualTo(new Outcome(new Export(answer, Export.Format.CSV), false));
    assertThat(asked).isEmpty();
  }
}
