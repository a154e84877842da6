package dev.ratebot.core.command;

import dev.ratebot.core.estimate.Estimator;
import dev.ratebot.core.query.Query;
import dev.ratebot.core.reply.Reply;

/**
 * {@code /rate check 45/h senior python latam}, {@code check $90k/yr senior python usa}, and any
 * plain question with an amount ({@code is $45/h fair for a senior python dev in brazil?}): where
 * the figure falls, in words a hiring manager can act on. The answer stays with the asker.
 */
public final class CheckCommand implements Command {
  private final CommandDefinition definition =
      CommandDefinition.builder(
              "check", "Where an offered or quoted figure falls against the range (private).")
          .aliases("offer")
          .usage("figure [level] [technology] [region or country]")
          .examples("45/h senior python latam", "$90k/yr senior python usa")
          .question()
          .build();
  private final Estimator estimator;

  public CheckCommand(Estimator estimator) {
    this.estimator = estimator;
  }

  @Override
  public CommandDefinition definition() {
    return definition;
  }

  @Override
  public Reply run(Invocation invocation) {
    return estimator.check(invocation.query().orElse(Query.EMPTY));
  }
}
