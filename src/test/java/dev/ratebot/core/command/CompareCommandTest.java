package dev.ratebot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.query.ParseResult.SubCommand;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.testing.Bundled;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompareCommandTest {
  final CommandRegistry registry =
      BuiltInCommands.registry(Bundled.dataset(), EstimateSettings.defaults());
  final Command compare = registry.command("compare").orElseThrow();

  @Test
  void runsTheComparisonOfItsQuestion() {
    SubCommand parsed = (SubCommand) Bundled.parser().parse("senior python latam vs na");

    Answer answer =
        (Answer) compare.run(new Invocation("senior python latam vs na", parsed.query(), registry));

    assertThat(answer.title())
        .isEqualTo("Senior Python backend developer · Latin America vs North America");
  }

  @Test
  void withoutAQuestionItSaysHowToAsk() {
    assertThat(compare.run(new Invocation("compare", Optional.empty(), registry)))
        .isEqualTo(
            Problem.user(
                "Name two regions or two levels to compare, e.g. senior python latam vs cee, or"
                    + " python latam mid vs senior.",
                List.of()));
    assertThat(compare.definition().question()).isTrue();
  }
}
