package dev.ratebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin commands at the console, whose user is always an operator, as the real main runs. */
class AdminConsoleTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path dir;

  @Test
  void statusNamesTheDatasetServing() {
    int code = run(Map.of(), "admin status\nquit\n");

    assertThat(code).isZero();
    assertThat(out())
        .contains("ratebot status")
        .contains("serving: the console")
        .contains("version e4ae72e4, vintage 2023")
        .contains("loaded at ")
        .doesNotContain("last load refused");
  }

  @Test
  void reloadSwapsInAnEditedFileAndSaysSo() throws Exception {
    Path card = dir.resolve("card.csv");
    Files.copy(Path.of("config/example-rate-card.csv"), card);
    String data = "bundled:" + card;
    String edit = Files.readString(card).replace("60,75", "66,88");

    int code =
        Main.run(
            new String[0],
            Map.of("RATEBOT_DATA", data, "RATEBOT_FX_URL", "none"),
            new ConsoleInput(
                "senior python cee in eur\n",
                () -> write(card, edit),
                "admin reload\nsenior python cee in eur\nquit\n"),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isZero();
    String text = out();
    assertThat(text.indexOf("€60–75/h")).isLessThan(text.indexOf("Reloaded: version "));
    assertThat(text.substring(text.indexOf("Reloaded: version "))).contains("€66–88/h");
  }

  @Test
  void aRefusedReloadSaysWhyAndTheOldDataServes() throws Exception {
    Path card = dir.resolve("card.csv");
    Files.copy(Path.of("config/example-rate-card.csv"), card);

    int code =
        Main.run(
            new String[0],
            Map.of("RATEBOT_DATA", "bundled:" + card, "RATEBOT_FX_URL", "none"),
            new ConsoleInput(
                "", () -> write(card, ""), "admin reload\nsenior python cee in eur\nquit\n"),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isZero();
    assertThat(out())
        .contains("Reload refused; the data before it still serves.")
        .contains("last load refused: " + card + ": the file is empty")
        .contains("€60–75/h");
  }

  @Test
  void helpNeverMentionsTheAdminCommands() {
    run(Map.of(), "help\nquit\n");

    assertThat(out()).contains("How to ask ratebot").doesNotContain("admin");
  }

  private int run(Map<String, String> env, String input) {
    return Main.run(
        new String[0],
        env,
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Standard input that runs an action (an edit of a file) between two parts of what is typed. */
  private static final class ConsoleInput extends java.io.InputStream {
    private final byte[] first;
    private final Runnable between;
    private final byte[] second;
    private int at;

    ConsoleInput(String first, Runnable between, String second) {
      this.first = first.getBytes(StandardCharsets.UTF_8);
      this.between = between;
      this.second = second.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      if (at == first.length) {
        between.run();
      }
      int i = at++;
      if (i < first.length) {
        return first[i] & 0xff;
      }
      return i - first.length < second.length ? second[i - first.length] & 0xff : -1;
    }

    // One part per read, so the console answers the first part before the action runs.
    @Override
    public int read(byte[] buffer, int offset, int length) {
      int end = at < first.length ? first.length : first.length + second.length;
      if (at >= end && at > first.length) {
        return -1;
      }
      if (length == 0) {
        return 0;
      }
      int n = 0;
      do {
        int b = read();
        if (b < 0) {
          break;
        }
        buffer[offset + n++] = (byte) b;
      } while (n < length && at < end);
      return n == 0 ? -1 : n;
    }
  }
}
