package dev.ratebot.core.command;

import dev.ratebot.core.query.Query;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One call of a command.
 *
 * @param text the text as the user typed it, without the slash command or mention
 * @param query the parsed rate question: for the default (rate lookup) command, and for a command
 *     that takes one (compare, rank) when words follow it; empty otherwise
 * @param team the groups of a team question joined by "+" ("2 senior python + 1 mid node cee"),
 *     each parsed on its own; empty when the question has one group (it is then {@code query})
 * @param registry the registry the command was found in, for commands that describe the others
 * @param caller who asked, platform-qualified and opaque to the core ("slack:U123"); empty when
 *     unknown
 */
public record Invocation(
    String text, Optional<Query> query, List<Query> team, CommandRegistry registry, String caller) {
  public Invocation {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(query, "query");
    team = List.copyOf(team);
    Objects.requireNonNull(registry, "registry");
    caller = caller == null ? "" : caller;
  }

  /** A call by an unknown caller. */
  public Invocation(
      String text, Optional<Query> query, List<Query> team, CommandRegistry registry) {
    this(text, query, team, registry, "");
  }

  /** A call with one question, or none. */
  public Invocation(String text, Optional<Query> query, CommandRegistry registry) {
    this(text, query, List.of(), registry);
  }

  /** The groups of people asked about: the team's, or the one question's. */
  public List<Query> groups() {
    return team.isEmpty() ? query.stream().toList() : team;
  }
}
