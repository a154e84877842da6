package dev.ratebot.core.command;

import dev.ratebot.core.estimate.Pricing;
import dev.ratebot.core.query.Query;
import dev.ratebot.core.reply.Reply;

/**
 * {@code /rate compare senior python latam vs cee}, and any question naming two regions or two
 * levels ({@code senior python latam vs na}, {@code python latam mid vs senior}): them side by
 * side, each against the first, with a one-line takeaway.
 */
public final class CompareCommand implements Command {
  private final CommandDefinition definition =
      CommandDefinition.builder(
              "compare", "Regions or levels side by side, in percent against the first named.")
          .usage("[level] [technology] region vs region")
          .examples("senior python latam vs cee", "python latam mid vs senior")
          .question()
          .build();
  private final Pricing pricing;

  public CompareCommand(Pricing pricing) {
    this.pricing = pricing;
  }

  @Override
  public CommandDefinition definition() {
    return definition;
  }

  @Override
  public Reply run(Invocation invocation) {
    Query query = invocation.query().orElse(Query.EMPTY);
    return pricing.of(query).compare(query);
  }
}
