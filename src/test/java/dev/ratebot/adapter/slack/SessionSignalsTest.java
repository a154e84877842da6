package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.adapter.chat.ChatSignals;
import dev.ratebot.adapter.chat.ChatSignals.Signal;
import dev.ratebot.app.Wiring;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.fake.slack.FakeSlack;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real Bolt and Tyrus client against the fake Slack: connected and heard once the connection is
 * verified, a refresh (a new connection's hello) is a reconnect, and closing is a disconnect.
 */
@Timeout(120)
class SessionSignalsTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final BlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
  private final ChatSignals recorder =
      (platform, signal) -> {
        assertThat(platform).isEqualTo(Platform.SLACK);
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
  void connectRefreshAndClose() throws Exception {
    try (FakeSlack slack = FakeSlack.start()) {
      SlackAdapter adapter =
          new SlackAdapter(
              new SlackSettings("xoxb-signals", "xapp-1-signals", slack.apiUrl()),
              Wiring.bundledHandler(),
              Wiring.bundledCommands(),
              recorder);
      adapter.start();
      Signal first = signals.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
      Signal second = signals.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
      slack.requestRefresh();
      assertThat(slack.awaitConnections(2, WAIT)).isTrue();
      Signal reconnected = next(Signal.RECONNECTED);
      adapter.close();

      assertThat(first).isEqualTo(Signal.CONNECTED);
      assertThat(second).isEqualTo(Signal.HEARD);
      assertThat(reconnected).isEqualTo(Signal.RECONNECTED);
      assertThat(next(Signal.DISCONNECTED)).isNotNull();
    }
  }
}
