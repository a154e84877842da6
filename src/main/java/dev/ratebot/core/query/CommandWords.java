package dev.ratebot.core.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words that turn a question into a command, as the command registry declares them, so the
 * parser holds no command word of its own.
 *
 * @param starts each word or alias that starts a command, lower case, with the command it names
 *     (e.g. "ls" → "list")
 * @param topics words or two-word phrases that ask for a command anywhere in a question (e.g.
 *     "reliable" → "sources"), lower case
 * @param questions the commands whose word is followed by a rate question ("rank senior python"):
 *     the rest of the text is parsed for them
 * @param triggered the command a plain question goes to when it has what a trigger names: two
 *     regions or levels ("latam vs cee"), an amount ("$45/h"), a head count or period. Without a
 *     comparison command, two regions or levels are a problem ("Pick one …"); without the others,
 *     the numbers are noted as not used.
 */
public record CommandWords(
    Map<String, String> starts,
    Map<String, String> topics,
    Set<String> questions,
    Map<Trigger, String> triggered) {

  public CommandWords {
    starts = Map.copyOf(starts);
    topics = Map.copyOf(topics);
    questions = Set.copyOf(questions);
    triggered = Map.copyOf(triggered);
  }

  /** Words with at most a comparison command triggered. */
  public CommandWords(
      Map<String, String> starts,
      Map<String, String> topics,
      Set<String> questions,
      Optional<String> comparison) {
    this(
        starts,
        topics,
        questions,
        comparison.map(c -> Map.of(Trigger.COMPARISON, c)).orElse(Map.of()));
  }

  /** Only words that start commands. */
  public static CommandWords starting(Map<String, String> starts) {
    return new CommandWords(starts, Map.of(), Set.of(), Map.of());
  }

  /** The command that answers a question comparing regions or levels, if there is one. */
  public Optional<String> comparison() {
    return triggered(Trigger.COMPARISON);
  }

  /** The command a trigger sends a plain question to, if there is one. */
  public Optional<String> triggered(Trigger trigger) {
    return Optional.ofNullable(triggered.get(trigger));
  }

  /** The command the first word names: as typed ("?", "-h"), else as read ("Help!"). */
  Optional<String> first(String typed, List<Tokens.Token> tokens) {
    String command = starts.get(typed);
    if (command == null && !tokens.isEmpty()) {
      command = starts.get(tokens.get(0).lower());
    }
    return Optional.ofNullable(command);
  }

  /** The command a topic word or two-word phrase anywhere in the question asks for. */
  Optional<String> topic(List<Tokens.Token> tokens) {
    for (int t = 0; t < tokens.size(); t++) {
      String word = tokens.get(t).lower();
      String topic = topics.get(word);
      if (topic == null && t + 1 < tokens.size()) {
        topic = topics.get(word + " " + tokens.get(t + 1).lower());
      }
      if (topic != null) {
        return Optional.of(topic);
      }
    }
    return Optional.empty();
  }
}
