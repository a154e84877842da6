package dev.ratebot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpsTest {
  @Test
  void fiveFollowUpsMayBeSentToOneInteractionAndNoSixth() {
    FollowUps followUps = new FollowUps();

    List<Boolean> taken = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      taken.add(followUps.take());
    }

    assertThat(taken).containsExactly(true, true, true, true, true, false, false);
  }

  @Test
  void eachInteractionHasItsOwnFive() {
    FollowUps first = new FollowUps();
    for (int i = 0; i < FollowUps.MAX; i++) {
      first.take();
    }

    assertThat(first.take()).isFalse();
    assertThat(new FollowUps().take()).isTrue();
  }
}
