package dev.ratebot.adapter.slack;

/**
 * The bounds of the Slack adapter's queues and pools (the README's Operations section lists what a
 * user sees at each).
 *
 * @param socketQueue raw envelopes waiting to be acked; beyond it a command is told "busy" in its
 *     ack and an event is left unacked for Slack to deliver again
 * @param socketPollers polls of the SDK's one processor thread, each taking one envelope per 10 ms
 *     (the SDK's default, 10, caps a burst at 1,000 envelopes a second)
 * @param outboxThreads threads that answer and post; the dispatcher takes microseconds, a post a
 *     round trip
 * @param outboxQueue answers waiting for an outbox thread; beyond it the user is told "busy, try
 *     again in 10 s"
 */
record SlackLimits(int socketQueue, int socketPollers, int outboxThreads, int outboxQueue) {
  SlackLimits {
    if (socketQueue < 1 || socketPollers < 1 || outboxThreads < 1 || outboxQueue < 1) {
      throw new IllegalArgumentException("every Slack limit must be at least 1");
    }
  }

  static SlackLimits defaults() {
    return new SlackLimits(2_000, 32, 8, 5_000);
  }
}
