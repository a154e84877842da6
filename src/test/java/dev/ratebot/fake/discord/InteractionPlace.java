package dev.ratebot.fake.discord;

import static dev.ratebot.fake.discord.DiscordPayloads.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where an interaction happens, and through which installation, as Discord tells the app in {@code
 * context}, {@code authorizing_integration_owners} and the permission fields (discord-api-docs,
 * receiving-and-responding: Interaction Object). The user-installed places are in a server the bot
 * is not in, or in a group DM: the bot has no access there with its own token.
 */
public enum InteractionPlace {
  /** The test server's channel; the app is installed to the server. */
  SERVER,
  /** The user's DM with the bot. */
  BOT_DM,
  /** A group DM, through the user's install of the app (context 2). */
  GROUP_DM,
  /** A DM between the user and a friend, through the user's install (context 2). */
  FRIEND_DM,
  /** A server the bot is not in, through the user's install; the user may Use External Apps. */
  OTHER_SERVER,
  /** As {@link #OTHER_SERVER}, but the server denies its members Use External Apps. */
  OTHER_SERVER_NO_EXTERNAL_APPS;

  public static final String GROUP_DM_ID = "1300000000000000700";
  public static final String FRIEND_DM_ID = "1300000000000000750";
  public static final String OTHER_GUILD_ID = "1300000000000000800";
  public static final String OTHER_CHANNEL_ID = "1300000000000000900";

  /** Use External Apps: lets a user-installed app answer publicly (permissions, 1 << 50). */
  public static final long USE_EXTERNAL_APPS = 1L << 50;

  /** Discord's app_permissions in (G)DMs with other users: attach files, embed links, everyone. */
  static final long PRIVATE_APP_PERMISSIONS = (1L << 15) | (1L << 14) | (1L << 17);

  public String channelId() {
    return switch (this) {
      case SERVER -> DiscordPayloads.CHANNEL_ID;
      case BOT_DM -> DiscordPayloads.DM_CHANNEL_ID;
      case GROUP_DM -> GROUP_DM_ID;
      case FRIEND_DM -> FRIEND_DM_ID;
      case OTHER_SERVER, OTHER_SERVER_NO_EXTERNAL_APPS -> OTHER_CHANNEL_ID;
    };
  }

  /** True where the app is only user-installed: no bot access, at most 5 follow-ups. */
  public boolean userInstallOnly() {
    return this != SERVER && this != BOT_DM;
  }

  /**
   * True where Discord turns every response ephemeral: "If Use External Apps is disabled and your
   * app is not installed to the server, your app's responses will be ephemeral" (change log, User
   * Apps General Availability).
   */
  public boolean forcesPrivate() {
    return this == OTHER_SERVER_NO_EXTERNAL_APPS;
  }

  /** A new interaction of {@code type} here, by {@code userId}, without data. */
  ObjectNode interaction(int type, String token, String userId) {
    if (this == SERVER) {
      return DiscordPayloads.guildInteraction(type, token, userId);
    }
    ObjectNode interaction = JSON.createObjectNode();
    interaction
        .put("id", DiscordPayloads.snowflake())
        .put("application_id", DiscordPayloads.APP_ID)
        .put("type", type)
        .put("token", token)
        .put("version", 1)
        .put("channel_id", channelId())
        .put("locale", "en-US")
        .put("context", context())
        .put("attachment_size_limit", 10_485_760);
    interaction.putArray("entitlements");
    ObjectNode user =
        DiscordPayloads.user(userId, "user" + userId.substring(userId.length() - 4), false);
    ObjectNode owners = interaction.putObject("authorizing_integration_owners");
    switch (this) {
      case SERVER -> throw new AssertionError("built above");
      case BOT_DM -> {
        owners.put("0", "0");
        interaction.put("app_permissions", Long.toString(DiscordPayloads.EVERYONE_PERMISSIONS));
        interaction.set("channel", DiscordPayloads.dmChannel(user));
        interaction.set("user", user);
      }
      case GROUP_DM -> {
        owners.put("1", userId);
        interaction.put("app_permissions", Long.toString(PRIVATE_APP_PERMISSIONS));
        ObjectNode channel = JSON.createObjectNode();
        channel
            .put("id", GROUP_DM_ID)
            .put("type", 3)
            .put("flags", 0)
            .put("name", "weekend plans")
            .putNull("icon")
            .put("owner_id", userId)
            .putNull("last_message_id");
        channel.putArray("recipients").add(DiscordPayloads.user(OTHER_FRIEND, "friend", false));
        interaction.set("channel", channel);
        interaction.set("user", user);
      }
      case FRIEND_DM -> {
        owners.put("1", userId);
        interaction.put("app_permissions", Long.toString(PRIVATE_APP_PERMISSIONS));
        ObjectNode channel = JSON.createObjectNode();
        channel.put("id", FRIEND_DM_ID).put("type", 1).put("flags", 0).putNull("last_message_id");
        channel.putArray("recipients").add(DiscordPayloads.user(OTHER_FRIEND, "friend", false));
        interaction.set("channel", channel);
        interaction.set("user", user);
      }
      case OTHER_SERVER, OTHER_SERVER_NO_EXTERNAL_APPS -> {
        owners.put("1", userId);
        long member =
            DiscordPayloads.EVERYONE_PERMISSIONS | (this == OTHER_SERVER ? USE_EXTERNAL_APPS : 0L);
        interaction
            .put("guild_id", OTHER_GUILD_ID)
            .put("guild_locale", "en-US")
            .put("app_permissions", Long.toString(member));
        interaction
            .putObject("guild")
            .put("id", OTHER_GUILD_ID)
            .put("locale", "en-US")
            .putArray("features");
        ObjectNode channel = JSON.createObjectNode();
        channel
            .put("id", OTHER_CHANNEL_ID)
            .put("type", 0)
            .put("guild_id", OTHER_GUILD_ID)
            .put("name", "elsewhere")
            .put("position", 0)
            .put("flags", 0)
            .putNull("parent_id")
            .putNull("topic")
            .put("nsfw", false)
            .putNull("last_message_id")
            .put("rate_limit_per_user", 0)
            .put("permissions", Long.toString(member));
        interaction.set("channel", channel);
        ObjectNode asMember = DiscordPayloads.member(user);
        asMember.put("permissions", Long.toString(member));
        interaction.set("member", asMember);
      }
    }
    return interaction;
  }

  /** The place an interaction payload was sent from. */
  static InteractionPlace of(JsonNode interaction) {
    JsonNode owners = interaction.path("authorizing_integration_owners");
    return switch (interaction.path("context").asInt()) {
      case 1 -> BOT_DM;
      case 2 -> interaction.path("channel").path("type").asInt() == 1 ? FRIEND_DM : GROUP_DM;
      default ->
          owners.has("0")
              ? SERVER
              : (Long.parseLong(interaction.path("member").path("permissions").asText("0"))
                          & USE_EXTERNAL_APPS)
                      == 0
                  ? OTHER_SERVER_NO_EXTERNAL_APPS
                  : OTHER_SERVER;
    };
  }

  /** Someone else in the group DM. */
  static final String OTHER_FRIEND = "1300000000000009999";

  private int context() {
    return switch (this) {
      case SERVER, OTHER_SERVER, OTHER_SERVER_NO_EXTERNAL_APPS -> 0;
      case BOT_DM -> 1;
      case GROUP_DM, FRIEND_DM -> 2;
    };
  }
}
