package dev.ratebot.adapter.slack;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is left of one response_url: Slack accepts at most 5 posts to it, within 30 minutes of the
 * command or click that gave it. A post beyond either is refused by Slack, so the bot does not send
 * it; it logs one line (never the URL, which is a credential). The bot posts each answer once and a
 * fallback once, so this is a guard against a future change, not a path users take.
 */
final class ResponseUrlUses {
  static final int MAX_USES = 5;
  static final Duration VALID_FOR = Duration.ofMinutes(30);

  private static final Logger LOG = LoggerFactory.getLogger(ResponseUrlUses.class);

  private final AtomicInteger used = new AtomicInteger();
  private final long givenAt;
  private final LongSupplier nanoTime;

  ResponseUrlUses(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
    this.givenAt = nanoTime.getAsLong();
  }

  /** For a response_url just received. */
  static ResponseUrlUses fresh() {
    return new ResponseUrlUses(System::nanoTime);
  }

  /**
   * Takes one use, if one is left and the URL is still valid.
   *
   * @param what what would be posted, for the log line
   */
  boolean take(String what) {
    if (nanoTime.getAsLong() - givenAt > VALID_FOR.toNanos()) {
      LOG.warn(
          "{} not posted: its response_url is over {} minutes old", what, VALID_FOR.toMinutes());
      return false;
    }
    if (used.incrementAndGet() > MAX_USES) {
      LOG.warn("{} not posted: its response_url was already used {} times", what, MAX_USES);
      return false;
    }
    return true;
  }
}
