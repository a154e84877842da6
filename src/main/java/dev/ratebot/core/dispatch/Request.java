package dev.ratebot.core.dispatch;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A question as an adapter hands it over: the text after {@code /rate} (or after the mention), any
 * typed options, who asked, where, and on which platform.
 *
 * @param text the raw text the user typed, without the command or mention
 * @param options typed options that fill slots directly, by name ({@link #OPTION_NAMES}), as the
 *     user picked or typed them; empty where the platform has none
 * @param userId the platform's id of the asker
 * @param channelId the platform's id of the channel, or empty
 * @param platform where it came from
 */
public record Request(
    String text, Map<String, String> options, String userId, String channelId, Platform platform) {

  /** The typed options a request may carry: each fills one slot of the question. */
  public static final Set<String> OPTION_NAMES = Set.of("level", "technology", "region");

  public Request {
    text = text == null ? "" : text;
    options = Map.copyOf(options);
    if (!OPTION_NAMES.containsAll(options.keySet())) {
      throw new IllegalArgumentException("unknown options " + options.keySet());
    }
    Objects.requireNonNull(userId, "userId");
    channelId = channelId == null ? "" : channelId;
    Objects.requireNonNull(platform, "platform");
  }

  /** Who asked, qualified by platform as settings name users: "slack:U123", "console:you". */
  public String caller() {
    return platform.name().toLowerCase(Locale.ROOT) + ":" + userId;
  }

  /** A request of text only, as every surface but Discord's typed options sends. */
  public Request(String text, String userId, String channelId, Platform platform) {
    this(text, Map.of(), userId, channelId, platform);
  }
}
