package dev.ratebot.core.command;

import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.estimate.Estimator;
import dev.ratebot.core.query.Trigger;
import dev.ratebot.core.rates.RateDataset;

/**
 * The commands ratebot ships with. A new command is a class implementing {@link Command} and one
 * {@code register} line here; help, the Slack usage hint and manifest, and Discord's suggestions
 * pick it up from the registry.
 */
public final class BuiltInCommands {
  private BuiltInCommands() {}

  /**
   * The registry over a dataset: rate lookup (the default), help, list, sources, compare, rank and
   * budget.
   */
  public static CommandRegistry registry(RateDataset dataset, EstimateSettings settings) {
    // One estimator for every command that estimates: one model and one answer cache.
    Estimator estimator = new Estimator(dataset, settings);
    return CommandRegistry.builder(new LookupCommand(dataset, estimator))
        .help(new HelpCommand(dataset))
        .register(new ListCommand(dataset))
        .register(new SourcesCommand(dataset, settings.clock()))
        .comparison(new CompareCommand(estimator))
        .register(new RankCommand(estimator))
        .triggeredBy(Trigger.TEAM, new BudgetCommand(estimator))
        .triggeredBy(Trigger.AMOUNT, new CheckCommand(estimator))
        .register(new WhyCommand(estimator))
        .build();
  }
}
