package dev.ratebot.testing;

import dev.ratebot.app.CoreSettings;
import dev.ratebot.app.LiveDataset;
import dev.ratebot.app.Wiring;
import dev.ratebot.core.command.AdminPort;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.rates.DatasetStatus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The bundled dataset served live with the admin commands registered, one operator allowed, and
 * every refused caller recorded: for driving the admin commands through a platform's adapter.
 */
public final class AdminFixture implements AdminPort, AutoCloseable {
  /** Who asked and was refused, as the core saw them ("slack:U1"). */
  public final List<String> refused = new CopyOnWriteArrayList<>();

  private final String admin;
  private final LiveDataset live;
  private final RequestHandler handler;

  /** Serves the bundled data, allowing {@code admin} ("discord:42"). */
  public AdminFixture(String admin) {
    this(admin, CoreSettings.defaults().dataFiles());
  }

  /** Serves these dataset files ("bundled", paths), which a test may change and reload. */
  public AdminFixture(String admin, List<String> dataFiles) {
    this.admin = admin;
    CoreSettings defaults = CoreSettings.defaults();
    CoreSettings settings =
        new CoreSettings(
            dataFiles,
            defaults.estimates(),
            defaults.rateLimit(),
            defaults.exchangeRatesUrl(),
            defaults.displayCurrency());
    this.live = Wiring.liveDataset(settings, Wiring.bundledExchangeRates(), this);
    this.handler = Wiring.dispatcher(live, settings);
  }

  public RequestHandler handler() {
    return handler;
  }

  public CommandRegistry commands() {
    return live.get().commands();
  }

  @Override
  public boolean allows(String caller) {
    return caller.equals(admin);
  }

  @Override
  public void refused(String caller) {
    refused.add(caller);
  }

  @Override
  public Map<String, String> facts() {
    return Map.of("serving", "tests");
  }

  @Override
  public DatasetStatus dataset() {
    return live.status();
  }

  @Override
  public DatasetStatus reload() {
    return live.reload();
  }

  @Override
  public void close() {
    live.close();
  }
}
