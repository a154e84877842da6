package dev.ratebot.adapter.discord;

import static dev.ratebot.adapter.discord.DiscordHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.app.Wiring;
import dev.ratebot.fake.discord.DiscordPayloads;
import dev.ratebot.fake.discord.FakeDiscord;
import dev.ratebot.fake.discord.RecordedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 300 slash commands from 300 users in one burst: every one is answered once, in the first
 * response, each within Discord's 3 s, measured from the moment the fake gateway sent the
 * interaction to the moment the callback reached the fake REST API; nobody is told they ask too
 * fast. And a burst of mentions beyond the queue: every one gets exactly one reply, through the
 * fake's 429s.
 */
@Timeout(180)
class DiscordAdapterBurstTest {
  static final int BURST = 300;

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
          .allSatisfy(c -> assertThat(c.body().path("type").asInt()).isEqualTo(4))
          .allSatisfy(c -> assertThat(c.body().path("data").path("embeds")).hasSize(1))
          .allSatisfy(c -> assertThat(c.body().toString()).doesNotContain("faster", "busy"));
      assertThat(lastCallback.body().path("type").asInt()).isEqualTo(4);
      assertThat(harness.discord.calls().matching(c -> c.method().equals("PATCH"))).isEmpty();
      assertThat(harness.requests).hasSize(WARM_UP + BURST + 1);
      assertThat(harness.requests.stream().map(r -> r.userId()).distinct())
          .hasSize(WARM_UP + BURST + 1);
    }
  }

  @Test
  void aMentionBurstBeyondTheQueueGetsShortRepliesAndNoMentionIsLost() throws Exception {
    int mentions = 300;
    int queue = 60;
    try (DiscordHarness harness =
        DiscordHarness.withMentionQueue(Wiring.bundledHandler(), Wiring.bundledCommands(), queue)) {
      Set<String> sent = new HashSet<>();
      for (int i = 0; i < mentions; i++) {
        String user = Long.toString(1_300_000_000_000_300_000L + i);
        String channel = DiscordPayloads.busyChannelId(i % DiscordPayloads.BUSY_CHANNELS);
        sent.add(
            harness.discord.messageCreate(
                DiscordPayloads.guildMention(
                    user, "<@" + DiscordPayloads.BOT_ID + "> senior python latam", channel)));
      }

      List<RecordedCall> replies =
          harness
              .discord
              .calls()
              .await(c -> sent.contains(repliedTo(c)), mentions, WAIT.multipliedBy(3));

      assertThat(replies.stream().map(DiscordAdapterBurstTest::repliedTo).distinct())
          .hasSize(mentions);
      List<RecordedCall> answers =
          replies.stream().filter(c -> !c.body().path("embeds").isEmpty()).toList();
      List<RecordedCall> busy =
          replies.stream().filter(c -> c.body().path("embeds").isEmpty()).toList();
      assertThat(answers).hasSizeGreaterThanOrEqualTo(queue);
      assertThat(busy)
          .isNotEmpty()
          .allSatisfy(
              c ->
                  assertThat(c.body().path("content").asText())
                      .containsPattern("try again in [0-9]+ s")
                      .doesNotContain("faster"));
      assertThat(harness.discord.rateLimited().all()).as("the fake's 429s were met").isNotEmpty();
      System.out.printf(
          "Discord mention burst of %d (queue %d): %d answers, %d busy replies, %d requests"
              + " refused with 429 and retried%n",
          mentions, queue, answers.size(), busy.size(), harness.discord.rateLimited().all().size());
    }
  }

  private static String repliedTo(RecordedCall call) {
    return call.is("POST", "channels/\\d+/messages")
        ? call.body().path("message_reference").path("message_id").asText()
        : "";
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
