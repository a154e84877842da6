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
  void sharesAreCountedPerAnswerAndUserWithoutKeepingItLonger() {
    String id = store.keep(Problem.user("kept"));
    String other = store.keep(Problem.user("other"));

    nanos.addAndGet(Duration.ofMinutes(29).toNanos());
    assertThat(store.countShare(id, "U1")).hasValue(1);
    assertThat(store.countShare(id, "U1")).hasValue(2);
    assertThat(store.countShare(id, "U2")).hasValue(1);
    assertThat(store.countShare(other, "U1")).hasValue(1);
    nanos.addAndGet(Duration.ofMinutes(2).toNanos());
    assertThat(store.countShare(id, "U1")).isEmpty();
    assertThat(store.countShare("not-an-id", "U1")).isEmpty();
  }

  @Test
  void theSameReplyShownAgainKeepsItsIdAndItsTimeStartsAgain() {
    Reply cached = Problem.user("kept");
    String id = store.keep(cached);

    nanos.addAndGet(Duration.ofMinutes(20).toNanos());
    assertThat(store.keep(cached)).isEqualTo(id);
    assertThat(store.keep(Problem.user("kept")))
        .as("an equal reply, not the same")
        .isNotEqualTo(id);
    nanos.addAndGet(Duration.ofMinutes(29).toNanos());

    assertThat(store.find(id)).as("kept 30 min after it was last shown").contains(cached);
  }

  @Test
  void aReplyShownForLongerThanItsTermGetsANewIdAndFreshShareCounts() {
    Reply cached = Problem.user("kept");
    String first = store.keep(cached);
    store.countShare(first, "U1");

    nanos.addAndGet(Duration.ofMinutes(31).toNanos());
    String second = store.keep(cached);

    assertThat(second).isNotEqualTo(first);
    assertThat(store.countShare(second, "U1")).hasValue(1);
    assertThat(store.find(first)).isEmpty();
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
