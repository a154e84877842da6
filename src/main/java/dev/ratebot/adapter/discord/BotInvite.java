package dev.ratebot.adapter.discord;

import java.util.EnumSet;
import java.util.Set;
import net.dv8tion.jda.api.Permission;

/**
 * The OAuth2 URL that adds the bot to a server, with the fewest permissions it needs. Slash
 * commands and their responses need no channel permission at all (responses go through the
 * interaction's webhook); the permissions are for answering mentions:
 *
 * <ul>
 *   <li>View Channel: to receive the message that mentions the bot;
 *   <li>Send Messages, and Send Messages in Threads for mentions inside threads;
 *   <li>Embed Links: without it Discord strips the answer's embed from a channel message;
 *   <li>Read Message History: Discord requires it to send a reply ({@code message_reference}).
 * </ul>
 *
 * Mention Everyone is deliberately absent, on top of every message allowing no mentions.
 *
 * <p>A user can also install the app for themselves ({@link #userUrl}), once "User Install" is on
 * in the Developer Portal (Installation → Installation Contexts): only the {@code
 * applications.commands} scope, no bot and no permissions, and {@code /rate} then works in their
 * group DMs, DMs and servers the bot is not in, answering through the interaction alone.
 */
final class BotInvite {
  static final Set<Permission> PERMISSIONS =
      EnumSet.of(
          Permission.VIEW_CHANNEL,
          Permission.MESSAGE_SEND,
          Permission.MESSAGE_SEND_IN_THREADS,
          Permission.MESSAGE_EMBED_LINKS,
          Permission.MESSAGE_HISTORY);

  private BotInvite() {}

  static String url(String applicationId) {
    return "https://discord.com/oauth2/authorize?client_id="
        + applicationId
        + "&scope=bot+applications.commands&permissions="
        + Permission.getRaw(PERMISSIONS);
  }

  /** The OAuth2 URL that installs the app to the user who opens it ({@code integration_type=1}). */
  static String userUrl(String applicationId) {
    return "https://discord.com/oauth2/authorize?client_id="
        + applicationId
        + "&integration_type=1&scope=applications.commands";
  }
}
