package dev.ratebot.core.dispatch;

import java.util.Objects;

/**
 * A question as an adapter hands it over: the text after {@code /rate} (or after the mention), who
 * asked, where, and on which platform.
 *
 * @param text the raw text the user typed, without the command or mention
 * @param userId the platform's id of the asker
 * @param channelId the platform's id of the channel, or empty
 * @param platform where it came from
 */
public record Request(String text, String userId, String channelId, Platform platform) {
  public Request {
    text = text == null ? "" : text;
    Objects.requireNonNull(userId, "userId");
    channelId = channelId == null ? "" : channelId;
    Objects.requireNonNull(platform, "platform");
  }
}
