package dev.ratebot.app;

import dev.ratebot.adapter.dataset.DatasetFiles;
import dev.ratebot.core.dispatch.RateLimit;
import dev.ratebot.core.estimate.EstimateSettings;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The settings of the core, read from the environment and checked at start-up.
 *
 * @param dataFiles the dataset's files in order, each a path or the word {@code bundled}; never
 *     empty
 * @param estimates assumptions behind derived figures
 * @param rateLimit questions per user
 */
public record CoreSettings(
    List<String> dataFiles, EstimateSettings estimates, RateLimit rateLimit) {
  public CoreSettings {
    dataFiles = List.copyOf(dataFiles);
    if (dataFiles.isEmpty()) {
      throw new IllegalArgumentException("at least one dataset file");
    }
  }

  public static CoreSettings defaults() {
    return new CoreSettings(
        List.of(DatasetFiles.BUNDLED), EstimateSettings.defaults(), RateLimit.defaults());
  }

  /** Reads the settings; a bad value throws a {@link SettingsException} naming the variable. */
  public static CoreSettings fromEnvironment(Map<String, String> env) {
    List<String> data = dataFiles(env.get(Setting.RATEBOT_DATA.name()));
    int hours = integer(env, Setting.RATEBOT_HOURS_PER_YEAR, 100, 8760);
    int burst = integer(env, Setting.RATEBOT_RATE_LIMIT_BURST, 1, 100_000);
    int perMinute = integer(env, Setting.RATEBOT_RATE_LIMIT_PER_MINUTE, 1, 1_000_000);
    return new CoreSettings(data, new EstimateSettings(hours), new RateLimit(burst, perMinute));
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
