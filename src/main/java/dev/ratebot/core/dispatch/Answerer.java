package dev.ratebot.core.dispatch;

import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.estimate.Estimator;
import dev.ratebot.core.query.ParseResult;
import dev.ratebot.core.query.QueryParser;
import dev.ratebot.core.rates.Places;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import java.util.Map;

/**
 * Request to reply: parse, then estimate, run a sub-command, or explain what was not understood.
 */
final class Answerer {
  /**
   * The sub-command words and aliases the parser recognises as a first word, until the command
   * registry supplies them.
   */
  static final Map<String, String> COMMAND_WORDS =
      Map.of(
          "help", "help",
          "?", "help",
          "--help", "help",
          "-h", "help",
          "list", "list",
          "ls", "list",
          "sources", "sources",
          "source", "sources");

  private final QueryParser parser;
  private final Estimator estimator;
  private final InfoReplies info;

  Answerer(RateDataset dataset, Places places, EstimateSettings settings) {
    this.parser = new QueryParser(dataset, places, COMMAND_WORDS);
    this.estimator = new Estimator(dataset, settings);
    this.info = new InfoReplies(CommandSpec.of(dataset), dataset);
  }

  Reply answer(Request request) {
    ParseResult parsed = parser.parse(request.text(), request.options());
    if (parsed instanceof ParseResult.Ask ask) {
      return estimator.estimate(ask.query());
    }
    if (parsed instanceof ParseResult.SubCommand command) {
      return switch (command.name()) {
        case "list" -> info.list();
        case "sources" -> info.sources();
        default -> info.help();
      };
    }
    ParseResult.Rejected rejected = (ParseResult.Rejected) parsed;
    return Problem.user(rejected.reason(), rejected.suggestions());
  }
}
