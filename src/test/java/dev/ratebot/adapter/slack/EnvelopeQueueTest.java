package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvelopeQueueTest {
  @Test
  void aMessageBeyondTheBoundGoesToTheOverflowAndTheQueueKeepsOrder() {
    List<String> shed = new ArrayList<>();
    EnvelopeQueue queue = new EnvelopeQueue(2, shed::add);

    queue.add("a");
    queue.add("b");
    queue.add("c");

    assertThat(shed).containsExactly("c");
    assertThat(queue.poll()).isEqualTo("a");
    queue.add("d");
    assertThat(queue.poll()).isEqualTo("b");
    assertThat(queue.poll()).isEqualTo("d");
    assertThat(queue.poll()).isNull();
    assertThat(shed).containsExactly("c");
  }
}
