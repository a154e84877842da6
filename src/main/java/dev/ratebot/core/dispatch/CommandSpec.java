package dev.ratebot.core.dispatch;

import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.Term;
import java.util.List;
import java.util.Objects;

/**
 * The one description of the {@code /rate} command that every surface is built from: Discord's
 * options and choices, Slack's usage hint and manifest, the help text, and the examples tests run.
 * No surface keeps its own copy of the vocabulary.
 *
 * @param name the command name without slash, "rate"
 * @param description one line, at most 100 characters (Discord's limit)
 * @param usageHint the argument hint Slack shows, e.g. "[level] [technology] [region or country]"
 * @param subCommands the words that do something other than estimate
 * @param levels every level, lowest first
 * @param technologies every technology with figures
 * @param regions every region
 * @param examples example queries, each answerable by the bundled dataset
 */
public record CommandSpec(
    String name,
    String description,
    String usageHint,
    List<SubCommand> subCommands,
    List<Option> levels,
    List<Option> technologies,
    List<Option> regions,
    List<String> examples) {

  public static final String NAME = "rate";

  /** The one-line description every surface shows. */
  public static final String DESCRIPTION =
      "What does a developer cost? Hourly range, top end and annual equivalent, with sources.";

  /** The argument hint Slack shows under the command. */
  public static final String USAGE_HINT =
      "[level] [technology] [region or country] | help | list | sources";

  /** The sub-commands, whatever the dataset. */
  public static final List<SubCommand> SUB_COMMANDS =
      List.of(
          new SubCommand("help", "How to ask, with examples"),
          new SubCommand("list", "Every level, technology and region I know"),
          new SubCommand("sources", "Where the figures come from, and their vintage"));

  public CommandSpec {
    Objects.requireNonNull(name, "name");
    if (description.length() > 100) {
      throw new IllegalArgumentException("description over 100 characters");
    }
    subCommands = List.copyOf(subCommands);
    levels = List.copyOf(levels);
    technologies = List.copyOf(technologies);
    regions = List.copyOf(regions);
    examples = List.copyOf(examples);
  }

  /** The spec for a dataset: its vocabulary, the sub-commands and examples. */
  public static CommandSpec of(RateDataset dataset) {
    return new CommandSpec(
        NAME,
        DESCRIPTION,
        USAGE_HINT,
        SUB_COMMANDS,
        options(dataset.levels()),
        options(dataset.technologies()),
        options(dataset.regions()),
        List.of(
            "senior python latam",
            "latam",
            "senior python",
            "how much is a mid node dev in poland?",
            "junior laravel western europe",
            "senior java brazil"));
  }

  private static List<Option> options(List<? extends Term> terms) {
    return terms.stream().map(t -> new Option(t.id(), t.label())).toList();
  }

  /**
   * A sub-command of {@code /rate}.
   *
   * @param name the word, e.g. "sources"
   * @param description one line, at most 100 characters
   */
  public record SubCommand(String name, String description) {
    public SubCommand {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
    }
  }

  /**
   * One value users can pick for an option.
   *
   * @param value the word to put in a query, e.g. "latin-america"
   * @param label what users see, e.g. "Latin America"
   */
  public record Option(String value, String label) {
    public Option {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(label, "label");
    }
  }
}
