package dev.ratebot.adapter.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.adapter.chat.ChatSignals.Signal;
import dev.ratebot.core.dispatch.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadinessTest {
  /** A clock the test moves by hand. */
  private static final class Hands extends Clock {
    private Instant now = Instant.parse("2026-12-01T00:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final Hands clock = new Hands();
  private final Readiness readiness = new Readiness(clock).expect(Platform.DISCORD);

  @Test
  void readyOnceTheDatasetIsLoadedAndTheGatewayConnected() {
    readiness.datasetLoaded("v1");
    readiness.signal(Platform.DISCORD, Signal.CONNECTED);

    assertThat(readiness.check().ready()).isTrue();
    assertThat(readiness.check().parts()).isEqualTo(Map.of("dataset", "ok", "discord", "ok"));
  }

  @Test
  void heartbeatAcksWithinTwoIntervalsKeepDiscordReady() {
    readiness.datasetLoaded("v1");
    readiness.signal(Platform.DISCORD, Signal.CONNECTED);
    for (int beat = 0; beat < 5; beat++) {
      clock.advance(Duration.ofMillis(41_250));
      readiness.signal(Platform.DISCORD, Signal.HEARD);
    }
    clock.advance(Duration.ofSeconds(82));

    assertThat(readiness.check().ready()).isTrue();
  }

  @Test
  void aConnectionWithoutHeartbeatAcksIsNotReady() {
    readiness.datasetLoaded("v1");
    readiness.signal(Platform.DISCORD, Signal.CONNECTED);
    clock.advance(Readiness.DISCORD_SILENCE.plusSeconds(1));

    Readiness.Report report = readiness.check();

    assertThat(report.ready()).isFalse();
    assertThat(report.parts())
        .containsEntry("discord", "connected but not heard from for 91 s")
        .containsEntry("dataset", "ok");
  }

  @Test
  void aDisconnectedPlatformIsNotReadyEvenWhenHeardFromJustBefore() {
    readiness.datasetLoaded("v1");
    readiness.signal(Platform.DISCORD, Signal.CONNECTED);
    readiness.signal(Platform.DISCORD, Signal.HEARD);
    readiness.signal(Platform.DISCORD, Signal.DISCONNECTED);

    assertThat(readiness.check().parts()).containsEntry("discord", "disconnected");
    readiness.signal(Platform.DISCORD, Signal.CONNECTED);
    assertThat(readiness.check().ready()).isTrue();
  }

  @Test
  void platformsNotConfiguredAreNotChecked() {
    readiness.datasetLoaded("v1");
    readiness.signal(Platform.DISCORD, Signal.CONNECTED);
    readiness.signal(Platform.SLACK, Signal.DISCONNECTED);

    assertThat(readiness.check().ready()).isTrue();
    assertThat(readiness.check().parts()).doesNotContainKey("slack");
  }
}
