package dev.ratebot.adapter.slack;

import dev.ratebot.core.command.CommandRegistry;
import java.util.List;

/**
 * The Slack app manifest ({@code config/slack-app-manifest.yml}) as derived from the command
 * registry and from what this adapter listens to. The file in config/ must equal {@link #yaml};
 * SlackAppManifestTest fails when it drifts, and its failure shows the expected text.
 */
final class SlackManifest {
  /**
   * The bot scopes the adapter needs, and nothing more. The Home tab needs none: views.publish and
   * the app_home_opened event need only the bot user.
   */
  static final List<String> BOT_SCOPES =
      List.of(
          "app_mentions:read", // the app_mention event
          "chat:write", // answering mentions and DMs with chat.postMessage
          "commands", // the slash command
          "files:write", // uploading a chart (shared in no channel) to show it in an image block
          "im:history"); // the message.im event

  /** The events the adapter listens to. */
  static final List<String> BOT_EVENTS = List.of("app_home_opened", "app_mention", "message.im");

  private SlackManifest() {}

  /** The slash command, with its slash: "/rate". */
  static String slashCommand(CommandRegistry commands) {
    return "/" + commands.name();
  }

  /** The whole manifest. */
  static String yaml(CommandRegistry commands) {
    StringBuilder yaml = new StringBuilder();
    yaml.append(
        """
        # ratebot's Slack app, for "Create New App → From a manifest" at https://api.slack.com/apps.
        # Socket Mode: no public URL is needed. After creating the app, generate an app-level token with
        # the connections:write scope (SLACK_APP_TOKEN, xapp-…) and install the app to get the bot token
        # (SLACK_BOT_TOKEN, xoxb-…). Derived from the command registry and the Slack adapter
        # (SlackManifest); SlackAppManifestTest fails when this file drifts from them.
        _metadata:
          major_version: 1
          minor_version: 1
        display_information:
          name: ratebot
        """);
    yaml.append("  description: ").append(quoted(commands.description())).append('\n');
    yaml.append(
        """
        features:
          app_home:
            home_tab_enabled: true
            messages_tab_enabled: true
            messages_tab_read_only_enabled: false
          bot_user:
            display_name: ratebot
            always_online: true
          slash_commands:
        """);
    yaml.append("    - command: ").append(slashCommand(commands)).append('\n');
    yaml.append("      description: ").append(quoted(commands.description())).append('\n');
    yaml.append("      usage_hint: ").append(quoted(commands.usageHint())).append('\n');
    yaml.append("      should_escape: false\n");
    yaml.append("oauth_config:\n  scopes:\n    bot:\n");
    BOT_SCOPES.forEach(scope -> yaml.append("      - ").append(scope).append('\n'));
    yaml.append("settings:\n  event_subscriptions:\n    bot_events:\n");
    BOT_EVENTS.forEach(event -> yaml.append("      - ").append(event).append('\n'));
    yaml.append(
        """
          interactivity:
            is_enabled: true
          org_deploy_enabled: false
          socket_mode_enabled: true
          token_rotation_enabled: false
        """);
    return yaml.toString();
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
