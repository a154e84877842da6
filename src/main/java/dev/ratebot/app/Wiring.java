package dev.ratebot.app;

import dev.ratebot.adapter.dataset.DatasetFiles;
import dev.ratebot.adapter.dataset.TsvPlacesSource;
import dev.ratebot.adapter.fx.EcbRates;
import dev.ratebot.core.command.AdminCommand;
import dev.ratebot.core.command.AdminPort;
import dev.ratebot.core.command.BuiltInCommands;
import dev.ratebot.core.command.Command;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.dispatch.Dispatcher;
import dev.ratebot.core.dispatch.FaultLog;
import dev.ratebot.core.dispatch.RateLimiter;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.dispatch.Snapshot;
import dev.ratebot.core.fx.ExchangeRatesSource;
import dev.ratebot.core.rates.Places;
import dev.ratebot.core.rates.RateDataset;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/** Hand-written wiring: dataset, exchange rates, command registry and dispatcher, from settings. */
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

  /**
   * The ECB's euro reference rates: the bundled snapshot, refreshed in the background from {@link
   * CoreSettings#exchangeRatesUrl()} once {@link EcbRates#start() started} (never started, it never
   * touches the network). Answers convert into {@link CoreSettings#displayCurrency()}. The caller
   * closes it.
   */
  public static EcbRates exchangeRates(CoreSettings settings) {
    return settings.exchangeRatesUrl().map(EcbRates::from).orElseGet(EcbRates::bundled);
  }

  /**
   * The dataset files, loaded into a snapshot that reloads replace whole: the registry (with the
   * admin commands, hidden) and the parser are rebuilt from each new dataset.
   *
   * @throws dev.ratebot.adapter.dataset.DatasetLoadException when the files are not a valid dataset
   */
  public static LiveDataset liveDataset(
      CoreSettings settings, ExchangeRatesSource exchangeRates, AdminPort admin) {
    Places places = places();
    List<Command> hidden = List.of(new AdminCommand(admin));
    return LiveDataset.load(
        DatasetFiles.of(settings.dataFiles()),
        dataset ->
            new Snapshot(
                dataset,
                places,
                BuiltInCommands.registry(
                    dataset,
                    settings.estimates(),
                    exchangeRates,
                    settings.displayCurrency(),
                    hidden)),
        Clock.systemUTC());
  }

  /** The dispatcher answering each question from the snapshot serving when it arrives. */
  public static Dispatcher dispatcher(Supplier<Snapshot> snapshots, CoreSettings settings) {
    return new Dispatcher(snapshots, new RateLimiter(settings.rateLimit()), FAULT_LOG);
  }

  /** The bundled ECB snapshot alone, never fetched: for tests and benches. */
  public static ExchangeRatesSource bundledExchangeRates() {
    return EcbRates.bundled();
  }

  /** The built-in commands over a dataset, with the bundled exchange-rate snapshot. */
  public static CommandRegistry commands(RateDataset dataset, CoreSettings settings) {
    return commands(dataset, settings, bundledExchangeRates());
  }

  /**
   * The built-in commands over a dataset, showing figures in the install's display currency (or the
   * one a question names) at the exchange rates given.
   */
  public static CommandRegistry commands(
      RateDataset dataset, CoreSettings settings, ExchangeRatesSource exchangeRates) {
    return BuiltInCommands.registry(
        dataset, settings.estimates(), exchangeRates, settings.displayCurrency());
  }

  /** The cities the parser recognises: the bundled GeoNames list. */
  public static Places places() {
    return TsvPlacesSource.bundled().load();
  }

  /** The dispatcher running the registry's commands over a dataset and the bundled cities. */
  public static Dispatcher dispatcher(
      RateDataset dataset, CommandRegistry commands, CoreSettings settings) {
    return new Dispatcher(
        dataset, places(), commands, new RateLimiter(settings.rateLimit()), FAULT_LOG);
  }

  /** The real dispatcher over the bundled dataset with default settings, for tests and benches. */
  public static RequestHandler bundledHandler() {
    return bundledHandler(CoreSettings.defaults());
  }

  /** The real dispatcher over the bundled dataset, dated by a clock (for reproducible samples). */
  public static RequestHandler bundledHandler(java.time.Clock clock) {
    CoreSettings defaults = CoreSettings.defaults();
    return bundledHandler(
        new CoreSettings(
            defaults.dataFiles(),
            defaults.estimates().withClock(clock),
            defaults.rateLimit(),
            defaults.exchangeRatesUrl(),
            defaults.displayCurrency()));
  }

  private static RequestHandler bundledHandler(CoreSettings settings) {
    RateDataset dataset = dataset(settings);
    return dispatcher(dataset, commands(dataset, settings), settings);
  }

  /** The command registry over the bundled dataset with default settings. */
  public static CommandRegistry bundledCommands() {
    CoreSettings settings = CoreSettings.defaults();
    return commands(dataset(settings), settings);
  }
}
