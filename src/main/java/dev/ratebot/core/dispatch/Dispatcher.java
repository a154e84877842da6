package dev.ratebot.core.dispatch;

import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.estimate.Estimator;
import dev.ratebot.core.query.ParseResult;
import dev.ratebot.core.query.QueryParser;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The one entry point every adapter calls. A user error becomes a short problem reply; an
 * unexpected exception becomes an apology with a reference id, while the full error goes to the
 * fault log with the same id; and each user is held to a rate limit. Thread-safe.
 */
public final class Dispatcher implements RequestHandler {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final QueryParser parser;
  private final Estimator estimator;
  private final InfoReplies info;
  private final RateLimiter limiter;
  private final FaultLog faults;

  public Dispatcher(
      RateDataset dataset, EstimateSettings settings, RateLimiter limiter, FaultLog faults) {
    this.parser = new QueryParser(dataset);
    this.estimator = new Estimator(dataset, settings);
    this.info = new InfoReplies(CommandSpec.of(dataset), dataset);
    this.limiter = limiter;
    this.faults = faults;
  }

  @Override
  public Reply handle(Request request) {
    try {
      long wait = limiter.acquire(request.platform() + ":" + request.userId());
      if (wait > 0) {
        return Problem.rateLimited(wait);
      }
      return answer(request.text());
    } catch (RuntimeException | StackOverflowError e) {
      String reference = newReference();
      faults.record(reference, request, e);
      return Problem.internal(reference);
    }
  }

  private Reply answer(String text) {
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

  /** A short id a user can quote and an operator can find in the log, e.g. "E-1A2B3C4D". */
  static String newReference() {
    byte[] bytes = new byte[4];
    RANDOM.nextBytes(bytes);
    return "E-" + HexFormat.of().withUpperCase().formatHex(bytes);
  }
}
