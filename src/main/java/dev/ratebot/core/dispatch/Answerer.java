package dev.ratebot.core.dispatch;

import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.estimate.Estimator;
import dev.ratebot.core.query.ParseResult;
import dev.ratebot.core.query.QueryParser;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;

/** Text to reply: parse, then estimate, run a sub-command, or explain what was not understood. */
final class Answerer {
  private final QueryParser parser;
  private final Estimator estimator;
  private final InfoReplies info;

  Answerer(RateDataset dataset, EstimateSettings settings) {
    this.parser = new QueryParser(dataset);
    this.estimator = new Estimator(dataset, settings);
    this.info = new InfoReplies(CommandSpec.of(dataset), dataset, settings.clock());
  }

  Reply answer(String text) {
    ParseResult parsed = parser.parse(text);
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
