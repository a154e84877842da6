package dev.ratebot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.Citation;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Row;
import dev.ratebot.core.reply.RowTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleRendererTest {
  private final ConsoleRenderer renderer = new ConsoleRenderer("help");

  @Test
  void barShowsTheRangeInFullBlocksAndTheTopEndInShade() {
    Row row = new Row("Latin America", "$45–65/h", 45, 65, 95, Basis.OBSERVED, false);

    String bar = ConsoleCanvas.bar(row, 140);

    assertThat(bar).hasSize(ConsoleCanvas.BAR_WIDTH).isEqualTo("·········████░░░░░░·········");
  }

  @Test
  void contextLineFollowsTheUnderlineAndTheVersionFollowsTheVintage() {
    Answer answer =
        new Answer(
            "Latin America",
            "latam",
            List.of(new KeyFigure("Hourly", "$45–65/h", Basis.OBSERVED, "Payscale")),
            RowTable.empty(),
            List.of(),
            List.of(new Citation("Payscale", "2023", "")),
            "2023",
            List.of(),
            "Contract rates · 2023 data",
            "1a2b3c4d");

    assertThat(renderer.render(answer))
        .isEqualTo(
            """
            Latin America
            ─────────────
            Contract rates · 2023 data
              Hourly  $45–65/h  source      Payscale

            Sources (data vintage 2023, version 1a2b3c4d)
              • Payscale (2023)""");
  }

  @Test
  void userProblemSuggestsAndPointsToHelp() {
    String text = renderer.render(Problem.user("I don't know 'x'.", List.of("python", "rails")));

    assertThat(text)
        .isEqualTo("I don't know 'x'.\nDid you mean: python, rails?\nType 'help' for examples.");
  }

  @Test
  void internalProblemCarriesTheReferenceOnly() {
    assertThat(renderer.render(Problem.internal("E-00000001")))
        .isEqualTo("Sorry, something went wrong on my side. Reference: E-00000001.");
  }
}
