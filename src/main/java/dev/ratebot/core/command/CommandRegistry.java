package dev.ratebot.core.command;

import dev.ratebot.core.query.Trigger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The commands of the bot. The default command (rate lookup) runs when no command word starts the
 * text, and its word is the name of the slash command; every other command is started by its word
 * or an alias. Help text, the Slack usage hint and manifest, and Discord's definition and
 * suggestions are derived from here, so a command registered once appears everywhere. Immutable.
 *
 * <pre>{@code
 * CommandRegistry.builder(new LookupCommand(dataset, estimator))
 *     .help(new HelpCommand(dataset, clock))
 *     .register(new ListCommand(dataset))
 *     .build();
 * }</pre>
 */
public final class CommandRegistry {
  private final Command defaultCommand;
  private final Command help;
  private final Map<Trigger, Command> triggered;
  private final List<Command> worded;
  private final List<Command> hidden;
  private final Map<String, String> words;
  private final Map<String, String> topics;

  CommandRegistry(
      Command defaultCommand,
      Command help,
      Map<Trigger, Command> triggered,
      List<Command> worded,
      List<Command> hidden) {
    this.defaultCommand = defaultCommand;
    this.help = help;
    this.triggered = Map.copyOf(triggered);
    this.worded = List.copyOf(worded);
    this.hidden = List.copyOf(hidden);
    Map<String, String> byWord = new LinkedHashMap<>();
    Map<String, String> byTopic = new LinkedHashMap<>();
    for (Command command : everyCommand()) {
      CommandDefinition definition = command.definition();
      definition.topics().forEach(topic -> claim(byTopic, topic, definition.word()));
      if (command != defaultCommand) {
        claim(byWord, definition.word(), definition.word());
        definition.aliases().forEach(alias -> claim(byWord, alias, definition.word()));
      } else if (!definition.aliases().isEmpty()) {
        throw new IllegalArgumentException("the default command is started by no word");
      }
    }
    if (byWord.containsKey(defaultCommand.definition().word())) {
      throw new IllegalArgumentException(
          "'" + defaultCommand.definition().word() + "' is the default command's word");
    }
    this.words = Collections.unmodifiableMap(byWord);
    this.topics = Collections.unmodifiableMap(byTopic);
  }

  private static void claim(Map<String, String> byWord, String word, String name) {
    String before = byWord.putIfAbsent(word, name);
    if (before != null) {
      throw new IllegalArgumentException("'" + word + "' starts both " + before + " and " + name);
    }
  }

  /** A registry whose default command is {@code defaultCommand}. */
  public static CommandRegistryBuilder builder(Command defaultCommand) {
    return new CommandRegistryBuilder(defaultCommand);
  }

  /**
   * Every word and alias that starts a command, lower case, mapped to the command's name (its
   * word): what the parser needs to tell a command from a question.
   */
  public Map<String, String> words() {
    return words;
  }

  /**
   * Every topic word, lower case, mapped to the command it asks for anywhere in a question (e.g.
   * "reliable" → "sources").
   */
  public Map<String, String> topics() {
    return topics;
  }

  /** The names of the commands whose words are followed by a rate question ("rank …"). */
  public Set<String> questions() {
    return worded.stream()
        .map(Command::definition)
        .filter(CommandDefinition::question)
        .map(CommandDefinition::word)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The name of the command that answers a question comparing regions or levels ("latam vs cee"),
   * if one is registered.
   */
  public Optional<String> comparison() {
    return Optional.ofNullable(triggered.get(Trigger.COMPARISON)).map(c -> c.definition().word());
  }

  /** Each trigger's command, by name: where a plain question goes when it has what one names. */
  public Map<Trigger, String> triggered() {
    Map<Trigger, String> names = new java.util.EnumMap<>(Trigger.class);
    triggered.forEach((trigger, command) -> names.put(trigger, command.definition().word()));
    return names;
  }

  /** The command with this name (its word), if registered, hidden ones included. */
  public Optional<Command> command(String name) {
    return everyCommand().stream().filter(c -> c.definition().word().equals(name)).findFirst();
  }

  /** The command that runs when no command word starts the text: the rate lookup. */
  public Command defaultCommand() {
    return defaultCommand;
  }

  /** The help command, which empty text also runs. */
  public Command help() {
    return help;
  }

  /** The commands started by a word, in registration order (help first). */
  public List<Command> wordCommands() {
    return worded;
  }

  /** The default command, then the others in registration order; hidden commands are not listed. */
  public List<Command> all() {
    List<Command> all = new ArrayList<>();
    all.add(defaultCommand);
    all.addAll(worded);
    return all;
  }

  private List<Command> everyCommand() {
    List<Command> every = all();
    every.addAll(hidden);
    return every;
  }

  /** The slash command's name without slash: the default command's word, "rate". */
  public String name() {
    return defaultCommand.definition().word();
  }

  /** The one-line description of the slash command. */
  public String description() {
    return defaultCommand.definition().description();
  }

  /** The argument hint Slack shows: the default usage, then each command word with its usage. */
  public String usageHint() {
    List<String> parts = new ArrayList<>();
    parts.add(defaultCommand.definition().usage());
    for (Command command : worded) {
      CommandDefinition definition = command.definition();
      parts.add(
          definition.usage().isEmpty()
              ? definition.word()
              : definition.word() + " " + definition.usage());
    }
    return String.join(" | ", parts);
  }

  /** Every command's examples, the default command's first, as a user would type them. */
  public List<String> examples() {
    List<String> examples = new ArrayList<>(defaultCommand.definition().examples());
    for (Command command : worded) {
      command
          .definition()
          .examples()
          .forEach(e -> examples.add(command.definition().word() + " " + e));
    }
    return examples;
  }
}
