package dev.ratebot.app;

import dev.ratebot.adapter.ChatAdapter;
import dev.ratebot.adapter.chat.ChatSignals;
import dev.ratebot.adapter.discord.DiscordAdapter;
import dev.ratebot.adapter.discord.DiscordSettings;
import dev.ratebot.adapter.slack.SlackAdapter;
import dev.ratebot.adapter.slack.SlackSettings;
import dev.ratebot.app.logging.LogMask;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.RequestHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/** The chat adapters whose credentials are set, started together and closed together. */
final class ChatAdapters implements AutoCloseable {
  static final Duration CLOSE_BUDGET = Duration.ofSeconds(6);

  private final List<ChatAdapter> adapters;
  private final List<Platform> platforms;
  private final List<ChatAdapter> started = new java.util.concurrent.CopyOnWriteArrayList<>();

  private ChatAdapters(List<ChatAdapter> adapters, List<Platform> platforms) {
    this.adapters = List.copyOf(adapters);
    this.platforms = List.copyOf(platforms);
  }

  /** The platforms configured, in start order. */
  List<Platform> platforms() {
    return platforms;
  }

  /** The platforms configured, as an operator reads them: "Slack", "Discord". */
  List<String> names() {
    return platforms.stream()
        .map(p -> p.name().charAt(0) + p.name().substring(1).toLowerCase(java.util.Locale.ROOT))
        .toList();
  }

  /**
   * The adapters the environment asks for; none when no chat credentials are set.
   *
   * @throws SettingsException when a platform's settings are incomplete or malformed
   */
  static ChatAdapters fromEnvironment(
      Map<String, String> env, RequestHandler handler, CommandRegistry commands) {
    return fromEnvironment(env, handler, commands, ChatSignals.NONE);
  }

  /**
   * As above, each adapter reporting its connection to {@code signals}. The tokens are masked in
   * every log line from here on.
   */
  static ChatAdapters fromEnvironment(
      Map<String, String> env,
      RequestHandler handler,
      CommandRegistry commands,
      ChatSignals signals) {
    List<ChatAdapter> adapters = new ArrayList<>();
    List<Platform> platforms = new ArrayList<>();
    try {
      SlackSettings.fromEnvironment(env)
          .ifPresent(
              s -> {
                LogMask.secret(s.botToken());
                LogMask.secret(s.appToken());
                adapters.add(new SlackAdapter(s, handler, commands, signals));
                platforms.add(Platform.SLACK);
              });
      DiscordSettings.fromEnvironment(env)
          .ifPresent(
              s -> {
                LogMask.secret(s.token());
                adapters.add(new DiscordAdapter(s, handler, commands, signals));
                platforms.add(Platform.DISCORD);
              });
    } catch (IllegalArgumentException e) {
      throw new SettingsException(e.getMessage());
    }
    return new ChatAdapters(adapters, platforms);
  }

  /** Whether any chat credential is set: then ratebot serves chat, not the console. */
  static boolean wanted(Map<String, String> env) {
    return List.of("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "DISCORD_TOKEN").stream()
        .map(env::get)
        .anyMatch(value -> value != null && !value.isBlank());
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
        closeAll(List.copyOf(started));
        throw e;
      }
    }
    LoggerFactory.getLogger(ChatAdapters.class)
        .info("ratebot is answering on {} chat platform(s)", started.size());
  }

  /**
   * Closes every adapter side by side, started or starting (a stop can come while one is still
   * registering its commands; each close is idempotent and safe before a start), and returns within
   * {@link #CLOSE_BUDGET}: each adapter bounds its own close (Discord 5 s, Slack 3 s), so together
   * they fit Docker's 10 s.
   */
  @Override
  public void close() {
    closeAll(adapters);
  }

  private void closeAll(List<ChatAdapter> closed) {
    List<Thread> closing = new ArrayList<>();
    for (ChatAdapter adapter : closed) {
      Thread thread = new Thread(adapter::close, "ratebot-close-" + closing.size());
      thread.setDaemon(true);
      thread.start();
      closing.add(thread);
    }
    long deadline = System.nanoTime() + CLOSE_BUDGET.toNanos();
    try {
      for (Thread thread : closing) {
        long left = deadline - System.nanoTime();
        if (left > 0) {
          thread.join(Math.max(1, left / 1_000_000));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    started.clear();
  }
}
