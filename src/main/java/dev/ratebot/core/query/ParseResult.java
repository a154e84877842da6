package dev.ratebot.core.query;

import java.util.List;
import java.util.Objects;

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
   * A sub-command such as {@code help}, {@code list} or {@code sources}.
   *
   * @param name the sub-command, lower case
   */
  record SubCommand(String name) implements ParseResult {
    public SubCommand {
      Objects.requireNonNull(name, "name");
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
