package dev.ratebot.adapter.console;

import dev.ratebot.adapter.chart.ChartImage;
import dev.ratebot.adapter.chart.ChartRenderer;
import dev.ratebot.core.command.Command;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Chart;
import dev.ratebot.core.reply.Export;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The console: a prompt that answers each line until end of input or {@code quit}, or one question
 * from the command line. Needs no tokens; also the in-process driver for end-to-end tests.
 */
public final class ConsoleAdapter {
  /** Exit code for a question that could not be answered (user error or rate limit). */
  public static final int EXIT_UNANSWERED = 2;

  /** Exit code for an internal fault. */
  public static final int EXIT_FAULT = 1;

  private static final Set<String> QUIT = Set.of("quit", "exit", ":q", "bye");
  private static final String USER = "console";

  private final RequestHandler handler;
  private final ConsoleRenderer renderer;
  private final ChartRenderer charts = new ChartRenderer();
  private final String slashCommand;
  private final String greeting;

  /**
   * A console answering with {@code handler}.
   *
   * @param commands the registry the greeting and the help hint are built from
   */
  public ConsoleAdapter(RequestHandler handler, CommandRegistry commands) {
    this.handler = handler;
    this.renderer = new ConsoleRenderer(commands.help().definition().word());
    this.slashCommand = "/" + commands.name();
    List<String> words = new ArrayList<>();
    commands.wordCommands().stream().map(Command::definition).forEach(d -> words.add(d.word()));
    words.add("quit");
    this.greeting =
        "ratebot — ask like: "
            + commands.examples().stream().findFirst().orElse("")
            + "   ("
            + String.join(", ", words)
            + ")";
  }

  /**
   * Answers one question, printing the answer to {@code out} or the reason to {@code err}.
   *
   * @return 0 when answered, {@link #EXIT_UNANSWERED} or {@link #EXIT_FAULT} otherwise
   */
  public int answerOnce(String text, PrintStream out, PrintStream err) {
    Reply reply = ask(text);
    if (reply instanceof Problem problem) {
      err.println(renderer.render(reply));
      return problem.kind() == Problem.Kind.INTERNAL ? EXIT_FAULT : EXIT_UNANSWERED;
    }
    out.println(renderer.render(reply));
    return 0;
  }

  /**
   * Answers one question and writes the chart of the answer's rows to {@code chartFile} as a PNG,
   * whether or not the question says "chart". The file is written before the answer is printed, so
   * a file that cannot be written leaves only the one-line reason on {@code err}.
   *
   * @return 0 when answered and written, {@link #EXIT_UNANSWERED} when the question is not
   *     answered, the answer has no rows to chart or the file cannot be written, {@link
   *     #EXIT_FAULT} on an internal fault
   */
  public int answerOnce(String text, Path chartFile, PrintStream out, PrintStream err) {
    Reply reply = ask(text);
    if (reply instanceof Problem problem) {
      err.println(renderer.render(reply));
      return problem.kind() == Problem.Kind.INTERNAL ? EXIT_FAULT : EXIT_UNANSWERED;
    }
    Optional<Answer> answer = charted(reply);
    if (answer.isEmpty() || answer.get().table().isEmpty()) {
      out.println(renderer.render(reply));
      err.println(
          "ratebot: --chart: this reply has no rows to chart; nothing written to " + chartFile);
      return EXIT_UNANSWERED;
    }
    ChartImage chart = charts.render(answer.get());
    try {
      Files.write(chartFile, chart.png());
    } catch (IOException e) {
      err.println("ratebot: cannot write the chart to " + chartFile + ": " + reason(e));
      return EXIT_UNANSWERED;
    }
    out.println(renderer.render(reply instanceof Chart ? answer.get() : reply));
    out.println();
    out.println("Chart: " + chartFile + " (" + chart.width() + "×" + chart.height() + " PNG)");
    return 0;
  }

  // The answer whose rows a chart shows: an answer, or the one inside a chart or an export.
  private static Optional<Answer> charted(Reply reply) {
    if (reply instanceof Answer answer) {
      return Optional.of(answer);
    }
    if (reply instanceof Chart chart) {
      return Optional.of(chart.answer());
    }
    return reply instanceof Export export ? Optional.of(export.answer()) : Optional.empty();
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  /**
   * Answers each line of {@code in} until end of input or {@code quit}.
   *
   * @param prompt whether to print a prompt (only for a person at a terminal)
   */
  public void converse(BufferedReader in, PrintStream out, boolean prompt) throws IOException {
    if (prompt) {
      out.println(greeting);
    }
    while (true) {
      if (prompt) {
        out.print("rate> ");
        out.flush();
      }
      String line = in.readLine();
      if (line == null || QUIT.contains(line.strip().toLowerCase(Locale.ROOT))) {
        return;
      }
      if (line.isBlank()) {
        continue;
      }
      out.println(renderer.render(ask(line)));
      out.println();
      out.flush();
    }
  }

  private Reply ask(String text) {
    return handler.handle(new Request(withoutCommand(text), USER, "", Platform.CONSOLE));
  }

  // People paste what they would type in chat: "/rate senior python".
  private String withoutCommand(String text) {
    String trimmed = text.strip();
    int length = slashCommand.length();
    return trimmed.regionMatches(true, 0, slashCommand, 0, length)
        ? trimmed.substring(length)
        : trimmed;
  }
}
