package dev.ratebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class AdministrationTest {
  private final MovingClock clock = new MovingClock();
  private final Administration operations =
      new Administration(Set.of("slack:UOPS", "discord:42"), clock);

  @Test
  void theListedUsersAndTheConsoleMayRunAdminCommandsNobodyElse() {
    assertThat(operations.allows("slack:UOPS")).isTrue();
    assertThat(operations.allows("discord:42")).isTrue();
    assertThat(operations.allows("console:you")).isTrue();
    assertThat(operations.allows("discord:UOPS")).isFalse();
    assertThat(operations.allows("slack:U1")).isFalse();
    assertThat(operations.allows("")).isFalse();
  }

  @Test
  void aRefusalIsLoggedOnceWithTheCallersId() {
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger logger = (Logger) LoggerFactory.getLogger(Administration.class);
    log.start();
    logger.addAppender(log);
    try {
      operations.refused("slack:U1");
    } finally {
      logger.detachAppender(log);
    }

    assertThat(log.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly("admin command refused to slack:U1");
  }

  @Test
  void factsCountQuestionsAndProblemsAndTellUptimeAndPlatforms() {
    RequestHandler counted =
        operations.counting(
            request ->
                request.text().isEmpty()
                    ? Problem.user("say something")
                    : new Info("ok", List.of()));
    counted.handle(new Request("latam", "U1", "", Platform.SLACK));
    counted.handle(new Request("", "U1", "", Platform.SLACK));
    counted.handle(new Request("cee", "U1", "", Platform.SLACK));
    clock.now = clock.now.plus(Duration.ofMinutes(90)).plusMillis(300);
    operations.serving(List.of("Slack", "Discord"));

    assertThat(operations.facts())
        .containsEntry("up for", "PT1H30M")
        .containsEntry("serving", "Slack, Discord")
        .containsEntry("questions answered", "3 (1 not answered)")
        .containsKey("ratebot");
  }

  private static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-12-01T00:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
