package dev.ratebot.adapter.ops;

import dev.ratebot.core.dispatch.Platform;
import java.time.Duration;

/** Where each answered command is counted and timed. */
@FunctionalInterface
public interface CommandMeter {
  void answered(Platform platform, String command, Outcome outcome, Duration latency);
}
