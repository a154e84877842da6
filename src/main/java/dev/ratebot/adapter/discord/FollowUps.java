package dev.ratebot.adapter.discord;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The follow-ups left to one interaction. Discord allows a user-installed app that is not installed
 * where it is used 5 follow-ups per interaction (discord-api-docs, receiving-and-responding: Create
 * Followup Message; the 6th fails with JSON code 40094). The bot keeps to 5 everywhere rather than
 * tell the two kinds of install apart; today an interaction gets at most one.
 */
final class FollowUps {
  static final int MAX = 5;

  private final AtomicInteger sent = new AtomicInteger();

  /** True when one more follow-up may be sent, counting it; false once the 5 are used. */
  boolean take() {
    return sent.incrementAndGet() <= MAX;
  }
}
