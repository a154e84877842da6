package dev.ratebot.adapter.discord;

import static dev.ratebot.adapter.discord.DiscordHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.app.Wiring;
import dev.ratebot.fake.discord.FakeDiscord;
import dev.ratebot.fake.discord.RecordedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 200 slash commands from 200 users in one burst: every one is answered once, each within Discord's
 * 3 s, measured from the moment the fake gateway sent the interaction to the moment the callback
 * reached the fake REST API.
 */
@Timeout(180)
class DiscordAdapterBurstTest {
  static final int BURST = 200;

  /** Interactions answered before the burst, so the burst meets a running bot, not a cold JVM. */
  static final int WARM_UP = 50;

  static final Duration DEADLINE = Duration.ofSeconds(3);

  @Test
  void everyInteractionOfABurstIsAnsweredOnceWithinTheDeadline() throws Exception {
    try (DiscordHarness harness =
        DiscordHarness.start(Wiring.bundledHandler(), Wiring.bundledCommands(), true)) {
      List<String> warm = new ArrayList<>();
      for (int i = 0; i < WARM_UP; i++) {
        String user = Long.toString(1_300_000_000_000_200_000L + i);
        warm.add(harness.discord.slashCommand(user, Map.of("query", "latam")));
      }
      harness.discord.calls().await(c -> c.path().endsWith("/callback"), WARM_UP, WAIT);
      long cpuBefore = processCpuNanos();
      Map<String, Long> sentAt = new HashMap<>();
      for (int i = 0; i < BURST; i++) {
        String user = Long.toString(1_300_000_000_000_100_000L + i);
        long now = System.nanoTime();
        String token = harness.discord.slashCommand(user, Map.of("query", "senior python latam"));
        sentAt.put(token, now);
      }

      List<RecordedCall> callbacks =
          harness
              .discord
              .calls()
              .await(
                  c -> c.path().endsWith("/callback") && sentAt.containsKey(token(c)),
                  BURST,
                  WAIT.multipliedBy(2));
      long cpu = processCpuNanos() - cpuBefore;
      String last = harness.discord.slashCommand("1300000000000199999", Map.of("query", "latam"));
      RecordedCall lastCallback =
          harness.discord.calls().awaitOne(FakeDiscord.callbackFor(last), WAIT);

      Map<String, Long> perToken =
          harness.discord.calls().matching(c -> c.path().endsWith("/callback")).stream()
              .map(DiscordAdapterBurstTest::token)
              .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      assertThat(perToken).hasSize(warm.size() + BURST + 1);
      assertThat(perToken.values()).allMatch(n -> n == 1);
      List<Duration> latencies = new ArrayList<>();
      for (RecordedCall callback : callbacks) {
        latencies.add(Duration.ofNanos(callback.nanos() - sentAt.get(token(callback))));
      }
      Collections.sort(latencies);
      System.out.printf(
          "Discord burst of %d interactions: callback latency p50=%d ms p95=%d ms max=%d ms%n",
          BURST,
          percentile(latencies, 50).toMillis(),
          percentile(latencies, 95).toMillis(),
          latencies.get(latencies.size() - 1).toMillis());
      List<RecordedCall> deferred =
          callbacks.stream().filter(c -> c.body().path("type").asInt() == 5).toList();
      System.out.printf(
          "Discord burst: %d answered directly, %d deferred; %.1f ms of CPU per interaction (bot"
              + " and fake Discord together, %d cores)%n",
          BURST - deferred.size(),
          deferred.size(),
          cpu / 1e6 / BURST,
          Runtime.getRuntime().availableProcessors());
      assertThat(latencies).allSatisfy(l -> assertThat(l).isLessThanOrEqualTo(DEADLINE));
      assertThat(callbacks)
          .filteredOn(c -> c.body().path("type").asInt() == 4)
          .allSatisfy(c -> assertThat(c.body().path("data").path("embeds")).hasSize(1));
      for (RecordedCall deferral : deferred) {
        RecordedCall edit =
            harness.discord.calls().awaitOne(FakeDiscord.editOriginalOf(token(deferral)), WAIT);
        assertThat(edit.body().path("embeds")).hasSize(1);
      }
      if (lastCallback.body().path("type").asInt() == 5) {
        harness.discord.calls().awaitOne(FakeDiscord.editOriginalOf(last), WAIT);
      }
      assertThat(harness.requests).hasSize(WARM_UP + BURST + 1);
      assertThat(harness.requests.stream().map(r -> r.userId()).distinct())
          .hasSize(WARM_UP + BURST + 1);
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String token(RecordedCall callback) {
    String[] parts = callback.path().split("/");
    return parts[2];
  }

  private static Duration percentile(List<Duration> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }
}
