package dev.ratebot.core.command;

import dev.ratebot.core.query.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds a {@link CommandRegistry}; every method returns this builder. */
public final class CommandRegistryBuilder {
  private final Command defaultCommand;
  private final List<Command> worded = new ArrayList<>();
  private final List<Command> hidden = new ArrayList<>();
  private Command help;
  private final Map<Trigger, Command> triggered = new java.util.EnumMap<>(Trigger.class);

  CommandRegistryBuilder(Command defaultCommand) {
    this.defaultCommand = Objects.requireNonNull(defaultCommand, "defaultCommand");
  }

  /** Registers the help command, which also answers empty text. */
  public CommandRegistryBuilder help(Command command) {
    if (help != null) {
      throw new IllegalStateException("help is registered already");
    }
    help = Objects.requireNonNull(command, "command");
    worded.add(command);
    return this;
  }

  /**
   * Registers the command that answers comparisons: started by its word, and by any question naming
   * two regions or levels ("senior python latam vs cee"). Its definition must take a question.
   */
  public CommandRegistryBuilder comparison(Command command) {
    return triggeredBy(Trigger.COMPARISON, command);
  }

  /**
   * Registers a command started by its word, and by any plain question with what the trigger names
   * (an amount, a head count or period). Its definition must take a question.
   */
  public CommandRegistryBuilder triggeredBy(Trigger trigger, Command command) {
    if (triggered.containsKey(trigger)) {
      throw new IllegalStateException(
          trigger.name().toLowerCase(java.util.Locale.ROOT) + " is registered already");
    }
    if (!command.definition().question()) {
      throw new IllegalArgumentException("a triggered command takes a question");
    }
    triggered.put(trigger, command);
    worded.add(command);
    return this;
  }

  /** Registers a command started by its word or aliases. */
  public CommandRegistryBuilder register(Command command) {
    worded.add(Objects.requireNonNull(command, "command"));
    return this;
  }

  /**
   * Registers a command started by its word that no listing shows: not help, the Slack usage hint
   * and manifest, nor Discord's definition and suggestions (the admin commands).
   */
  public CommandRegistryBuilder hidden(Command command) {
    hidden.add(Objects.requireNonNull(command, "command"));
    return this;
  }

  /**
   * The registry.
   *
   * @throws IllegalArgumentException when a word starts two commands
   * @throws IllegalStateException when no help command was registered
   */
  public CommandRegistry build() {
    if (help == null) {
      throw new IllegalStateException("a registry needs a help command");
    }
    return new CommandRegistry(defaultCommand, help, triggered, worded, hidden);
  }
}
