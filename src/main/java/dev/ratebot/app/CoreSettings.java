package dev.ratebot.app;

import dev.ratebot.core.dispatch.RateLimit;
import dev.ratebot.core.estimate.EstimateSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of the core, read from the environment and checked at start-up.
 *
 * @param dataset the dataset file, or empty for the bundled one
 * @param estimates assumptions behind derived figures
 * @param rateLimit questions per user
 */
public record CoreSettings(
    Optional<Path> dataset, EstimateSettings estimates, RateLimit rateLimit) {

  public static CoreSettings defaults() {
    return new CoreSettings(Optional.empty(), EstimateSettings.defaults(), RateLimit.defaults());
  }

  /** Reads the settings; a bad value throws a {@link SettingsException} naming the variable. */
  public static CoreSettings fromEnvironment(Map<String, String> env) {
    Optional<Path> data =
        Optional.ofNullable(env.get(Setting.RATEBOT_DATA.name()))
            .filter(s -> !s.isBlank())
            .map(Path::of);
    int hours = integer(env, Setting.RATEBOT_HOURS_PER_YEAR, 100, 8760);
    int burst = integer(env, Setting.RATEBOT_RATE_LIMIT_BURST, 1, 100_000);
    int perMinute = integer(env, Setting.RATEBOT_RATE_LIMIT_PER_MINUTE, 1, 1_000_000);
    return new CoreSettings(data, new EstimateSettings(hours), new RateLimit(burst, perMinute));
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
