package dev.ratebot.adapter.discord;

import dev.ratebot.adapter.ChatAdapter;
import dev.ratebot.adapter.ConnectionFailure;
import dev.ratebot.adapter.UrlRedaction;
import dev.ratebot.adapter.chat.ChatSignals;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.reply.Chart;
import dev.ratebot.core.reply.Reply;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Activity;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ratebot on Discord: connects with JDA, registers {@code /rate} from the command registry, and
 * answers slash commands, their menus and buttons, and mentions. Uses only the non-privileged
 * intents GUILD_MESSAGES and DIRECT_MESSAGES (plus JDA's implied GUILDS), with JDA's light profile:
 * no member cache, no chunking.
 *
 * <pre>{@code
 * try (ChatAdapter discord = new DiscordAdapter(settings, handler, commands)) {
 *   discord.start(); // returns once connected and the commands are registered
 *   ...
 * }
 * }</pre>
 */
public final class DiscordAdapter implements ChatAdapter {
  static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  /** How long answers in flight get to finish when the adapter closes. */
  static final Duration DRAIN = Duration.ofSeconds(2);

  /** How long JDA gets to send what is queued and close the gateway when the adapter closes. */
  static final Duration DISCONNECT = Duration.ofSeconds(2);

  private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);

  private final DiscordSettings settings;
  private final RequestHandler handler;
  private final RateCommand command;
  private final Duration readyTimeout;
  private final int mentionQueue;
  private final ChatSignals signals;
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile DiscordThreads threads;
  private volatile JDA jda;

  /**
   * @param settings where Discord is and the bot token
   * @param handler the one entry point that answers every request
   * @param commands the registry the slash command, its options and suggestions are built from
   */
  public DiscordAdapter(
      DiscordSettings settings, RequestHandler handler, CommandRegistry commands) {
    this(settings, handler, commands, ChatSignals.NONE);
  }

  /** As above, reporting connection events and load shedding to {@code signals}. */
  public DiscordAdapter(
      DiscordSettings settings,
      RequestHandler handler,
      CommandRegistry commands,
      ChatSignals signals) {
    this(settings, handler, commands, READY_TIMEOUT, MentionListener.DEFAULT_QUEUE, signals);
  }

  DiscordAdapter(
      DiscordSettings settings,
      RequestHandler handler,
      CommandRegistry commands,
      Duration readyTimeout,
      int mentionQueue) {
    this(settings, handler, commands, readyTimeout, mentionQueue, ChatSignals.NONE);
  }

  private DiscordAdapter(
      DiscordSettings settings,
      RequestHandler handler,
      CommandRegistry commands,
      Duration readyTimeout,
      int mentionQueue,
      ChatSignals signals) {
    this.signals = Objects.requireNonNull(signals, "signals");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.command = new RateCommand(commands);
    this.readyTimeout = Objects.requireNonNull(readyTimeout, "readyTimeout");
    this.mentionQueue = mentionQueue;
  }

  /**
   * Logs in, waits for the gateway session to be ready, logs the invite URL and registers the
   * commands if they changed.
   *
   * @throws IllegalStateException when started twice, when the gateway is not ready in time, when
   *     the commands cannot be registered, or saying in words what failed: the API or the gateway
   *     cannot be reached, or Discord refuses the token
   */
  @Override
  public void start() throws InterruptedException {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("the Discord adapter was already started");
    }
    MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    MessageRequest.setDefaultMentionRepliedUser(false);
    threads = new DiscordThreads(signals);
    CompletableFuture<Void> ready = new CompletableFuture<>();
    GatewaySessionController sessions =
        new GatewaySessionController(
            settings.gatewayUrl(),
            failure -> ready.completeExceptionally(unreachableGateway(failure)));
    try {
      jda = builder(ready, sessions).build();
      sessions.open();
      awaitReady(ready);
      sessions.connected();
      String appId = jda.getSelfUser().getApplicationId();
      log.info(
          "Connected to Discord as {} ({}); add the bot to a server with {}",
          jda.getSelfUser().getName(),
          jda.getSelfUser().getId(),
          BotInvite.url(appId));
      boolean userInstall =
          jda.retrieveApplicationInfo()
              .complete()
              .getIntegrationTypesConfig()
              .containsKey(IntegrationType.USER_INSTALL);
      if (userInstall) {
        log.info("Users can install ratebot for themselves with {}", BotInvite.userUrl(appId));
      } else {
        log.info(
            "User Install is off for this app, so /{} works only where the bot is; turn it on in"
                + " the Developer Portal under Installation to let users install it",
            command.name());
      }
      new CommandRegistrar(List.of(command.definition(userInstall)))
          .register(jda, settings.guildId());
    } catch (RuntimeException e) {
      close();
      throw inWords(e);
    } catch (InterruptedException e) {
      close();
      throw e;
    }
  }

  // JDA reports an unreachable API as "-1: java.net.ConnectException"; say what failed instead.
  private RuntimeException inWords(RuntimeException failure) {
    if (failure instanceof InvalidTokenException) {
      return new IllegalStateException(
          "Discord refused DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the"
              + " Developer Portal",
          failure);
    }
    if (failure instanceof ErrorResponseException) {
      return ConnectionFailure.reason(failure)
          .<RuntimeException>map(
              reason ->
                  new IllegalStateException(
                      "cannot reach the Discord API at "
                          + UrlRedaction.redact(settings.apiUrl())
                          + ": "
                          + reason,
                      failure))
          .orElse(failure);
    }
    return failure;
  }

  private IllegalStateException unreachableGateway(RuntimeException failure) {
    return new IllegalStateException(
        "cannot reach the Discord gateway at "
            + UrlRedaction.redact(settings.gatewayUrl())
            + ": "
            + ConnectionFailure.reason(failure).orElse(String.valueOf(failure.getMessage())),
        failure);
  }

  /**
   * Stops taking events, lets answers in flight send their replies (at most {@link #DRAIN}), then
   * disconnects from the gateway (at most {@link #DISCONNECT}); idempotent. Well inside Docker's 10
   * s grace.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    JDA client = jda;
    if (threads != null) {
      threads.drain(DRAIN);
    }
    if (client != null) {
      client.shutdown();
      try {
        if (!client.awaitShutdown(DISCONNECT)) {
          client.shutdownNow();
        }
      } catch (InterruptedException e) {
        client.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
    if (threads != null) {
      threads.close();
    }
    // JDA's ShutdownEvent reaches the listeners on its own thread, possibly after the pool above is
    // closed: say it here too, so readiness never reports a closed adapter as connected.
    signals.signal(Platform.DISCORD, ChatSignals.Signal.DISCONNECTED);
    log.info("Disconnected from Discord");
  }

  private JDABuilder builder(CompletableFuture<Void> ready, GatewaySessionController sessions) {
    DiscordRenderer renderer = new DiscordRenderer();
    Predicate<Reply> slow = reply -> reply instanceof Chart;
    DeadlineResponder responder =
        new DeadlineResponder(
            threads.slow,
            threads.timer,
            DeadlineResponder.DEFAULT_GRACE,
            threads::slowBacklog,
            slow);
    EventListener lifecycle =
        event -> {
          if (event instanceof ReadyEvent) {
            ready.complete(null);
          } else if (event instanceof ShutdownEvent shutdown) {
            ready.completeExceptionally(
                new IllegalStateException(
                    "Discord closed the gateway during start-up (close code "
                        + shutdown.getCode()
                        + ")"));
          }
        };
    return JDABuilder.createLight(
            settings.token(), GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES)
        .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()))
        .setSessionController(sessions)
        .setCompression(settings.compression() ? Compression.ZLIB : Compression.NONE)
        .setEventPool(threads.events, false)
        .setCallbackPool(threads.callbacks, false)
        .setRateLimitElastic(threads.requests, false)
        .setRateLimitScheduler(threads.scheduler, false)
        .setHttpClientBuilder(httpClient())
        .setEnableShutdownHook(false)
        .setActivity(Activity.customStatus("Try /" + command.name() + " senior python latam"))
        .addEventListeners(
            lifecycle,
            new SessionSignals(signals),
            new InteractionListener(command, handler, renderer, responder),
            new MentionListener(handler, renderer, threads.slow, slow, mentionQueue));
  }

  /**
   * JDA sends each request on one of {@link DiscordThreads#REQUESTS} threads, so at most that many
   * are in flight; the dispatcher (used by the gateway's WebSocket) and the idle connections kept
   * are held to the same number, so a burst reuses connections rather than opening one per request.
   */
  private static OkHttpClient.Builder httpClient() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(DiscordThreads.REQUESTS);
    dispatcher.setMaxRequestsPerHost(DiscordThreads.REQUESTS);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(DiscordThreads.REQUESTS, 30, TimeUnit.SECONDS));
  }

  private void awaitReady(CompletableFuture<Void> ready) throws InterruptedException {
    try {
      ready.get(readyTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "Discord gateway at "
              + settings.gatewayUrl()
              + " was not ready within "
              + readyTimeout.toSeconds()
              + " s",
          e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    }
  }
}
