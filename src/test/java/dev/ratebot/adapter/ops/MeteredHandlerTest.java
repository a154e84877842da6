package dev.ratebot.adapter.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.ratebot.app.Wiring;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.reply.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class MeteredHandlerTest {
  private record Metered(Platform platform, String command, Outcome outcome, Duration latency) {}

  private final List<Metered> metered = new ArrayList<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(MeteredHandler.class);
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final MeteredHandler handler =
      new MeteredHandler(
          Wiring.bundledHandler(),
          Wiring.bundledCommands(),
          (platform, command, outcome, latency) ->
              metered.add(new Metered(platform, command, outcome, latency)));

  MeteredHandlerTest() {
    log.start();
    logger.addAppender(log);
  }

  @AfterEach
  void detach() {
    logger.detachAppender(log);
  }

  @Test
  void eachCommandIsMeteredOnceWithItsWordAndOutcome() {
    handler.handle(new Request("senior python latam", "U1", "C1", Platform.SLACK));
    handler.handle(new Request("rank senior python", "U1", "C1", Platform.SLACK));
    handler.handle(new Request("", "U1", "C1", Platform.DISCORD));
    handler.handle(new Request("", Map.of("level", "senior"), "U1", "C1", Platform.DISCORD));
    handler.handle(new Request("xyzzy plugh", "U1", "C1", Platform.SLACK));

    assertThat(metered)
        .extracting(Metered::command, Metered::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("rate", Outcome.ANSWERED),
            org.assertj.core.groups.Tuple.tuple("rank", Outcome.ANSWERED),
            org.assertj.core.groups.Tuple.tuple("help", Outcome.ANSWERED),
            org.assertj.core.groups.Tuple.tuple("rate", Outcome.ANSWERED),
            org.assertj.core.groups.Tuple.tuple("rate", Outcome.USER_ERROR));
    assertThat(metered).allSatisfy(m -> assertThat(m.latency()).isPositive());
  }

  @Test
  void faultsAndRefusalsAreTheirOwnOutcomes() {
    MeteredHandler failing =
        new MeteredHandler(
            request -> Problem.internal("E-00000000"),
            Wiring.bundledCommands(),
            (platform, command, outcome, latency) ->
                metered.add(new Metered(platform, command, outcome, latency)));
    MeteredHandler refusing =
        new MeteredHandler(
            request -> Problem.rateLimited(3),
            Wiring.bundledCommands(),
            (platform, command, outcome, latency) ->
                metered.add(new Metered(platform, command, outcome, latency)));

    failing.handle(new Request("senior python latam", "U1", "C1", Platform.SLACK));
    refusing.handle(new Request("senior python latam", "U1", "C1", Platform.SLACK));

    assertThat(metered)
        .extracting(Metered::outcome)
        .containsExactly(Outcome.FAULT, Outcome.RATE_LIMITED);
  }

  @Test
  void oneInfoLinePerCommandWithoutTheUsersText() {
    handler.handle(new Request("senior python latam secret-plan-x", "U1", "C1", Platform.SLACK));

    assertThat(log.list).hasSize(1);
    ILoggingEvent line = log.list.get(0);
    assertThat(line.getLevel()).isEqualTo(ch.qos.logback.classic.Level.INFO);
    assertThat(line.getFormattedMessage())
        .matches("answered slack rate: (answered|user_error) in \\d+ ms")
        .doesNotContain("secret-plan-x")
        .doesNotContain("python");
    assertThat(line.getKeyValuePairs())
        .extracting(kv -> kv.key)
        .containsExactly("platform", "command", "outcome", "latency_ms");
  }
}
