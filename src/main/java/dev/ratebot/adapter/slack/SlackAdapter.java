package dev.ratebot.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.impl.SocketModeClientTyrusImpl;
import com.slack.api.socket_mode.queue.impl.ConcurrentLinkedMessageQueue;
import dev.ratebot.adapter.ChatAdapter;
import dev.ratebot.adapter.ConnectionFailure;
import dev.ratebot.adapter.UrlRedaction;
import dev.ratebot.adapter.chat.ChatSignals;
import dev.ratebot.adapter.chat.Controls;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.dispatch.RequestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack over Socket Mode (Bolt with the Tyrus WebSocket client): {@code /rate} acked at once and
 * answered through its response_url, mentions answered in a thread, direct messages answered in the
 * DM, the share and refine controls under an answer, and the Home tab. Every envelope is
 * acknowledged, handled or not, and every queue is bounded.
 *
 * <pre>{@code
 * SlackSettings.fromEnvironment(System.getenv())
 *     .map(settings -> new SlackAdapter(settings, handler, commands))
 *     .ifPresent(adapter -> { adapter.start(); ... });
 * }</pre>
 */
public final class SlackAdapter implements ChatAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(SlackAdapter.class);

  private static final int REMEMBERED_EVENTS = 10_000;

  private final SlackSettings settings;
  private final SlackLimits limits;
  private final RequestHandler handler;
  private final String command;
  private final CommandRegistry commands;
  private final ChatSignals signals;
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private Slack slack;
  private Outbox outbox;
  private MessagePoster poster;
  private AckWriter acks;
  private SocketModeApp socketMode;
  private SessionSignals session;

  /**
   * An adapter that will answer with {@code handler} once started.
   *
   * @param settings the tokens and the Web API URL
   * @param handler the dispatcher every question goes to
   * @param commands the registry the slash command's name comes from
   */
  public SlackAdapter(SlackSettings settings, RequestHandler handler, CommandRegistry commands) {
    this(settings, handler, commands, ChatSignals.NONE, SlackLimits.defaults());
  }

  /** As above, reporting the Socket Mode session's health to {@code signals}. */
  public SlackAdapter(
      SlackSettings settings,
      RequestHandler handler,
      CommandRegistry commands,
      ChatSignals signals) {
    this(settings, handler, commands, signals, SlackLimits.defaults());
  }

  /** An adapter with other bounds on its queues and pools, for tests. */
  SlackAdapter(
      SlackSettings settings,
      RequestHandler handler,
      CommandRegistry commands,
      SlackLimits limits) {
    this(settings, handler, commands, ChatSignals.NONE, limits);
  }

  private SlackAdapter(
      SlackSettings settings,
      RequestHandler handler,
      CommandRegistry commands,
      ChatSignals signals,
      SlackLimits limits) {
    this.signals = Objects.requireNonNull(signals, "signals");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.handler = new FailSafeHandler(Objects.requireNonNull(handler, "handler"));
    this.commands = Objects.requireNonNull(commands, "commands");
    this.command = SlackManifest.slashCommand(commands);
  }

  /**
   * Checks the bot token (auth.test), opens the Socket Mode connection and returns once it is up.
   *
   * @throws IllegalStateException when a token is refused or the connection cannot be opened
   */
  @Override
  public synchronized void start() throws Exception {
    if (closed.get()) {
      throw new IllegalStateException("this Slack adapter was closed");
    }
    if (!started.compareAndSet(false, true)) {
      return;
    }
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(settings.apiUrl());
    // The SDK's call statistics resolve each token's team with an extra auth.test per token
    // (the app token included) and log a token prefix at debug level; ratebot needs neither.
    config.getMethodsConfig().setStatsEnabled(false);
    slack = Slack.getInstance(config);
    outbox = new Outbox(limits.outboxThreads(), limits.outboxQueue());
    poster = new MessagePoster(outbox, signals, limits.outboxQueue(), System::nanoTime);
    SlackRenderer renderer = new SlackRenderer();
    CatchAll catchAll = new CatchAll(renderer);
    App app = new App(appConfig(catchAll));
    register(app, renderer);
    socketMode = new SocketModeApp(() -> socketClient(app, catchAll), app);
    try {
      socketMode.startAsync();
    } catch (Exception e) {
      IllegalStateException failure = diagnose(e);
      close();
      throw failure;
    }
    SocketModeClient client = socketMode.getClient();
    if (!client.verifyConnection()) {
      close();
      throw new IllegalStateException("Could not open a Socket Mode connection to Slack");
    }
    session.watch();
    LOG.info("Slack adapter connected over Socket Mode");
  }

  // Bolt reads every auth.test failure as "The token is invalid", even when Slack could not be
  // reached at all. Asking auth.test again, only after a failure, tells the two apart.
  private IllegalStateException diagnose(Exception failure) {
    String api = UrlRedaction.redact(settings.apiUrl());
    try {
      AuthTestResponse auth = slack.methods(settings.botToken()).authTest(r -> r);
      if (!auth.isOk()) {
        return new IllegalStateException(
            "Slack refused " + SlackSettings.BOT_TOKEN + " (" + auth.getError() + ")", failure);
      }
    } catch (IOException e) {
      return new IllegalStateException(
          "cannot reach the Slack API at "
              + api
              + ": "
              + ConnectionFailure.reason(e).orElse(String.valueOf(e.getMessage())),
          failure);
    } catch (SlackApiException e) {
      return new IllegalStateException(
          "the Slack API at " + api + " answered HTTP " + e.getResponse().code(), failure);
    }
    return new IllegalStateException("Slack refused to start: " + failure.getMessage(), failure);
  }

  // Envelopes are read from a bounded queue and run on the SDK's processor thread, where the
  // listeners only ack and hand the work to the outbox.
  private SocketModeClient socketClient(App app, CatchAll catchAll) {
    try {
      String url = slack.issueSocketModeUrl(settings.appToken());
      // The SDK's session monitor is off: SessionSignals pings and replaces a silent session.
      SocketModeClient client =
          new SocketModeClientTyrusImpl(
              slack,
              settings.appToken(),
              url,
              limits.socketPollers(),
              new ConcurrentLinkedMessageQueue(),
              true,
              false,
              SessionSignals.CHECK_EVERY.toMillis());
      session = SessionSignals.attach(client, signals);
      acks = new AckWriter(client);
      SocketEnvelopes envelopes = new SocketEnvelopes(app, acks, catchAll.errors());
      client.setMessageQueue(new EnvelopeQueue(limits.socketQueue(), envelopes::shed));
      client.addWebSocketMessageListener(envelopes);
      return client;
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Slack gave a Socket Mode URL that is not a URL", e);
    }
  }

  private AppConfig appConfig(CatchAll catchAll) {
    return AppConfig.builder()
        .slack(slack)
        .singleTeamBotToken(settings.botToken())
        .clientId(null)
        .clientSecret(null)
        .signingSecret(null)
        // auth.test runs once at start; its answer is kept, so no request waits on the Web API.
        .authTestCacheEnabled(true)
        .authTestCacheExpirationMillis(-1)
        // Our DM listener skips bot messages itself; Bolt's check could call bots.info per event.
        .ignoringSelfEventsEnabled(false)
        .unmatchedRequestHandler(catchAll.unmatched())
        .build();
  }

  private void register(App app, SlackRenderer renderer) {
    RateCommandListener slash = new RateCommandListener(handler, renderer, outbox);
    AnswerActionListener actions = new AnswerActionListener(handler, renderer, outbox);
    MessageEventListener messages =
        new MessageEventListener(
            handler, renderer, outbox, poster, new RecentEventIds(REMEMBERED_EVENTS));
    app.command(command, slash);
    for (Controls.Button button : Controls.Button.values()) {
      app.blockAction(
          SlackRenderer.actionId(button), (req, ctx) -> actions.press(button, req, ctx));
    }
    app.blockAction(
        Pattern.compile("^" + Pattern.quote(SlackRenderer.REFINE_ACTION_PREFIX) + "\\d+$"),
        actions::refine);
    HomeTabListener home = new HomeTabListener(handler, renderer, outbox, commands);
    app.event(AppHomeOpenedEvent.class, home::opened);
    app.event(AppMentionEvent.class, messages::mention);
    app.event(MessageEvent.class, messages::directMessage);
  }

  /** Closes the Socket Mode connection, lets queued replies go out, and frees the HTTP client. */
  @Override
  public synchronized void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (session != null) {
      session.close();
    }
    if (socketMode != null) {
      SocketModeClient client = socketMode.getClient();
      quietly("stopping Socket Mode", socketMode::close);
      if (client != null) {
        quietly("closing the Socket Mode client", client::close);
      }
    }
    if (acks != null) {
      acks.close();
    }
    if (poster != null) {
      poster.close();
    }
    if (outbox != null) {
      outbox.close();
    }
    if (slack != null) {
      quietly("closing the Slack client", slack::close);
    }
    LOG.info("Slack adapter closed");
  }

  private interface Step {
    void run() throws Exception;
  }

  private static void quietly(String what, Step step) {
    try {
      step.run();
    } catch (Exception e) {
      LOG.warn("Slack adapter: {} failed: {}", what, e.toString());
    }
  }
}
