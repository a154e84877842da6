package dev.ratebot.core.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the parser made of the text after {@code /rate}. */
public sealed interface ParseResult {

  /** Nothing asked (empty text, no options): the caller shows how to ask. */
  record Blank() implements ParseResult {}

  /** A rate question. */
  record Ask(Query query) implements ParseResult {
    public Ask {
      Objects.requireNonNull(query, "query");
    }
  }

  /**
   * A sub-command such as {@code help}, {@code list}, {@code sources} or {@code compare}.
   *
   * @param name the sub-command, lower case
   * @param query for a command that takes a rate question ({@code compare}, {@code rank}), the
   *     question after its word; empty for the others, and when nothing follows the word. For a
   *     team, its first group.
   * @param team the groups of people of a question joined by "+", "plus" or "and" ("2 senior python
   *     + 1 mid node cee"), each parsed on its own, in the order typed; empty when there is one
   */
  record SubCommand(String name, Optional<Query> query, List<Query> team) implements ParseResult {
    public SubCommand {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(query, "query");
      team = List.copyOf(team);
    }

    /** A sub-command for one question, or none. */
    public SubCommand(String name, Optional<Query> query) {
      this(name, query, List.of());
    }

    /** A sub-command without a question. */
    public SubCommand(String name) {
      this(name, Optional.empty());
    }
  }

  /**
   * Text the parser cannot turn into a question, with why and what might have been meant.
   *
   * @param reason one short sentence for the user
   * @param suggestions closest known values or example queries
   */
  record Rejected(String reason, List<String> suggestions) implements ParseResult {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      suggestions = List.copyOf(suggestions);
    }
  }
}
