package dev.ratebot.core.dispatch;

/** Where a request came from; used for rate limits and logs, never to change the answer. */
public enum Platform {
  CONSOLE,
  SLACK,
  DISCORD
}
