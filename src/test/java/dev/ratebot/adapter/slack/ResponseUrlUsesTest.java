package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ResponseUrlUsesTest {
  final AtomicLong nanos = new AtomicLong(1_000);

  @Test
  void slacksFivePostsAreTakenAndASixthIsNotSent() {
    ResponseUrlUses uses = new ResponseUrlUses(nanos::get);

    List<Boolean> taken = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      taken.add(uses.take("An answer"));
    }

    assertThat(taken).containsExactly(true, true, true, true, true, false, false);
  }

  @Test
  void aResponseUrlOverThirtyMinutesOldIsNotUsedEvenUnused() {
    ResponseUrlUses uses = new ResponseUrlUses(nanos::get);
    nanos.addAndGet(Duration.ofMinutes(30).toNanos());
    assertThat(uses.take("An answer")).as("at 30 minutes exactly").isTrue();

    nanos.addAndGet(1);

    assertThat(uses.take("An answer")).isFalse();
  }

  @Test
  void theLogLineNeverCarriesTheUrl() {
    try (LogCapture log = new LogCapture(ch.qos.logback.classic.Level.INFO)) {
      ResponseUrlUses uses = new ResponseUrlUses(nanos::get);
      for (int i = 0; i <= ResponseUrlUses.MAX_USES; i++) {
        uses.take("A /rate answer");
      }

      assertThat(log.lines())
          .filteredOn(line -> line.contains("response_url"))
          .containsExactly(
              "WARN A /rate answer not posted: its response_url was already used 5 times");
    }
  }
}
