package dev.ratebot.adapter.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InMemoryAnswerStoreTest {
  private final AtomicLong nanos = new AtomicLong();
  private final InMemoryAnswerStore store =
      new InMemoryAnswerStore(3, Duration.ofMinutes(30), nanos::get);

  @Test
  void aKeptReplyIsFoundUntilItsTimeIsUpThenNeverAgain() {
    Reply reply = Problem.user("kept");
    String id = store.keep(reply);

    nanos.addAndGet(Duration.ofMinutes(29).toNanos());
    assertThat(store.find(id)).contains(reply);
    nanos.addAndGet(Duration.ofMinutes(2).toNanos());
    assertThat(store.find(id)).isEmpty();
  }

  @Test
  void sharesAreCountedPerAnswerWithoutKeepingItLonger() {
    String id = store.keep(Problem.user("kept"));
    String other = store.keep(Problem.user("other"));

    nanos.addAndGet(Duration.ofMinutes(29).toNanos());
    assertThat(store.countShare(id)).hasValue(1);
    assertThat(store.countShare(id)).hasValue(2);
    assertThat(store.countShare(other)).hasValue(1);
    nanos.addAndGet(Duration.ofMinutes(2).toNanos());
    assertThat(store.countShare(id)).isEmpty();
    assertThat(store.countShare("not-an-id")).isEmpty();
  }

  @Test
  void idsAreShortUrlSafeAndDistinct() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      ids.add(store.keep(Problem.user("x")));
    }
    assertThat(ids).hasSize(1_000).allMatch(id -> id.matches("[A-Za-z0-9_-]{12}"));
    assertThat(store.find("not-an-id")).isEmpty();
  }

  @Test
  void itNeverHoldsMoreThanItsCapacity() {
    for (int i = 0; i < 100; i++) {
      store.keep(Problem.user("x" + i));
    }

    assertThat(store.size()).isEqualTo(3);
  }

  @Test
  void repliesAreKeptAtLeastADiscordTokensLife() {
    assertThatThrownBy(() -> new InMemoryAnswerStore(10, Duration.ofMinutes(14), System::nanoTime))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
