package dev.ratebot.core.dispatch;

import dev.ratebot.core.command.Command;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.command.Invocation;
import dev.ratebot.core.query.CommandWords;
import dev.ratebot.core.query.ExportWords;
import dev.ratebot.core.query.ParseResult;
import dev.ratebot.core.query.QueryParser;
import dev.ratebot.core.rates.Places;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Chart;
import dev.ratebot.core.reply.Export;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Request to reply: parse, then run the command the text names (the registry's default command for
 * a rate question), or explain what was not understood.
 */
final class Answerer {
  /** How many parsed questions a snapshot remembers, so a burst of one question is parsed once. */
  static final int PARSED = 4_096;

  private final CommandRegistry registry;
  private final QueryParser parser;
  private final Map<Asked, ParseResult> parsed = new ConcurrentHashMap<>();

  private record Asked(String text, Map<String, String> options) {}

  Answerer(RateDataset dataset, Places places, CommandRegistry registry) {
    this.registry = registry;
    this.parser =
        new QueryParser(
            dataset,
            places,
            new CommandWords(
                registry.words(), registry.topics(), registry.questions(), registry.triggered()));
  }

  Reply answer(Request request) {
    ExportWords export = ExportWords.of(request.text());
    if (export.format().isEmpty()) {
      return charted(request);
    }
    Reply reply = answer(export.text(), request);
    return reply instanceof Answer answer
        ? new Export(answer, export.format().get())
        : reply; // help, lists and problems are not tables
  }

  // "… chart": an answer with rows gets its chart; help, lists and problems are not charted.
  private Reply charted(Request request) {
    ChartWords chart = ChartWords.of(request.text());
    if (!chart.asked()) {
      return answer(request.text(), request);
    }
    Reply reply = answer(chart.text(), request);
    return reply instanceof Answer answer && !answer.table().isEmpty() ? new Chart(answer) : reply;
  }

  private Reply answer(String text, Request request) {
    ParseResult parsed = parse(text, request.options());
    if (parsed instanceof ParseResult.Ask ask) {
      return registry
          .defaultCommand()
          .run(new Invocation(text, Optional.of(ask.query()), registry));
    }
    if (parsed instanceof ParseResult.Blank) {
      return registry.help().run(new Invocation(text, Optional.empty(), registry));
    }
    if (parsed instanceof ParseResult.SubCommand named) {
      Command command =
          registry
              .command(named.name())
              .orElseThrow(
                  () -> new IllegalStateException("no command named '" + named.name() + "'"));
      return command.run(
          new Invocation(text, named.query(), named.team(), registry, request.caller()));
    }
    ParseResult.Rejected rejected = (ParseResult.Rejected) parsed;
    return Problem.user(rejected.reason(), rejected.suggestions());
  }

  /** How many parsed questions are remembered now. */
  int remembered() {
    return parsed.size();
  }

  // Parsing is a pure function of the text, the options and this snapshot's data.
  private ParseResult parse(String text, Map<String, String> options) {
    if (text.length() > QueryParser.MAX_LENGTH) {
      return parser.parse(text, options); // refused at once; not worth remembering
    }
    Asked asked = new Asked(text, options);
    ParseResult known = parsed.get(asked);
    if (known != null) {
      return known;
    }
    ParseResult fresh = parser.parse(text, options);
    if (parsed.size() >= PARSED) {
      parsed.clear(); // crude but bounded, like the estimator's answers: the text is open-ended
    }
    parsed.put(asked, fresh);
    return fresh;
  }
}
