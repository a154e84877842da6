package dev.ratebot.adapter.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionContextType;

/**
 * Whether Discord lets the bot answer an interaction publicly, which decides whether a Share button
 * can work. Only in a server that has not installed the app (the user installed it: {@code
 * authorizing_integration_owners} has no {@code GUILD_INSTALL} key) can Discord force every
 * response private: "Use External Apps: allows user-installed apps to send public responses. When
 * disabled, users will still be allowed to use their apps but the responses will be ephemeral. This
 * only applies to apps not also installed to the server" (discord-api-docs, topics/permissions);
 * and a user-installed app "won't be able to respond [...] with a non-ephemeral message" where the
 * user may not send messages (resources/application: Installation Context). Discord reports no
 * error for either; the response just turns ephemeral.
 */
final class PublicReplies {
  /** What a Share press gets where answers cannot be public. */
  static final String NOT_HERE =
      "Sharing isn't possible here: this server doesn't allow external apps to post publicly.";

  private PublicReplies() {}

  /** True unless Discord would turn a public response to this interaction private. */
  static boolean allowed(Interaction interaction) {
    if (interaction.getContext() != InteractionContextType.GUILD
        || interaction.getIntegrationOwners().isGuildIntegration()) {
      return true;
    }
    Member member = interaction.getMember();
    // A detached member's permissions are those Discord sent for the interaction's channel.
    return member != null
        && member.hasPermission(
            interaction.getGuildChannel(),
            Permission.USE_EXTERNAL_APPLICATIONS,
            Permission.MESSAGE_SEND);
  }
}
