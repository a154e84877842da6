package dev.ratebot.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a command is, as every surface shows it: help, the Slack usage hint and manifest, Discord's
 * command definition and suggestions.
 *
 * @param word the word that starts the command, lower case, e.g. "sources"; for the default command
 *     it is the name of the slash command itself ("rate")
 * @param aliases other words, lower case, that start it, e.g. "source"
 * @param description one line, at most 100 characters (Discord's and Slack's limit)
 * @param usage the argument hint after the word, e.g. "[level] [technology] [region or country]";
 *     empty for a command that takes no arguments
 * @param examples example arguments, each answerable by the bundled dataset
 * @param options typed options, for platforms that ask for them one by one
 * @param topics words that ask for this command anywhere in a question, lower case, e.g. "reliable"
 *     for sources ("how reliable is this data?")
 * @param question true when the words after the command word are a rate question, parsed for the
 *     command (e.g. "rank senior python")
 */
public record CommandDefinition(
    String word,
    List<String> aliases,
    String description,
    String usage,
    List<String> examples,
    List<OptionDefinition> options,
    List<String> topics,
    boolean question) {
  private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9-]{0,31}");
  static final int MAX_DESCRIPTION = 100;

  public CommandDefinition {
    if (word == null || !WORD.matcher(word).matches()) {
      throw new IllegalArgumentException("a command word is 1-32 lower-case letters: " + word);
    }
    aliases = List.copyOf(aliases);
    for (String alias : aliases) {
      if (alias.isBlank()
          || !alias.equals(alias.strip().toLowerCase(Locale.ROOT))
          || alias.contains(" ")) {
        throw new IllegalArgumentException("command " + word + ": bad alias '" + alias + "'");
      }
    }
    checkDescription("command " + word, description);
    Objects.requireNonNull(usage, "usage");
    examples = List.copyOf(examples);
    options = List.copyOf(options);
    topics = List.copyOf(topics);
  }

  /** A definition with just a word and a description; the builder adds the rest. */
  public static Builder builder(String word, String description) {
    return new Builder(word, description);
  }

  static void checkDescription(String what, String description) {
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException(what + " needs a description");
    }
    if (description.length() > MAX_DESCRIPTION) {
      throw new IllegalArgumentException(
          what + ": description over " + MAX_DESCRIPTION + " characters");
    }
  }

  /** Builds a {@link CommandDefinition}; every method returns this builder. */
  public static final class Builder {
    private final String word;
    private final String description;
    private final List<String> aliases = new ArrayList<>();
    private String usage = "";
    private final List<String> examples = new ArrayList<>();
    private final List<OptionDefinition> options = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();
    private boolean question;

    private Builder(String word, String description) {
      this.word = word;
      this.description = description;
    }

    public Builder aliases(String... words) {
      aliases.addAll(List.of(words));
      return this;
    }

    public Builder usage(String hint) {
      usage = Objects.requireNonNull(hint, "hint");
      return this;
    }

    public Builder examples(String... texts) {
      examples.addAll(List.of(texts));
      return this;
    }

    public Builder option(OptionDefinition option) {
      options.add(option);
      return this;
    }

    public Builder topics(String... words) {
      topics.addAll(List.of(words));
      return this;
    }

    /** The words after the command word are a rate question, parsed for the command. */
    public Builder question() {
      question = true;
      return this;
    }

    public CommandDefinition build() {
      return new CommandDefinition(
          word, aliases, description, usage, examples, options, topics, question);
    }
  }
}
