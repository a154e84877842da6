package dev.ratebot.testing;

import dev.ratebot.adapter.dataset.JsonRateDatasetSource;
import dev.ratebot.adapter.dataset.TsvPlacesSource;
import dev.ratebot.core.command.BuiltInCommands;
import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.rates.Places;
import dev.ratebot.core.rates.RateDataset;
import java.util.Map;

/** The bundled dataset and cities, loaded once for the test run. */
public final class Bundled {
  private static final RateDataset DATASET = JsonRateDatasetSource.bundled().load();
  private static final Places PLACES = TsvPlacesSource.bundled().load();

  /** The bundled ECB snapshot of 13 April 2026. */
  public static final dev.ratebot.core.fx.ExchangeRatesSource EXCHANGE_RATES =
      dev.ratebot.adapter.fx.EcbRates.bundled();

  /** The command words of the built-in registry, as the dispatcher passes them to the parser. */
  public static final Map<String, String> COMMAND_WORDS =
      BuiltInCommands.registry(DATASET, EstimateSettings.defaults()).words();

  private Bundled() {}

  /** A parser with the bundled registry's words, question commands and comparison command. */
  public static dev.ratebot.core.query.QueryParser parser() {
    return parser(DATASET);
  }

  /** A parser of questions about another dataset, with the built-in registry's words. */
  public static dev.ratebot.core.query.QueryParser parser(RateDataset dataset) {
    dev.ratebot.core.command.CommandRegistry registry =
        BuiltInCommands.registry(dataset, EstimateSettings.defaults());
    return new dev.ratebot.core.query.QueryParser(
        dataset,
        places(),
        new dev.ratebot.core.query.CommandWords(
            registry.words(), registry.topics(), registry.questions(), registry.comparison()));
  }

  /**
   * The reply the built-in commands give a text, parsed and routed as the dispatcher does (command
   * words, triggers, teams), without rate limits or platforms.
   */
  public static dev.ratebot.core.reply.Reply reply(String text, EstimateSettings settings) {
    return reply(DATASET, text, settings);
  }

  /** The reply about another dataset (a company card beside the article, a variant). */
  public static dev.ratebot.core.reply.Reply reply(
      RateDataset dataset, String text, EstimateSettings settings) {
    dev.ratebot.core.command.CommandRegistry registry =
        BuiltInCommands.registry(dataset, settings, EXCHANGE_RATES, "USD");
    dev.ratebot.core.query.QueryParser parser =
        new dev.ratebot.core.query.QueryParser(
            dataset,
            places(),
            new dev.ratebot.core.query.CommandWords(
                registry.words(), registry.topics(), registry.questions(), registry.triggered()));
    dev.ratebot.core.query.ParseResult parsed = parser.parse(text);
    if (parsed instanceof dev.ratebot.core.query.ParseResult.Rejected rejected) {
      return dev.ratebot.core.reply.Problem.user(rejected.reason(), rejected.suggestions());
    }
    if (parsed instanceof dev.ratebot.core.query.ParseResult.SubCommand named) {
      return registry
          .command(named.name())
          .orElseThrow()
          .run(
              new dev.ratebot.core.command.Invocation(text, named.query(), named.team(), registry));
    }
    java.util.Optional<dev.ratebot.core.query.Query> query =
        parsed instanceof dev.ratebot.core.query.ParseResult.Ask ask
            ? java.util.Optional.of(ask.query())
            : java.util.Optional.empty();
    return registry
        .defaultCommand()
        .run(new dev.ratebot.core.command.Invocation(text, query, registry));
  }

  public static RateDataset dataset() {
    return DATASET;
  }

  public static Places places() {
    return PLACES;
  }
}
