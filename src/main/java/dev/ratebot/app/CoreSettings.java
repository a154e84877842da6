package dev.ratebot.app;

import dev.ratebot.adapter.dataset.DatasetFiles;
import dev.ratebot.adapter.fx.EcbRates;
import dev.ratebot.adapter.fx.EcbSnapshot;
import dev.ratebot.core.dispatch.RateLimit;
import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.fx.ExchangeRates;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The settings of the core, read from the environment and checked at start-up.
 *
 * @param dataFiles the dataset's files in order, each a path or the word {@code bundled}; never
 *     empty
 * @param estimates assumptions behind derived figures
 * @param rateLimit questions per user
 * @param exchangeRatesUrl where to fetch the ECB's daily reference rates from ({@code
 *     RATEBOT_FX_URL}, an http or https URL); empty when fetching is off
 * @param displayCurrency the ISO 4217 code answers convert into ({@code RATEBOT_CURRENCY}): EUR or
 *     a currency of the bundled ECB snapshot
 */
public record CoreSettings(
    List<String> dataFiles,
    EstimateSettings estimates,
    RateLimit rateLimit,
    Optional<URI> exchangeRatesUrl,
    String displayCurrency) {
  /** The value of {@code RATEBOT_FX_URL} that turns fetching off. */
  public static final String NO_FETCHING = "none";

  private static final List<String> LOG_LEVELS = List.of("ERROR", "WARN", "INFO", "DEBUG", "TRACE");

  public CoreSettings {
    dataFiles = List.copyOf(dataFiles);
    if (dataFiles.isEmpty()) {
      throw new IllegalArgumentException("at least one dataset file");
    }
    Objects.requireNonNull(exchangeRatesUrl, "exchangeRatesUrl");
    Objects.requireNonNull(displayCurrency, "displayCurrency");
  }

  public static CoreSettings defaults() {
    return new CoreSettings(
        List.of(DatasetFiles.BUNDLED),
        EstimateSettings.defaults(),
        RateLimit.defaults(),
        Optional.of(EcbRates.DAILY),
        Setting.RATEBOT_CURRENCY.defaultValue());
  }

  /** Reads the settings; a bad value throws a {@link SettingsException} naming the variable. */
  public static CoreSettings fromEnvironment(Map<String, String> env) {
    List<String> data = dataFiles(env.get(Setting.RATEBOT_DATA.name()));
    int hours = integer(env, Setting.RATEBOT_HOURS_PER_YEAR, 100, 8760);
    int burst = integer(env, Setting.RATEBOT_RATE_LIMIT_BURST, 1, 100_000);
    int perMinute = integer(env, Setting.RATEBOT_RATE_LIMIT_PER_MINUTE, 1, 1_000_000);
    Optional<URI> fxUrl = exchangeRatesUrl(env.get(Setting.RATEBOT_FX_URL.name()));
    String currency = displayCurrency(env.get(Setting.RATEBOT_CURRENCY.name()));
    checkLogLevel(env.get(Setting.RATEBOT_LOG_LEVEL.name()));
    return new CoreSettings(
        data, new EstimateSettings(hours), new RateLimit(burst, perMinute), fxUrl, currency);
  }

  // Several files separated by the platform's path separator (':' on Linux, ';' on Windows).
  private static List<String> dataFiles(String raw) {
    if (raw == null || raw.isBlank()) {
      return List.of(DatasetFiles.BUNDLED);
    }
    List<String> files =
        Arrays.stream(raw.split(Pattern.quote(File.pathSeparator), -1)).map(String::strip).toList();
    if (files.contains("")) {
      throw new SettingsException(
          Setting.RATEBOT_DATA.name()
              + " has an empty entry in '"
              + raw
              + "': name each file once, separated by '"
              + File.pathSeparator
              + "'.");
    }
    return files;
  }

  // An http(s) URL, or none. The value is never echoed: it may carry a user name and password.
  private static Optional<URI> exchangeRatesUrl(String raw) {
    String name = Setting.RATEBOT_FX_URL.name();
    if (raw == null || raw.isBlank()) {
      return Optional.of(EcbRates.DAILY);
    }
    if (raw.strip().equalsIgnoreCase(NO_FETCHING)) {
      return Optional.empty();
    }
    URI url;
    try {
      url = new URI(raw.strip());
    } catch (URISyntaxException e) {
      throw new SettingsException(
          name
              + " is not a valid URL ("
              + e.getReason()
              + " at character "
              + (e.getIndex() + 1)
              + "): give an http or https URL, or "
              + NO_FETCHING
              + " to turn fetching off.");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new SettingsException(
          name
              + " must be an http or https URL, or "
              + NO_FETCHING
              + " to turn fetching off; got "
              + (scheme.isEmpty() ? "no scheme" : "a " + scheme + " URL")
              + ".");
    }
    if (url.getHost() == null) {
      throw new SettingsException(
          name + " must name a host, as in " + EcbRates.DAILY + ", or be " + NO_FETCHING + ".");
    }
    return Optional.of(url);
  }

  // EUR or a currency of the bundled snapshot, so that every answer can convert from the start.
  // The snapshot is read only to check a currency that is set: the default, USD, is in it.
  private static String displayCurrency(String raw) {
    String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty() || code.equals(Setting.RATEBOT_CURRENCY.defaultValue())) {
      return Setting.RATEBOT_CURRENCY.defaultValue();
    }
    ExchangeRates snapshot = EcbSnapshot.rates();
    if (!snapshot.has(code)) {
      throw new SettingsException(
          Setting.RATEBOT_CURRENCY.name()
              + " must be EUR or a currency the European Central Bank publishes reference rates"
              + " for, got '"
              + raw.strip()
              + "'. The ECB's rates of "
              + snapshot.date()
              + " cover "
              + String.join(", ", snapshot.currencies())
              + ".");
    }
    return code;
  }

  // Logback reads the level itself, and would take a misspelt one as DEBUG: refuse it here first.
  private static void checkLogLevel(String raw) {
    if (raw == null || raw.isBlank()) {
      return;
    }
    if (!LOG_LEVELS.contains(raw.strip().toUpperCase(Locale.ROOT))) {
      throw new SettingsException(
          Setting.RATEBOT_LOG_LEVEL.name()
              + " must be one of "
              + String.join(", ", LOG_LEVELS)
              + ", got '"
              + raw.strip()
              + "'.");
    }
  }

  private static int integer(Map<String, String> env, Setting setting, int min, int max) {
    String raw = env.getOrDefault(setting.name(), setting.defaultValue()).strip();
    try {
      int value = Integer.parseInt(raw);
      if (value < min || value > max) {
        throw new SettingsException(
            setting.name() + " must be between " + min + " and " + max + ", got " + value + ".");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new SettingsException(setting.name() + " must be a whole number, got '" + raw + "'.");
    }
  }
}
