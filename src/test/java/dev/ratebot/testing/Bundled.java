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

  public static RateDataset dataset() {
    return DATASET;
  }

  public static Places places() {
    return PLACES;
  }
}
