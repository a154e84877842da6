package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentEventIdsTest {
  @Test
  void anIdIsFirstSeenOnce() {
    RecentEventIds recent = new RecentEventIds(10);

    assertThat(recent.firstSeen("Ev1")).isTrue();
    assertThat(recent.firstSeen("Ev1")).isFalse();
    assertThat(recent.firstSeen("Ev2")).isTrue();
  }

  @Test
  void missingIdsAreNeverRepeats() {
    RecentEventIds recent = new RecentEventIds(10);

    assertThat(recent.firstSeen(null)).isTrue();
    assertThat(recent.firstSeen(null)).isTrue();
    assertThat(recent.firstSeen("")).isTrue();
  }

  @Test
  void forgetsTheOldestBeyondItsCapacity() {
    RecentEventIds recent = new RecentEventIds(2);
    recent.firstSeen("Ev1");
    recent.firstSeen("Ev2");
    recent.firstSeen("Ev3");

    assertThat(recent.firstSeen("Ev3")).isFalse();
    assertThat(recent.firstSeen("Ev1")).isTrue();
  }
}
