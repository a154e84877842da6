package dev.ratebot.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void aUserErrorSaysWhatToChangeAndCarriesNoReference() {
    Problem problem = Problem.user("Unknown level 'guru'.", List.of("senior"));

    assertThat(problem.kind()).isEqualTo(Problem.Kind.USER);
    assertThat(problem.summary()).isEqualTo("Unknown level 'guru'.");
    assertThat(problem.suggestions()).containsExactly("senior");
    assertThat(problem.reference()).isEmpty();
    assertThat(Problem.user("Ask about a level.").suggestions()).isEmpty();
  }

  @Test
  void anInternalFaultApologisesWithTheReference() {
    Problem problem = Problem.internal("E-1A2B3C4D");

    assertThat(problem.kind()).isEqualTo(Problem.Kind.INTERNAL);
    assertThat(problem.message())
        .isEqualTo("Sorry, something went wrong on my side. Reference: E-1A2B3C4D.");
    assertThat(problem.reference()).isEqualTo("E-1A2B3C4D");
  }

  @Test
  void aProblemWithoutAReferenceShowsNone() {
    assertThat(new Problem(Problem.Kind.USER, "Unknown level.", List.of(), null).reference())
        .isEmpty();
  }

  @Test
  void aRateLimitSaysHowManySecondsToWait() {
    Problem problem = Problem.rateLimited(7);

    assertThat(problem.kind()).isEqualTo(Problem.Kind.RATE_LIMITED);
    assertThat(problem.message())
        .isEqualTo("You're asking faster than I can answer; try again in 7 s.");
  }

  @Test
  void aVisitorIsCalledForAProblem() {
    assertThat(Problem.user("x").accept(new Kinds())).isEqualTo("problem");
  }

  static final class Kinds implements ReplyVisitor<String> {
    @Override
    public String answer(Answer answer) {
      return "answer";
    }

    @Override
    public String info(Info info) {
      return "info";
    }

    @Override
    public String problem(Problem problem) {
      return "problem";
    }

    @Override
    public String export(Export export) {
      return "export";
    }

    @Override
    public String chart(Chart chart) {
      return "chart";
    }
  }
}
