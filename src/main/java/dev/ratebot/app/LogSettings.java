package dev.ratebot.app;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The log format, checked at start-up before anything logs: Logback would read an unknown one as
 * text without a word. (The level is checked with the core settings.)
 *
 * @param format {@code RATEBOT_LOG_FORMAT}, lower case: {@code text} or {@code json}
 */
record LogSettings(String format) {
  static final List<String> FORMATS = List.of("text", "json");

  /** Reads the setting; a bad value throws a {@link SettingsException} naming the variable. */
  static LogSettings fromEnvironment(Map<String, String> env) {
    String raw = env.get(Setting.RATEBOT_LOG_FORMAT.name());
    if (raw == null || raw.isBlank()) {
      return new LogSettings(Setting.RATEBOT_LOG_FORMAT.defaultValue());
    }
    String value = raw.strip().toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(value)) {
      throw new SettingsException(
          Setting.RATEBOT_LOG_FORMAT.name()
              + " must be one of "
              + String.join(", ", FORMATS)
              + ", got '"
              + raw.strip()
              + "'.");
    }
    return new LogSettings(value);
  }
}
