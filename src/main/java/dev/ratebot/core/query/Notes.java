package dev.ratebot.core.query;

/** Notes added to what the parser made of a text, after the fact. */
final class Notes {
  private Notes() {}

  /** The note on every question a result holds; a problem or a command without one is unchanged. */
  static ParseResult onEveryQuestion(ParseResult result, String note) {
    if (result instanceof ParseResult.Ask ask) {
      return new ParseResult.Ask(ask.query().withNote(note));
    }
    if (result instanceof ParseResult.SubCommand command) {
      return new ParseResult.SubCommand(
          command.name(),
          command.query().map(q -> q.withNote(note)),
          command.team().stream().map(q -> q.withNote(note)).toList());
    }
    return result;
  }
}
