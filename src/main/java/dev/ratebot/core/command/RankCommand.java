package dev.ratebot.core.command;

import dev.ratebot.core.estimate.Pricing;
import dev.ratebot.core.query.Query;
import dev.ratebot.core.reply.Reply;

/**
 * {@code /rate cheapest senior python} (or {@code rank …}): every region ordered by the midpoint of
 * its contract rate, cheapest first, with each one's saving against the dearest.
 */
public final class RankCommand implements Command {
  private final CommandDefinition definition =
      CommandDefinition.builder(
              "rank", "Regions ordered by contract rate, cheapest first, with each one's saving.")
          .aliases("cheapest")
          .usage("[level] [technology]")
          .examples("senior python", "mid node")
          .question()
          .build();
  private final Pricing pricing;

  public RankCommand(Pricing pricing) {
    this.pricing = pricing;
  }

  @Override
  public CommandDefinition definition() {
    return definition;
  }

  @Override
  public Reply run(Invocation invocation) {
    Query query = invocation.query().orElse(Query.EMPTY);
    return pricing.of(query).rank(query);
  }
}
