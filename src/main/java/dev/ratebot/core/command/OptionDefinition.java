package dev.ratebot.core.command;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A typed option of a command, for platforms that ask for options one by one (Discord).
 *
 * @param name the option's name, lower case, e.g. "level"
 * @param description one line, at most 100 characters
 * @param kind how values are chosen
 * @param choices the known values, from the dataset's vocabulary; empty for {@link Kind#TEXT}
 * @param maxLength the longest value accepted, in characters
 */
public record OptionDefinition(
    String name, String description, Kind kind, List<Choice> choices, int maxLength) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

  /** The longest value of an option unless it says otherwise. */
  public static final int DEFAULT_MAX_LENGTH = 100;

  public OptionDefinition {
    Objects.requireNonNull(kind, "kind");
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("option name must be 1-32 lower-case chars: " + name);
    }
    CommandDefinition.checkDescription("option " + name, description);
    choices = List.copyOf(choices);
    if (maxLength < 1) {
      throw new IllegalArgumentException("option " + name + " needs a positive max length");
    }
  }

  /** An option whose value is one of {@code choices}. */
  public static OptionDefinition choice(String name, String description, List<Choice> choices) {
    return new OptionDefinition(name, description, Kind.CHOICE, choices, DEFAULT_MAX_LENGTH);
  }

  /** An option offered {@code choices} as suggestions, that accepts other words too. */
  public static OptionDefinition suggested(String name, String description, List<Choice> choices) {
    return new OptionDefinition(name, description, Kind.SUGGESTED, choices, DEFAULT_MAX_LENGTH);
  }

  /** Like {@link #suggested}, and what was typed is offered as it is after the choices. */
  public static OptionDefinition open(String name, String description, List<Choice> choices) {
    return new OptionDefinition(name, description, Kind.OPEN, choices, DEFAULT_MAX_LENGTH);
  }

  /** Free text; suggestions are the registry's command words and examples. */
  public static OptionDefinition text(String name, String description, int maxLength) {
    return new OptionDefinition(name, description, Kind.TEXT, List.of(), maxLength);
  }

  /** How an option's value is chosen. */
  public enum Kind {
    /** One of the choices. */
    CHOICE,
    /** The choices are suggested; other words are accepted and understood by the parser. */
    SUGGESTED,
    /** The choices are suggested, then what was typed (a country, say) as it is. */
    OPEN,
    /** Free words: a whole question, or a command word. */
    TEXT
  }

  /**
   * One known value of an option.
   *
   * @param value the word to put in a question, e.g. "latin-america"
   * @param label what users see, e.g. "Latin America"
   */
  public record Choice(String value, String label) {
    public Choice {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(label, "label");
    }
  }
}
