package dev.ratebot.core.command;

import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.estimate.Pricing;
import dev.ratebot.core.fx.ExchangeRatesSource;
import dev.ratebot.core.query.Trigger;
import dev.ratebot.core.rates.RateDataset;
import java.util.List;
import java.util.Optional;

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
    return registry(dataset, new Pricing(dataset, settings), settings);
  }

  /**
   * The registry with figures shown in a display currency, converted at the exchange rates given.
   *
   * @param fx the exchange rates
   * @param displayCurrency the currency answers are shown in when a question names none
   */
  public static CommandRegistry registry(
      RateDataset dataset,
      EstimateSettings settings,
      ExchangeRatesSource fx,
      String displayCurrency) {
    return registry(dataset, settings, fx, displayCurrency, List.of());
  }

  /**
   * The registry as above, with hidden commands (the admin commands) that no listing shows.
   *
   * @param hidden commands started by their word, left out of help and every platform's listing
   */
  public static CommandRegistry registry(
      RateDataset dataset,
      EstimateSettings settings,
      ExchangeRatesSource fx,
      String displayCurrency,
      List<Command> hidden) {
    CommandRegistryBuilder builder =
        builder(
            dataset, new Pricing(dataset, settings, Optional.of(fx), displayCurrency), settings);
    hidden.forEach(builder::hidden);
    return builder.build();
  }

  private static CommandRegistry registry(
      RateDataset dataset, Pricing estimator, EstimateSettings settings) {
    return builder(dataset, estimator, settings).build();
  }

  private static CommandRegistryBuilder builder(
      RateDataset dataset, Pricing estimator, EstimateSettings settings) {
    // One pricing for every command that estimates: one model and one answer cache per currency.
    return CommandRegistry.builder(new LookupCommand(dataset, estimator))
        .help(new HelpCommand(dataset, settings.clock()))
        .register(new ListCommand(dataset))
        .register(new SourcesCommand(dataset, settings.clock()))
        .comparison(new CompareCommand(estimator))
        .register(new RankCommand(estimator))
        .triggeredBy(Trigger.TEAM, new BudgetCommand(estimator))
        .triggeredBy(Trigger.AMOUNT, new CheckCommand(estimator))
        .register(new WhyCommand(estimator));
  }
}
