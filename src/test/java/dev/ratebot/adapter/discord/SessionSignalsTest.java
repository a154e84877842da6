package dev.ratebot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.adapter.chat.ChatSignals;
import dev.ratebot.adapter.chat.ChatSignals.Signal;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.fake.discord.FakeDiscord;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real JDA against the fake gateway: a session reports identified and connected, every
 * heartbeat ACK is "heard", and a dropped connection is disconnected, then reconnected by RESUME.
 */
@Timeout(120)
class SessionSignalsTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final BlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
  private final ChatSignals recorder =
      (platform, signal) -> {
        assertThat(platform).isEqualTo(Platform.DISCORD);
        signals.add(signal);
      };

  private Signal next(Signal wanted) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      Signal signal = signals.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (signal == wanted) {
        return signal;
      }
    }
    return null;
  }

  @Test
  void heartbeatAcksAreHeardAndAResumeIsAReconnect() throws Exception {
    try (FakeDiscord discord = FakeDiscord.start(Duration.ofMillis(300));
        DiscordAdapter adapter =
            new DiscordAdapter(
                Fixtures.settings(discord),
                request -> Fixtures.answer(request.text()).build(),
                Fixtures.registry(),
                recorder)) {
      adapter.start();
      List<Signal> atStart = List.of(next(Signal.IDENTIFIED), next(Signal.CONNECTED));
      discord.gatewayReceived().await(FakeDiscord.op(1), 5, WAIT);
      int heard = 0;
      while (heard < 3 && next(Signal.HEARD) != null) {
        heard++;
      }
      discord.closeGateway(4000, "Unknown error");

      assertThat(atStart).containsExactly(Signal.IDENTIFIED, Signal.CONNECTED);
      assertThat(heard).as("heartbeat ACKs heard").isEqualTo(3);
      assertThat(next(Signal.DISCONNECTED)).isNotNull();
      assertThat(next(Signal.RECONNECTED)).isNotNull();
      assertThat(next(Signal.CONNECTED)).isNotNull();
      assertThat(discord.gatewayReceived().matching(FakeDiscord.op(2))).hasSize(1);
    }
  }
}
