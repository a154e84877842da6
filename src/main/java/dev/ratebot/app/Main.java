package dev.ratebot.app;

import dev.ratebot.adapter.console.ConsoleAdapter;
import dev.ratebot.adapter.dataset.DatasetLoadException;
import dev.ratebot.adapter.fx.EcbRates;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.dispatch.RequestHandler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts ratebot: one question from the arguments, the chat adapters whose credentials are set, or
 * else the console. Exchange rates are fetched in the background only while serving chat or a
 * person at the prompt; a one-shot question, or questions piped in, use the bundled snapshot and
 * never touch the network.
 */
public final class Main {
  static final int EXIT_BAD_SETUP = 2;

  private Main() {}

  public static void main(String[] args) {
    // Charts are drawn off-screen; no display is ever needed.
    System.setProperty("java.awt.headless", "true");
    int code = run(args, System.getenv(), System.in, System.out, System.err);
    if (code != 0 || args.length > 0) {
      System.exit(code);
    }
  }

  /** Runs with the given environment and streams; returns the exit code. */
  // On Java 17, System.console() is null exactly when no person is at a terminal: no prompt then.
  @SuppressWarnings("SystemConsoleNull")
  static int run(
      String[] args,
      Map<String, String> environment,
      java.io.InputStream in,
      PrintStream out,
      PrintStream err) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println(Usage.text());
      return 0;
    }
    Arguments arguments;
    Map<String, String> env;
    try {
      arguments = Arguments.parse(args);
      if (arguments.version()) {
        out.println(Version.line());
        return 0;
      }
      env = SecretFiles.resolve(environment);
      LogSettings.fromEnvironment(env);
    } catch (SettingsException e) {
      err.println("ratebot: " + e.getMessage());
      return EXIT_BAD_SETUP;
    }
    RequestHandler dispatcher;
    CommandRegistry commands;
    EcbRates exchangeRates;
    OperatorSettings operators;
    Administration administration;
    LiveDataset live;
    Duration loadTime;
    try {
      CoreSettings settings = CoreSettings.fromEnvironment(env);
      operators = OperatorSettings.fromEnvironment(env);
      exchangeRates = Wiring.exchangeRates(settings);
      administration = new Administration(operators.admins(), Clock.systemUTC());
      long loading = System.nanoTime();
      live = Wiring.liveDataset(settings, exchangeRates, administration);
      loadTime = Duration.ofNanos(System.nanoTime() - loading);
      administration.manage(live);
      // Platforms list their commands once, at start: from the first snapshot.
      commands = live.get().commands();
      dispatcher = administration.counting(Wiring.dispatcher(live, settings));
    } catch (SettingsException | DatasetLoadException e) {
      err.println("ratebot: " + e.getMessage());
      return EXIT_BAD_SETUP;
    }
    ConsoleAdapter console = new ConsoleAdapter(dispatcher, commands);
    if (!arguments.words().isEmpty()) {
      String question = String.join(" ", arguments.words());
      return arguments.chart().isPresent()
          ? console.answerOnce(question, arguments.chart().get(), out, err)
          : console.answerOnce(question, out, err);
    }
    if (ChatAdapters.wanted(env)) {
      return chat(
          env,
          new Served(live, loadTime, administration, operators),
          dispatcher,
          commands,
          exchangeRates,
          err);
    }
    boolean person = System.console() != null;
    if (person) {
      exchangeRates.start();
      live.watch(operators.poll(false));
    }
    try (exchangeRates;
        live) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      console.converse(reader, out, person);
      return 0;
    } catch (IOException e) {
      err.println("ratebot: cannot read standard input: " + e.getMessage());
      return 1;
    }
  }

  /** The live data and who may administer it, for chat. */
  private record Served(
      LiveDataset live,
      Duration loadTime,
      Administration administration,
      OperatorSettings operators) {}

  // Chat with the ops endpoint beside it: metered answers, adapters reporting their connections,
  // the dataset polled for changes.
  private static int chat(
      Map<String, String> env,
      Served served,
      RequestHandler dispatcher,
      CommandRegistry commands,
      EcbRates exchangeRates,
      PrintStream err) {
    LiveDataset live = served.live();
    Operations operations = new Operations(live.get().dataset(), served.loadTime());
    live.addListener(operations::datasetChanged);
    ChatAdapters chat;
    try {
      OpsSettings opsSettings = OpsSettings.fromEnvironment(env);
      chat =
          ChatAdapters.fromEnvironment(
              env, operations.metered(dispatcher, commands), commands, operations.signals());
      operations.expect(chat.platforms());
      operations.serve(opsSettings);
    } catch (SettingsException e) {
      operations.close();
      exchangeRates.close();
      live.close();
      err.println("ratebot: " + e.getMessage());
      return EXIT_BAD_SETUP;
    }
    served.administration().serving(chat.names());
    live.watch(served.operators().poll(true));
    try (live) {
      return serve(chat, exchangeRates, operations, err);
    }
  }

  // A start-up that failed exits 2, not the hook's 0; if the stop is already under way, the hook
  // runs and the exit is 0, as for any stop asked for.
  private static void removeQuietly(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running: it closes everything and exits
    }
  }

  // Answers in chat until the process is told to stop. SIGTERM closes every connection within
  // Docker's 10 s grace, and the process then exits 0: a stop asked for is not a failure.
  private static int serve(
      ChatAdapters chat, EcbRates exchangeRates, Operations operations, PrintStream err) {
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              long start = System.nanoTime();
              Logger log = LoggerFactory.getLogger(Main.class);
              log.info("Stopping: closing the chat connections");
              chat.close();
              exchangeRates.close();
              operations.close();
              log.info("Stopped in {} ms", (System.nanoTime() - start) / 1_000_000);
              stopped.countDown();
              // Only the stop asked for (SIGTERM, Ctrl-C) gets here; the JVM would exit 143.
              Runtime.getRuntime().halt(0);
            },
            "ratebot-shutdown");
    exchangeRates.start();
    // Registered before the adapters start: a stop asked for while they connect (readiness can
    // already be green while Discord's commands are still being registered) closes them too.
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      chat.start();
    } catch (Exception e) {
      removeQuietly(hook);
      exchangeRates.close();
      operations.close();
      // The adapters say what failed in words; the trace is logged only for whoever asked for
      // DEBUG.
      err.println("ratebot: " + e.getMessage());
      LoggerFactory.getLogger(Main.class).debug("Start-up failed", e);
      return EXIT_BAD_SETUP;
    }
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      chat.close();
      exchangeRates.close();
      operations.close();
    }
    return 0;
  }
}
