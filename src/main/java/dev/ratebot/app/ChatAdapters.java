package dev.ratebot.app;

import dev.ratebot.adapter.ChatAdapter;
import dev.ratebot.adapter.discord.DiscordAdapter;
import dev.ratebot.adapter.discord.DiscordSettings;
import dev.ratebot.adapter.slack.SlackAdapter;
import dev.ratebot.adapter.slack.SlackSettings;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.dispatch.RequestHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/** The chat adapters whose credentials are set, started together and closed together. */
final class ChatAdapters implements AutoCloseable {
  private final List<ChatAdapter> adapters;
  private final List<String> names;
  private final List<ChatAdapter> started = new ArrayList<>();

  private ChatAdapters(List<ChatAdapter> adapters, List<String> names) {
    this.adapters = List.copyOf(adapters);
    this.names = List.copyOf(names);
  }

  /**
   * The adapters the environment asks for; none when no chat credentials are set.
   *
   * @throws SettingsException when a platform's settings are incomplete or malformed
   */
  static ChatAdapters fromEnvironment(
      Map<String, String> env, RequestHandler handler, CommandRegistry commands) {
    List<ChatAdapter> adapters = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try {
      SlackSettings.fromEnvironment(env)
          .ifPresent(
              s -> {
                adapters.add(new SlackAdapter(s, handler, commands));
                names.add("Slack");
              });
      DiscordSettings.fromEnvironment(env)
          .ifPresent(
              s -> {
                adapters.add(new DiscordAdapter(s, handler, commands));
                names.add("Discord");
              });
    } catch (IllegalArgumentException e) {
      throw new SettingsException(e.getMessage());
    }
    return new ChatAdapters(adapters, names);
  }

  /** The platforms configured, e.g. "Slack". */
  List<String> names() {
    return names;
  }

  boolean isEmpty() {
    return adapters.isEmpty();
  }

  /** Starts every adapter; if one cannot start, closes those already started and rethrows. */
  void start() throws Exception {
    for (ChatAdapter adapter : adapters) {
      try {
        adapter.start();
        started.add(adapter);
      } catch (Exception e) {
        close();
        throw e;
      }
    }
    LoggerFactory.getLogger(ChatAdapters.class)
        .info("ratebot is answering on {} chat platform(s)", started.size());
  }

  @Override
  public void close() {
    for (ChatAdapter adapter : started) {
      adapter.close();
    }
    started.clear();
  }
}
