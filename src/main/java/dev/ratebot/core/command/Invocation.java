package dev.ratebot.core.command;

import dev.ratebot.core.query.Query;
import java.util.Objects;
import java.util.Optional;

/**
 * One call of a command.
 *
 * @param text the text as the user typed it, without the slash command or mention
 * @param query the parsed rate question: for the default (rate lookup) command, and for a command
 *     that takes one (compare, rank) when words follow it; empty otherwise
 * @param registry the registry the command was found in, for commands that describe the others
 */
public record Invocation(String text, Optional<Query> query, CommandRegistry registry) {
  public Invocation {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(registry, "registry");
  }
}
