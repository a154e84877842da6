package dev.ratebot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.testing.Bundled;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RankCommandTest {
  final CommandRegistry registry =
      BuiltInCommands.registry(Bundled.dataset(), EstimateSettings.defaults());
  final Command rank = registry.command("rank").orElseThrow();

  @Test
  void withoutAQuestionItRanksTheStatedRanges() {
    Answer answer = (Answer) rank.run(new Invocation("rank", Optional.empty(), registry));

    assertThat(answer.title()).isEqualTo("Backend developer · regions, cheapest first");
    assertThat(answer.keyFigures())
        .extracting(KeyFigure::label)
        .containsExactly(
            "1. Central Europe", "2. Latin America", "3. Western Europe", "4. North America");
  }

  @Test
  void cheapestIsItsAlias() {
    assertThat(rank.definition().aliases()).containsExactly("cheapest");
    assertThat(registry.words()).containsEntry("cheapest", "rank");
  }
}
