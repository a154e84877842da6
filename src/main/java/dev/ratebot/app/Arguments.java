package dev.ratebot.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line: the words of a one-shot question and the options before or among them. The
 * options are {@code --chart FILE} (or {@code --chart=FILE}) and {@code --version}; {@code --help}
 * stays a word (alone it prints the usage, in a question it asks for help), {@code --} ends the
 * options, and any other word starting with {@code --} is refused, naming the options, rather than
 * read as part of the question.
 *
 * @param words the question's words, in order
 * @param chart the file to write the answer's chart to, if asked
 * @param version whether {@code --version} was given (then there are no words)
 */
record Arguments(List<String> words, Optional<Path> chart, boolean version) {
  static final String CHART = "--chart";
  static final String VERSION = "--version";

  /** Every option, as the refusal of an unknown one lists them. */
  static final String OPTIONS = "--chart FILE, --version, --help, and -- before a question";

  Arguments {
    words = List.copyOf(words);
  }

  /**
   * Reads the arguments.
   *
   * @throws SettingsException naming the option at fault, for one line on standard error
   */
  static Arguments parse(String... args) throws SettingsException {
    List<String> words = new ArrayList<>();
    Optional<Path> chart = Optional.empty();
    boolean version = false;
    boolean options = true;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!options || !arg.startsWith("--") || arg.equals("--help")) {
        words.add(arg);
      } else if (arg.equals("--")) {
        options = false;
      } else if (arg.equals(VERSION)) {
        version = true;
      } else if (arg.equals(CHART) || arg.startsWith(CHART + "=")) {
        String file = arg.equals(CHART) ? (i + 1 < args.length ? args[++i] : "") : arg.substring(8);
        if (file.isBlank()) {
          throw new SettingsException(
              "--chart needs a file name, e.g. --chart chart.png senior python latam");
        }
        if (chart.isPresent()) {
          throw new SettingsException("--chart is given twice");
        }
        try {
          chart = Optional.of(Path.of(file));
        } catch (InvalidPathException e) {
          throw new SettingsException("--chart: not a file name: " + e.getReason());
        }
      } else {
        throw new SettingsException(
            "unknown option " + arg.split("=", 2)[0] + "; the options are " + OPTIONS + ".");
      }
    }
    if (chart.isPresent() && words.isEmpty()) {
      throw new SettingsException(
          "--chart needs a question, e.g. --chart chart.png senior python latam");
    }
    if (version && (chart.isPresent() || !words.isEmpty())) {
      throw new SettingsException(VERSION + " takes nothing else; give it alone.");
    }
    return new Arguments(words, chart, version);
  }
}
