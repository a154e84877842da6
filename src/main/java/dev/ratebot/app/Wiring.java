package dev.ratebot.app;

import dev.ratebot.adapter.dataset.DatasetFiles;
import dev.ratebot.core.dispatch.CommandSpec;
import dev.ratebot.core.dispatch.Dispatcher;
import dev.ratebot.core.dispatch.FaultLog;
import dev.ratebot.core.dispatch.RateLimiter;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.rates.RateDataset;
import org.slf4j.LoggerFactory;

/** Hand-written wiring: dataset, dispatcher and command spec, from settings. */
public final class Wiring {
  /**
   * Logs a fault with its reference and the request's platform and user, never its secrets. The
   * logger is looked up on the first fault: starting the logging system costs a one-shot answer
   * about half a second.
   */
  static final FaultLog FAULT_LOG =
      (reference, request, fault) ->
          LoggerFactory.getLogger(Wiring.class)
              .error(
                  "fault {} answering {} user {}: {}",
                  reference,
                  request.platform(),
                  request.userId(),
                  request.text().length() > 200
                      ? request.text().substring(0, 200) + "…"
                      : request.text(),
                  fault);

  private Wiring() {}

  /** Loads the dataset from the files the settings name; throws with one clear line. */
  public static RateDataset dataset(CoreSettings settings) {
    return DatasetFiles.of(settings.dataFiles()).load();
  }

  /** The dispatcher over a dataset. */
  public static Dispatcher dispatcher(RateDataset dataset, CoreSettings settings) {
    return new Dispatcher(
        dataset, settings.estimates(), new RateLimiter(settings.rateLimit()), FAULT_LOG);
  }

  /** The real dispatcher over the bundled dataset with default settings, for tests and benches. */
  public static RequestHandler bundledHandler() {
    CoreSettings settings = CoreSettings.defaults();
    return dispatcher(dataset(settings), settings);
  }

  /** The command spec of the bundled dataset. */
  public static CommandSpec bundledSpec() {
    return CommandSpec.of(dataset(CoreSettings.defaults()));
  }
}
