package dev.ratebot.core.dispatch;

import dev.ratebot.core.command.BuiltInCommands;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.rates.Places;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one entry point every adapter calls. A user error becomes a short problem reply; an
 * unexpected exception becomes an apology with a reference id, while the full error goes to the
 * fault log with the same id; and each user is held to a rate limit. Thread-safe.
 */
public final class Dispatcher implements RequestHandler {
  private final Function<Request, Reply> answerer;
  private final RateLimiter limiter;
  private final FaultLog faults;

  /** A dispatcher running the built-in commands over a dataset and the places it recognises. */
  public Dispatcher(
      RateDataset dataset,
      Places places,
      EstimateSettings settings,
      RateLimiter limiter,
      FaultLog faults) {
    this(dataset, places, BuiltInCommands.registry(dataset, settings), limiter, faults);
  }

  /** A dispatcher running the commands of a registry over a dataset. */
  public Dispatcher(
      RateDataset dataset,
      Places places,
      CommandRegistry commands,
      RateLimiter limiter,
      FaultLog faults) {
    this(new Snapshot(dataset, places, commands)::answer, limiter, faults);
  }

  /**
   * A dispatcher answering each request from the snapshot current when it arrives: one snapshot
   * from parse to reply, whatever is swapped in meanwhile.
   */
  public Dispatcher(Supplier<Snapshot> snapshots, RateLimiter limiter, FaultLog faults) {
    this(request -> snapshots.get().answer(request), limiter, faults);
  }

  /** A dispatcher around any request-to-reply function; the seam tests use to inject faults. */
  Dispatcher(Function<Request, Reply> answerer, RateLimiter limiter, FaultLog faults) {
    this.answerer = answerer;
    this.limiter = limiter;
    this.faults = faults;
  }

  @Override
  public Reply handle(Request request) {
    try {
      // The console has one local user, who may pipe a whole file of questions: no limit there.
      long wait =
          request.platform() == Platform.CONSOLE
              ? 0
              : limiter.acquire(request.platform() + ":" + request.userId());
      if (wait > 0) {
        return Problem.rateLimited(wait);
      }
      return answerer.apply(request);
    } catch (RuntimeException | StackOverflowError e) {
      String reference = FaultReference.next();
      faults.record(reference, request, e);
      return Problem.internal(reference);
    }
  }
}
