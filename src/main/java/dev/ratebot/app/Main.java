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
import java.util.Map;
import java.util.concurrent.CountDownLatch;

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
      Map<String, String> env,
      java.io.InputStream in,
      PrintStream out,
      PrintStream err) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println(Usage.text());
      return 0;
    }
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (SettingsException e) {
      err.println("ratebot: " + e.getMessage());
      return EXIT_BAD_SETUP;
    }
    RequestHandler dispatcher;
    CommandRegistry commands;
    EcbRates exchangeRates;
    OperatorSettings operators;
    Operations operations;
    LiveDataset live;
    try {
      CoreSettings settings = CoreSettings.fromEnvironment(env);
      operators = OperatorSettings.fromEnvironment(env);
      exchangeRates = Wiring.exchangeRates(settings);
      operations = new Operations(operators.admins(), Clock.systemUTC());
      live = Wiring.liveDataset(settings, exchangeRates, operations);
      operations.manage(live);
      // Platforms list their commands once, at start: from the first snapshot.
      commands = live.get().commands();
      dispatcher = operations.counting(Wiring.dispatcher(live, settings));
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
    ChatAdapters chat;
    try {
      chat = ChatAdapters.fromEnvironment(env, dispatcher, commands);
    } catch (SettingsException e) {
      err.println("ratebot: " + e.getMessage());
      return EXIT_BAD_SETUP;
    }
    if (!chat.isEmpty()) {
      operations.serving(chat.names());
      live.watch(operators.poll(true));
      try (live) {
        return serve(chat, exchangeRates, err);
      }
    }
    boolean person = System.console() != null;
    if (person) {
      exchangeRates.start();
      live.watch(operators.poll(false));
    }
    try (exchangeRates; live) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      console.converse(reader, out, person);
      return 0;
    } catch (IOException e) {
      err.println("ratebot: cannot read standard input: " + e.getMessage());
      return 1;
    }
  }

  // Answers in chat until the process is told to stop; SIGTERM closes every connection cleanly.
  private static int serve(ChatAdapters chat, EcbRates exchangeRates, PrintStream err) {
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              chat.close();
              exchangeRates.close();
              stopped.countDown();
            },
            "ratebot-shutdown");
    exchangeRates.start();
    try {
      chat.start();
    } catch (Exception e) {
      exchangeRates.close();
      err.println("ratebot: " + e.getMessage());
      return EXIT_BAD_SETUP;
    }
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      chat.close();
      exchangeRates.close();
    }
    return 0;
  }
}
