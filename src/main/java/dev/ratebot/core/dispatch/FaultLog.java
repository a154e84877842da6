package dev.ratebot.core.dispatch;

/** Where the dispatcher records an unexpected fault, with the reference the user is shown. */
@FunctionalInterface
public interface FaultLog {
  void record(String reference, Request request, Throwable fault);
}
