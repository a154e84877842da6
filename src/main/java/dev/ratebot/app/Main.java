package dev.ratebot.app;

import dev.ratebot.adapter.console.ConsoleAdapter;
import dev.ratebot.adapter.dataset.DatasetLoadException;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.dispatch.Dispatcher;
import dev.ratebot.core.rates.RateDataset;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Starts ratebot: one question from the arguments, the chat adapters whose credentials are set, or
 * else the console.
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
    Dispatcher dispatcher;
    CommandRegistry commands;
    try {
      CoreSettings settings = CoreSettings.fromEnvironment(env);
      RateDataset dataset = Wiring.dataset(settings);
      commands = Wiring.commands(dataset, settings);
      dispatcher = Wiring.dispatcher(dataset, commands, settings);
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
      return serve(chat, err);
    }
    try {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      console.converse(reader, out, System.console() != null);
      return 0;
    } catch (IOException e) {
      err.println("ratebot: cannot read standard input: " + e.getMessage());
      return 1;
    }
  }

  // Answers in chat until the process is told to stop; SIGTERM closes every connection cleanly.
  private static int serve(ChatAdapters chat, PrintStream err) {
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              chat.close();
              stopped.countDown();
            },
            "ratebot-shutdown");
    try {
      chat.start();
    } catch (Exception e) {
      err.println("ratebot: " + e.getMessage());
      return EXIT_BAD_SETUP;
    }
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      chat.close();
    }
    return 0;
  }
}
