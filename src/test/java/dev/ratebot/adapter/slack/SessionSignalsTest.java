package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratebot.adapter.chat.ChatSignals;
import dev.ratebot.adapter.chat.ChatSignals.Signal;
import dev.ratebot.adapter.ops.Readiness;
import dev.ratebot.app.Wiring;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.fake.slack.Ack;
import dev.ratebot.fake.slack.ApiCall;
import dev.ratebot.fake.slack.FakeSlack;
import dev.ratebot.fake.slack.SocketClose;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real Bolt and Tyrus client against the fake Slack: connected and heard once the connection is
 * verified, a refresh (a new connection's hello) is a reconnect, and closing is a disconnect; a
 * connection that stops answering pings is reported and replaced, and closed.
 */
@Timeout(120)
class SessionSignalsTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Duration FIFTEEN_S = Duration.ofSeconds(15);
  private static final String OPEN = "apps.connections.open";

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

  @Test
  void aSessionThatStopsAnsweringPingsIsReplacedWithin15sAndTheZombieClosed() throws Exception {
    Readiness readiness = new Readiness(Clock.systemUTC()).expect(Platform.SLACK);
    readiness.datasetLoaded("test");
    try (FakeSlack slack = FakeSlack.start()) {
      SlackAdapter adapter =
          new SlackAdapter(
              new SlackSettings("xoxb-zombie", "xapp-1-zombie", slack.apiUrl()),
              Wiring.bundledHandler(),
              Wiring.bundledCommands(),
              (platform, signal) -> {
                readiness.signal(platform, signal);
                recorder.signal(platform, signal);
              });
      adapter.start();
      boolean readyAtStart = readiness.check().ready();
      int opened = slack.calls(OPEN).size();
      slack.holdSocketUrls();

      long frozenAt = System.nanoTime();
      slack.freezeConnection();
      ApiCall reopened = slack.awaitCalls(OPEN, opened + 1, WAIT).get(opened);
      Readiness.Report duringZombie = readiness.check();
      slack.releaseSocketUrls();
      boolean replaced = slack.awaitConnections(2, WAIT);
      long newSocketAfter = System.nanoTime() - frozenAt;
      FakeSlack.Sent atOnce = slack.slashCommand("senior python cee", "U2");
      Ack ackAtOnce = atOnce.ack().get(3, TimeUnit.SECONDS);
      SocketClose zombie = slack.awaitClose(WAIT);
      Signal reconnected = next(Signal.RECONNECTED);
      JsonNode answer =
          slack.awaitAnswer(
              slack.slashCommand("senior python latam", "U1"), Duration.ofSeconds(10));
      Readiness.Report after = readiness.check();
      int open = slack.openConnections();
      adapter.close();

      assertThat(readyAtStart).isTrue();
      assertThat(Duration.ofNanos(reopened.receivedNanos() - frozenAt)).isLessThan(FIFTEEN_S);
      assertThat(duringZombie.ready()).isFalse();
      assertThat(duringZombie.parts()).containsEntry("slack", "disconnected");
      assertThat(replaced).isTrue();
      assertThat(Duration.ofNanos(newSocketAfter)).isLessThan(FIFTEEN_S);
      assertThat(ackAtOnce.envelopeId())
          .as("a command on the new connection is acked on it")
          .isEqualTo(atOnce.envelopeId());
      assertThat(zombie).isNotNull();
      assertThat(zombie.number()).as("the zombie is the one closed").isEqualTo(1);
      assertThat(zombie.remote()).as("closed by the bot").isTrue();
      assertThat(reconnected).isEqualTo(Signal.RECONNECTED);
      assertThat(SlackAdapterTest.allText(answer)).contains("Latin America");
      assertThat(after.ready()).isTrue();
      assertThat(open).as("no socket leaked (Slack allows 10 per app)").isEqualTo(1);
    }
  }
}
