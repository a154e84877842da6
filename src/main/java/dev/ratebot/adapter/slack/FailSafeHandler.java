package dev.ratebot.adapter.slack;

import dev.ratebot.adapter.chat.Incidents;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import java.util.Objects;

/**
 * Holds the dispatcher to its promise (never throws, never null): a fault becomes an apology that
 * carries the reference of the logged stack trace.
 */
final class FailSafeHandler implements RequestHandler {
  private final RequestHandler delegate;

  FailSafeHandler(RequestHandler delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public Reply handle(Request request) {
    try {
      return Objects.requireNonNull(delegate.handle(request), "the request handler returned null");
    } catch (RuntimeException e) {
      return Problem.internal(Incidents.record("Answering a Slack request", e));
    }
  }
}
