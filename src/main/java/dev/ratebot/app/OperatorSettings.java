package dev.ratebot.app;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the bot is run: how often the dataset files are polled, and who may use the admin commands.
 *
 * @param poll the interval set by {@code RATEBOT_DATA_POLL_SECONDS} (zero: off); empty when unset,
 *     which means polling while serving chat only
 * @param admins platform-qualified user ids ({@code RATEBOT_ADMINS}), e.g. "slack:U123"
 */
record OperatorSettings(Optional<Duration> poll, Set<String> admins) {
  /** How often files are polled while serving chat, unless set. */
  static final Duration DEFAULT_POLL = Duration.ofSeconds(10);

  private static final Pattern ADMIN = Pattern.compile("(slack|discord):[A-Za-z0-9]{1,40}");

  OperatorSettings {
    admins = Set.copyOf(admins);
  }

  /** Reads the settings; a bad value throws a {@link SettingsException} naming the variable. */
  static OperatorSettings fromEnvironment(Map<String, String> env) {
    return new OperatorSettings(
        poll(env.get(Setting.RATEBOT_DATA_POLL_SECONDS.name())),
        admins(env.get(Setting.RATEBOT_ADMINS.name())));
  }

  /** The polling interval: as set, else {@link #DEFAULT_POLL} while serving chat, else off. */
  Duration poll(boolean servingChat) {
    return poll.orElse(servingChat ? DEFAULT_POLL : Duration.ZERO);
  }

  private static Optional<Duration> poll(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String name = Setting.RATEBOT_DATA_POLL_SECONDS.name();
    try {
      int seconds = Integer.parseInt(raw.strip());
      if (seconds < 0 || seconds > 86_400) {
        throw new SettingsException(
            name + " must be between 0 (off) and 86400, got " + seconds + ".");
      }
      return Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException e) {
      throw new SettingsException(name + " must be a whole number of seconds, got '" + raw + "'.");
    }
  }

  private static Set<String> admins(String raw) {
    if (raw == null || raw.isBlank()) {
      return Set.of();
    }
    Set<String> ids =
        Arrays.stream(raw.split(",", -1))
            .map(String::strip)
            .map(OperatorSettings::lowerPlatform)
            .collect(Collectors.toSet());
    for (String id : ids) {
      if (!ADMIN.matcher(id).matches()) {
        throw new SettingsException(
            Setting.RATEBOT_ADMINS.name()
                + " lists '"
                + id
                + "': give platform-qualified user ids separated by commas, e.g."
                + " slack:U123ABC,discord:80351110224678912.");
      }
    }
    return ids;
  }

  // "Slack:U123" names the same user as "slack:U123"; the id itself keeps its case.
  private static String lowerPlatform(String id) {
    int colon = id.indexOf(':');
    return colon < 0 ? id : id.substring(0, colon).toLowerCase(Locale.ROOT) + id.substring(colon);
  }
}
