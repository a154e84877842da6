package dev.ratebot.fake.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Payloads shaped as Discord's API v10 documents them (user, guild, channel, member, message,
 * interaction), with the fields JDA reads. Ids are real-looking snowflakes made from the clock.
 */
public final class DiscordPayloads {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final long DISCORD_EPOCH = 1_420_070_400_000L;
  private static final AtomicLong SEQUENCE = new AtomicLong();

  public static final String BOT_ID = "1300000000000000001";

  /** Modern applications share their id with their bot user. */
  public static final String APP_ID = BOT_ID;

  public static final String GUILD_ID = "1300000000000000100";
  public static final String CHANNEL_ID = "1300000000000000200";
  public static final String DM_CHANNEL_ID = "1300000000000000300";
  public static final String BOT_ROLE_ID = "1300000000000000400";
  public static final String OWNER_ID = "1300000000000000500";
  public static final String COMMAND_ID = "1300000000000000600";

  /** Permissions of the @everyone role: view, send, embed links, read history, in threads too. */
  static final long EVERYONE_PERMISSIONS =
      (1L << 10) | (1L << 11) | (1L << 14) | (1L << 16) | (1L << 38) | (1L << 31);

  private DiscordPayloads() {}

  /** How long ago a snowflake was made, from its timestamp. */
  public static java.time.Duration age(String snowflake) {
    long millis = (Long.parseUnsignedLong(snowflake) >>> 22) + DISCORD_EPOCH;
    return java.time.Duration.ofMillis(System.currentTimeMillis() - millis);
  }

  /** A new snowflake, later than every one before it. */
  public static String snowflake() {
    long millis = System.currentTimeMillis() - DISCORD_EPOCH;
    return Long.toUnsignedString((millis << 22) | (SEQUENCE.incrementAndGet() & 0x3FFFFF));
  }

  static String now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
  }

  /** A user; bots get {@code bot: true}. */
  public static ObjectNode user(String id, String name, boolean bot) {
    ObjectNode user = JSON.createObjectNode();
    user.put("id", id)
        .put("username", name)
        .put("discriminator", "0")
        .putNull("global_name")
        .putNull("avatar")
        .put("public_flags", 0)
        .put("flags", 0)
        .putNull("banner")
        .putNull("accent_color")
        .putNull("avatar_decoration_data");
    if (bot) {
      user.put("bot", true);
    }
    return user;
  }

  static ObjectNode botUser() {
    ObjectNode bot = user(BOT_ID, "ratebot", true);
    bot.put("verified", true).put("mfa_enabled", false).put("email", (String) null);
    return bot;
  }

  /** The application; {@code userInstall} when its "User Install" setting is on. */
  static ObjectNode application(boolean userInstall) {
    ObjectNode app = JSON.createObjectNode();
    app.put("id", APP_ID)
        .put("name", "ratebot")
        .putNull("icon")
        .put("description", "")
        .put("bot_public", true)
        .put("bot_require_code_grant", false)
        .put("verify_key", "0".repeat(64))
        .put("flags", 0)
        .putArray("tags");
    app.set("owner", user(OWNER_ID, "owner", false));
    app.set("bot", user(BOT_ID, "ratebot", true));
    app.putNull("team");
    app.put("summary", "");
    app.putArray("redirect_uris");
    app.putNull("interactions_endpoint_url");
    ObjectNode installs = app.putObject("integration_types_config");
    installs.putObject("0");
    if (userInstall) {
      installs.putObject("1");
    }
    return app;
  }

  /** The READY dispatch body for a fresh session. */
  static ObjectNode ready(String sessionId, String resumeUrl) {
    ObjectNode ready = JSON.createObjectNode();
    ready.put("v", 10);
    ready.putObject("user_settings");
    ready.set("user", botUser());
    ready.putArray("guilds").addObject().put("id", GUILD_ID).put("unavailable", true);
    ready.put("session_id", sessionId);
    ready.put("resume_gateway_url", resumeUrl);
    ready.put("session_type", "normal");
    ready.putObject("application").put("id", APP_ID).put("flags", 0);
    ready.putArray("private_channels");
    ready.putArray("relationships");
    ready.putArray("presences");
    ready.putArray("geo_ordered_rtc_regions").add("us-east");
    ready.putArray("_trace").add("[\"fake-gateway\",{\"micros\":1}]");
    return ready;
  }

  static ObjectNode role(String id, String name, long permissions, boolean managed) {
    ObjectNode role = JSON.createObjectNode();
    role.put("id", id)
        .put("name", name)
        .put("permissions", Long.toString(permissions))
        .put("position", managed ? 1 : 0)
        .put("color", 0)
        .put("hoist", false)
        .put("managed", managed)
        .put("mentionable", false)
        .putNull("icon")
        .putNull("unicode_emoji")
        .put("flags", 0);
    role.putObject("colors")
        .put("primary_color", 0)
        .putNull("secondary_color")
        .putNull("tertiary_color");
    if (managed) {
      role.putObject("tags").put("bot_id", BOT_ID);
    }
    return role;
  }

  /**
   * More text channels in the test server, for bursts: Discord limits messages per channel (5 per 5
   * s), so a burst of mentions in one channel could not be answered in any reasonable time.
   */
  public static final int BUSY_CHANNELS = 50;

  /** The id of busy channel {@code n} (0 to {@link #BUSY_CHANNELS} - 1). */
  public static String busyChannelId(int n) {
    return Long.toString(1_300_000_000_000_010_000L + n);
  }

  /** The text channel every test talks in. */
  public static ObjectNode textChannel() {
    return textChannel(CHANNEL_ID, "general", 0);
  }

  private static ObjectNode textChannel(String id, String name, int position) {
    ObjectNode channel = JSON.createObjectNode();
    channel
        .put("id", id)
        .put("type", 0)
        .put("guild_id", GUILD_ID)
        .put("name", name)
        .put("position", position)
        .put("flags", 0)
        .putNull("parent_id")
        .putNull("topic")
        .put("nsfw", false)
        .putNull("last_message_id")
        .put("rate_limit_per_user", 0);
    channel.putArray("permission_overwrites");
    return channel;
  }

  static ObjectNode dmChannel(ObjectNode recipient) {
    ObjectNode channel = JSON.createObjectNode();
    channel.put("id", DM_CHANNEL_ID).put("type", 1).put("flags", 0).putNull("last_message_id");
    channel.putArray("recipients").add(recipient);
    return channel;
  }

  static ObjectNode member(ObjectNode user, String... roles) {
    ObjectNode member = JSON.createObjectNode();
    if (user != null) {
      member.set("user", user);
    }
    ArrayNode roleIds = member.putArray("roles");
    for (String role : roles) {
      roleIds.add(role);
    }
    member
        .putNull("nick")
        .putNull("avatar")
        .putNull("banner")
        .put("joined_at", "2024-01-01T00:00:00.000000+00:00")
        .putNull("premium_since")
        .put("deaf", false)
        .put("mute", false)
        .put("flags", 0)
        .put("pending", false)
        .putNull("communication_disabled_until");
    return member;
  }

  /** The GUILD_CREATE dispatch body for the test server. */
  static ObjectNode guildCreate() {
    ObjectNode guild = JSON.createObjectNode();
    guild
        .put("id", GUILD_ID)
        .put("name", "ratebot test server")
        .putNull("icon")
        .putNull("splash")
        .putNull("discovery_splash")
        .putNull("banner")
        .putNull("description")
        .put("owner_id", OWNER_ID)
        .putNull("afk_channel_id")
        .put("afk_timeout", 300)
        .put("verification_level", 0)
        .put("default_message_notifications", 0)
        .put("explicit_content_filter", 0)
        .put("mfa_level", 0)
        .putNull("application_id")
        .putNull("system_channel_id")
        .put("system_channel_flags", 0)
        .putNull("rules_channel_id")
        .put("max_members", 500_000)
        .putNull("vanity_url_code")
        .put("premium_tier", 0)
        .put("premium_subscription_count", 0)
        .put("preferred_locale", "en-US")
        .putNull("public_updates_channel_id")
        .putNull("safety_alerts_channel_id")
        .put("nsfw_level", 0)
        .put("premium_progress_bar_enabled", false)
        .put("joined_at", "2024-01-01T00:00:00.000000+00:00")
        .put("large", false)
        .put("unavailable", false)
        .put("member_count", 3)
        .put("lazy", true)
        .putNull("incidents_data");
    guild.putArray("features");
    ArrayNode roles = guild.putArray("roles");
    roles.add(role(GUILD_ID, "@everyone", EVERYONE_PERMISSIONS, false));
    roles.add(role(BOT_ROLE_ID, "ratebot", EVERYONE_PERMISSIONS, true));
    ArrayNode channels = guild.putArray("channels");
    channels.add(textChannel().without("guild_id"));
    for (int n = 0; n < BUSY_CHANNELS; n++) {
      channels.add(textChannel(busyChannelId(n), "busy-" + n, n + 1).without("guild_id"));
    }
    guild.putArray("threads");
    guild.putArray("members").add(member(user(BOT_ID, "ratebot", true), BOT_ROLE_ID));
    guild.putArray("voice_states");
    guild.putArray("presences");
    guild.putArray("emojis");
    guild.putArray("stickers");
    guild.putArray("stage_instances");
    guild.putArray("guild_scheduled_events");
    guild.putArray("soundboard_sounds");
    return guild;
  }

  /**
   * A slash command interaction for {@code /rate} in the test channel.
   *
   * @param options option name to value; empty values are left out
   */
  public static ObjectNode slashCommand(String token, String userId, Map<String, String> options) {
    return slashCommand(InteractionPlace.SERVER, token, userId, options);
  }

  /** A slash command interaction for {@code /rate} used in {@code place}. */
  public static ObjectNode slashCommand(
      InteractionPlace place, String token, String userId, Map<String, String> options) {
    ObjectNode interaction = place.interaction(2, token, userId);
    ObjectNode data = interaction.putObject("data");
    data.put("id", COMMAND_ID).put("name", "rate").put("type", 1);
    ArrayNode list = data.putArray("options");
    options.forEach(
        (name, value) -> list.addObject().put("name", name).put("type", 3).put("value", value));
    return interaction;
  }

  /** A slash command interaction for {@code /rate} in the user's DM with the bot. */
  public static ObjectNode directSlashCommand(
      String token, String userId, Map<String, String> options) {
    ObjectNode interaction = JSON.createObjectNode();
    ObjectNode user = user(userId, "asker", false);
    interaction
        .put("id", snowflake())
        .put("application_id", APP_ID)
        .put("type", 2)
        .put("token", token)
        .put("version", 1)
        .put("channel_id", DM_CHANNEL_ID)
        .put("app_permissions", Long.toString(EVERYONE_PERMISSIONS))
        .put("locale", "en-US")
        .put("context", 1)
        .put("attachment_size_limit", 10_485_760);
    interaction.set("channel", dmChannel(user));
    interaction.set("user", user);
    interaction.putArray("entitlements");
    // "0" for a DM with the bot (receiving-and-responding: Authorizing Integration Owners Object).
    interaction.putObject("authorizing_integration_owners").put("0", "0");
    ObjectNode data = interaction.putObject("data");
    data.put("id", COMMAND_ID).put("name", "rate").put("type", 1);
    ArrayNode list = data.putArray("options");
    options.forEach(
        (name, value) -> list.addObject().put("name", name).put("type", 3).put("value", value));
    return interaction;
  }

  /** An autocomplete interaction with {@code option} focused and {@code typed} in it. */
  public static ObjectNode autocomplete(String token, String userId, String option, String typed) {
    return autocomplete(InteractionPlace.SERVER, token, userId, option, typed);
  }

  /** An autocomplete interaction in {@code place}. */
  public static ObjectNode autocomplete(
      InteractionPlace place, String token, String userId, String option, String typed) {
    ObjectNode interaction = place.interaction(4, token, userId);
    ObjectNode data = interaction.putObject("data");
    data.put("id", COMMAND_ID).put("name", "rate").put("type", 1);
    data.putArray("options")
        .addObject()
        .put("name", option)
        .put("type", 3)
        .put("value", typed)
        .put("focused", true);
    return interaction;
  }

  /** A click on a button of {@code message}. */
  public static ObjectNode button(String token, String userId, String customId, JsonNode message) {
    return button(InteractionPlace.SERVER, token, userId, customId, message);
  }

  /** A click on a button of {@code message}, shown in {@code place}. */
  public static ObjectNode button(
      InteractionPlace place, String token, String userId, String customId, JsonNode message) {
    ObjectNode interaction = place.interaction(3, token, userId);
    interaction.set("message", message);
    interaction.putObject("data").put("custom_id", customId).put("component_type", 2);
    return interaction;
  }

  /** A choice in a string select menu of {@code message}. */
  public static ObjectNode select(
      String token, String userId, String customId, String value, JsonNode message) {
    return select(InteractionPlace.SERVER, token, userId, customId, value, message);
  }

  /** A choice in a string select menu of {@code message}, shown in {@code place}. */
  public static ObjectNode select(
      InteractionPlace place,
      String token,
      String userId,
      String customId,
      String value,
      JsonNode message) {
    ObjectNode interaction = place.interaction(3, token, userId);
    interaction.set("message", message);
    ObjectNode data = interaction.putObject("data");
    data.put("custom_id", customId).put("component_type", 3);
    data.putArray("values").add(value);
    return interaction;
  }

  static ObjectNode guildInteraction(int type, String token, String userId) {
    ObjectNode interaction = JSON.createObjectNode();
    interaction
        .put("id", snowflake())
        .put("application_id", APP_ID)
        .put("type", type)
        .put("token", token)
        .put("version", 1)
        .put("guild_id", GUILD_ID)
        .put("channel_id", CHANNEL_ID)
        .put("app_permissions", Long.toString(EVERYONE_PERMISSIONS))
        .put("locale", "en-US")
        .put("guild_locale", "en-US")
        .put("context", 0)
        .put("attachment_size_limit", 10_485_760);
    ObjectNode guild = interaction.putObject("guild");
    guild.put("id", GUILD_ID).put("locale", "en-US").putArray("features");
    interaction.set("channel", textChannel());
    ObjectNode member = member(user(userId, "user" + userId.substring(userId.length() - 4), false));
    member.put("permissions", Long.toString(EVERYONE_PERMISSIONS));
    interaction.set("member", member);
    interaction.putArray("entitlements");
    interaction.putObject("authorizing_integration_owners").put("0", GUILD_ID);
    return interaction;
  }

  /**
   * A message by a user in the test channel that mentions the bot, as MESSAGE_CREATE carries it.
   */
  public static ObjectNode guildMention(String userId, String content) {
    return guildMention(userId, content, CHANNEL_ID);
  }

  /** A message that mentions the bot, in a channel of the test server. */
  public static ObjectNode guildMention(String userId, String content, String channelId) {
    ObjectNode message = message(snowflake(), channelId, user(userId, "asker", false), content);
    message.put("guild_id", GUILD_ID);
    message.set("member", member(null));
    ObjectNode mentioned = user(BOT_ID, "ratebot", true);
    mentioned.set("member", member(null, BOT_ROLE_ID));
    if (content.contains("<@" + BOT_ID + ">")) {
      ((ArrayNode) message.get("mentions")).add(mentioned);
    }
    return message;
  }

  /** A message by a user in their DM with the bot. */
  public static ObjectNode directMessage(String userId, String content) {
    return message(snowflake(), DM_CHANNEL_ID, user(userId, "asker", false), content);
  }

  /** A message object as the REST API and MESSAGE_CREATE carry it. */
  static ObjectNode message(String id, String channelId, ObjectNode author, String content) {
    ObjectNode message = JSON.createObjectNode();
    message
        .put("id", id)
        .put("channel_id", channelId)
        .put("type", 0)
        .put("content", content)
        .put("timestamp", now())
        .putNull("edited_timestamp")
        .put("tts", false)
        .put("mention_everyone", false)
        .put("pinned", false)
        .put("flags", 0);
    message.set("author", author);
    message.putArray("mentions");
    message.putArray("mention_roles");
    message.putArray("attachments");
    message.putArray("embeds");
    message.putArray("components");
    return message;
  }
}
