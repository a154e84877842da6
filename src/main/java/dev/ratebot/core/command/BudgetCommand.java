package dev.ratebot.core.command;

import dev.ratebot.core.estimate.Estimator;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;

/**
 * {@code /rate budget 3 senior python latam 6 months}, mixed teams ({@code 2 senior python + 1 mid
 * node cee 12 weeks}) and plain questions with a head count or period ({@code 3 mid python devs in
 * latam for a year}): the team's cost at contract rates, and the same team in the dearest region.
 */
public final class BudgetCommand implements Command {
  private final CommandDefinition definition =
      CommandDefinition.builder(
              "budget", "A team's cost for a period at contract rates, and the saving by region.")
          .aliases("cost")
          .usage("[count] [level] [technology] [+ more] [region] [period]")
          .examples("3 senior python latam 6 months", "2 senior python + 1 mid node cee 12 weeks")
          .question()
          .build();
  private final Estimator estimator;

  public BudgetCommand(Estimator estimator) {
    this.estimator = estimator;
  }

  @Override
  public CommandDefinition definition() {
    return definition;
  }

  @Override
  public Reply run(Invocation invocation) {
    if (invocation.groups().isEmpty()) {
      return Problem.user(
          "Say who and for how long, e.g. 'budget 3 senior python latam 6 months'.",
          definition.examples().stream().map(e -> "budget " + e).toList());
    }
    return estimator.budget(invocation.groups());
  }
}
