package dev.ratebot.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTest {
  @Test
  void theSummaryIsTheTitleAndTheFirstFigureWithItsBasis() {
    Answer answer =
        answer(
            List.of(
                new KeyFigure("Contract rate", "$61–74/h", Basis.ESTIMATE, ""),
                new KeyFigure("Full-time year cost", "$1/yr", Basis.EQUIVALENT, "")));

    assertThat(answer.summary())
        .isEqualTo("Senior Python developer · Latin America: $61–74/h (estimate)");
    assertThat(answer.accept(new ProblemTest.Kinds())).isEqualTo("answer");
  }

  @Test
  void withoutFiguresTheSummaryIsTheTitle() {
    assertThat(answer(List.of()).summary()).isEqualTo("Senior Python developer · Latin America");
  }

  @Test
  void anAnswerWithoutAContextLineDataVersionOrFigureDetailShowsNone() {
    Answer answer =
        answer(List.of(new KeyFigure("Contract rate", "$61–74/h", Basis.OBSERVED, null)));

    assertThat(answer.context()).isEmpty();
    assertThat(answer.dataVersion()).isEmpty();
    assertThat(answer.keyFigures().get(0).detail()).isEmpty();
  }

  @Test
  void eachBasisHasTheWordShownBesideAFigure() {
    assertThat(List.of(Basis.values()))
        .extracting(Basis::tag)
        .containsExactly("source", "estimate", "equivalent", "yours");
  }

  private static Answer answer(List<KeyFigure> figures) {
    return new Answer(
        "Senior Python developer · Latin America",
        "senior python latam",
        figures,
        RowTable.empty(),
        List.of(),
        List.of(),
        "2023",
        List.of(),
        null,
        null);
  }
}
