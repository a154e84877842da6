package dev.ratebot.adapter.discord;

import static dev.ratebot.fake.discord.FakeDiscord.op;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratebot.adapter.chat.ChatSignals;
import dev.ratebot.adapter.chat.ChatSignals.Signal;
import dev.ratebot.adapter.ops.OpsMetrics;
import dev.ratebot.adapter.ops.Readiness;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.fake.discord.DiscordPayloads;
import dev.ratebot.fake.discord.FakeDiscord;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A zombie gateway connection: the fake keeps the socket open but stops acknowledging heartbeats
 * and holds dispatches. JDA counts two unacknowledged heartbeats, closes the socket with 4900 at
 * the third and RESUMEs on a new one, where the mention sent meanwhile is replayed and answered;
 * readiness says "not heard from" before the close and "ok" after the RESUME.
 */
@Timeout(120)
class DiscordAdapterZombieTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final Duration BEAT = Duration.ofMillis(800);

  /**
   * Scaled as in production: two intervals and a margin (90 s against Discord's 41.25 s). JDA
   * closes a zombie at the third beat after the last ACK, so readiness has said "not heard from"
   * for 0.9 of a beat by then.
   */
  static final Duration SILENCE = BEAT.multipliedBy(21).dividedBy(10);

  static final String USER = "1300000000000009003";

  /** A signal with what readiness said of Discord just before and just after it. */
  record Seen(Signal signal, String before, String after) {}

  final Readiness readiness = new Readiness(Clock.systemUTC()).expect(Platform.DISCORD, SILENCE);
  final OpsMetrics metrics = new OpsMetrics();
  final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();
  final ChatSignals signals =
      (platform, signal) -> {
        String before = readiness.check().parts().get("discord");
        readiness.signal(platform, signal);
        metrics.signal(platform, signal);
        seen.add(new Seen(signal, before, readiness.check().parts().get("discord")));
      };

  @Test
  void aZombieConnectionIsClosedAndResumedAndWhatCameMeanwhileIsAnswered() throws Exception {
    try (FakeDiscord discord = FakeDiscord.start(BEAT);
        DiscordAdapter adapter =
            new DiscordAdapter(
                Fixtures.settings(discord),
                request -> Fixtures.answer(request.text()).build(),
                Fixtures.registry(),
                signals)) {
      adapter.start();
      next(Signal.CONNECTED);
      assertThat(next(Signal.HEARD).after()).isEqualTo("ok");
      String session = discord.gatewaySessionId();
      int lastSeen = discord.gatewaySequence();

      discord.withholdHeartbeatAcks();
      // A mention, not /rate: in production the gap outlasts an interaction's 3 s to respond.
      String missed =
          discord.messageCreate(
              DiscordPayloads.guildMention(
                  USER, "<@" + DiscordPayloads.BOT_ID + "> sent to a zombie"));

      FakeDiscord.ClientClose close = discord.gatewayClosedByClient().awaitOne(c -> true, WAIT);
      assertThat(close.connection()).isEqualTo(1);
      assertThat(close.code()).isEqualTo(4900);
      JsonNode resume = discord.gatewayReceived().awaitOne(op(6), WAIT);
      assertThat(resume.path("connection").asInt()).isEqualTo(2);
      assertThat(resume.path("d").path("session_id").asText()).isEqualTo(session);
      assertThat(resume.path("d").path("seq").asInt()).isEqualTo(lastSeen);
      JsonNode answer =
          discord
              .calls()
              .awaitOne(
                  c ->
                      c.is("POST", "channels/\\d+/messages")
                          && c.body()
                              .path("message_reference")
                              .path("message_id")
                              .asText()
                              .equals(missed),
                  WAIT)
              .body();
      assertThat(answer.path("embeds").get(0).path("title").asText())
          .isEqualTo("Answer for sent to a zombie");
      assertThat(discord.gatewayReceived().matching(op(1).and(p -> connection(p) == 1)))
          .as("heartbeats on the zombie: two unanswered, then the close")
          .hasSizeGreaterThanOrEqualTo(2);

      Seen lost = next(Signal.DISCONNECTED);
      assertThat(lost.before()).startsWith("connected but not heard from for");
      assertThat(lost.after()).isEqualTo("disconnected");
      assertThat(next(Signal.RECONNECTED)).isNotNull();
      assertThat(next(Signal.CONNECTED).after()).isEqualTo("ok");
      assertThat(discord.gatewayReceived().matching(op(2))).as("IDENTIFY").hasSize(1);
      assertThat(metrics.scrape())
          .contains("ratebot_reconnects_total{platform=\"discord\"} 1.0")
          .contains("ratebot_gateway_identifies_total{platform=\"discord\"} 1.0")
          .contains("ratebot_connected{platform=\"discord\"} 1.0");
    } finally {
      metrics.close();
    }
  }

  private static int connection(JsonNode payload) {
    return payload.path("connection").asInt();
  }

  /** The next signal of this kind, skipping others; fails when none comes in time. */
  private Seen next(Signal wanted) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      Seen one = seen.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (one != null && one.signal() == wanted) {
        return one;
      }
    }
    throw new AssertionError("no " + wanted + " signal within " + WAIT);
  }
}
