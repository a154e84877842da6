package dev.ratebot.core.command;

import dev.ratebot.core.estimate.Estimator;
import dev.ratebot.core.query.Query;
import dev.ratebot.core.reply.Reply;

/**
 * {@code /rate why senior python latam}: the calculation behind the answer, step by step, with the
 * source rows and the hours assumed, so a hiring team can check it.
 */
public final class WhyCommand implements Command {
  private final CommandDefinition definition =
      CommandDefinition.builder(
              "why", "The calculation behind an answer: source rows, each step, the hours.")
          .usage("[level] [technology] region")
          .examples("senior python latam")
          .question()
          .build();
  private final Estimator estimator;

  public WhyCommand(Estimator estimator) {
    this.estimator = estimator;
  }

  @Override
  public CommandDefinition definition() {
    return definition;
  }

  @Override
  public Reply run(Invocation invocation) {
    return estimator.why(invocation.query().orElse(Query.EMPTY));
  }
}
