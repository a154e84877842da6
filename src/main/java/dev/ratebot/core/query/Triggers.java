package dev.ratebot.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Where a plain question goes when it is more than a lookup: two regions or levels to the
 * comparison, an amount to the offer check, a head count, a period or groups joined by "+" to the
 * budget.
 */
final class Triggers {
  // "+", "plus", or "and" followed by a count: "2 senior python + 1 mid node", "… and 2 mid …".
  private static final Pattern TEAM_JOINER =
      Pattern.compile(
          "\\s+(?:\\+|plus)\\s+|\\s+and\\s+(?=(?:\\d+|an?\\s|one|two|three|four|five|six|seven"
              + "|eight|nine|ten|eleven|twelve)\\b)",
          Pattern.CASE_INSENSITIVE);

  private Triggers() {}

  // A plain question with two regions, an amount or a head count goes to the command for it.
  static Optional<ParseResult> routed(CommandWords words, Query query) {
    Optional<String> command = Optional.empty();
    if (query.comparison().isPresent()) {
      command = words.comparison();
    } else if (!query.quantities().amounts().isEmpty()) {
      command = words.triggered(Trigger.AMOUNT);
    } else if (!query.quantities().counts().isEmpty() || !query.quantities().periods().isEmpty()) {
      command = words.triggered(Trigger.TEAM);
    }
    return command.map(c -> new ParseResult.SubCommand(c, Optional.of(query)));
  }

  /**
   * Groups of people joined by "+", "plus", or "and" before a count ("2 senior python + 1 mid node
   * cee"), each read on its own; empty when the text has one group.
   */
  static Optional<ParseResult> team(
      String command, String text, Function<String, ParseResult> read) {
    String[] groups = TEAM_JOINER.split(text);
    if (groups.length < 2) {
      return Optional.empty();
    }
    List<Query> team = new ArrayList<>();
    for (String group : groups) {
      ParseResult parsed = read.apply(group);
      if (parsed instanceof ParseResult.Ask ask) {
        team.add(ask.query());
      } else if (parsed instanceof ParseResult.Rejected) {
        return Optional.of(parsed);
      }
    }
    return team.isEmpty()
        ? Optional.empty()
        : Optional.of(new ParseResult.SubCommand(command, Optional.of(team.get(0)), team));
  }
}
