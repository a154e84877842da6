package dev.ratebot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Row;
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
