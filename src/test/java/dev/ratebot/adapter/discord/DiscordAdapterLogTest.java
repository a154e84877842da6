package dev.ratebot.adapter.discord;

import static dev.ratebot.adapter.discord.DiscordHarness.WAIT;
import static dev.ratebot.fake.discord.FakeDiscord.callbackFor;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.ratebot.fake.discord.FakeDiscord;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * No log line of the bot, at any level and from any library it uses, contains the bot token. The
 * fake Discord's own WebSocket server library, which plays Discord receiving the token, is left
 * out.
 */
@Timeout(120)
class DiscordAdapterLogTest {
  @Test
  void theTokenNeverReachesTheLog() throws Exception {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger ratebot = (Logger) LoggerFactory.getLogger("dev.ratebot");
    Level rootLevel = root.getLevel();
    Level ratebotLevel = ratebot.getLevel();
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    root.addAppender(captured);
    root.setLevel(Level.TRACE);
    ratebot.setLevel(Level.TRACE);
    try (DiscordHarness harness = DiscordHarness.start(r -> Fixtures.answer(r.text()).build())) {
      String token = harness.discord.slashCommand("1300000000000009301", Map.of("query", "latam"));
      harness.discord.calls().awaitOne(callbackFor(token), WAIT);
      harness.discord.closeGateway(4000, "Unknown error");
      harness.discord.gatewayReceived().awaitOne(FakeDiscord.op(6), WAIT);
    } finally {
      root.detachAppender(captured);
      root.setLevel(rootLevel);
      ratebot.setLevel(ratebotLevel);
    }

    assertThat(captured.list).hasSizeGreaterThan(20);
    assertThat(captured.list)
        .filteredOn(event -> !event.getLoggerName().startsWith("org.java_websocket"))
        .allSatisfy(
            event -> {
              assertThat(event.getFormattedMessage()).doesNotContain(FakeDiscord.TOKEN);
              if (event.getThrowableProxy() != null) {
                assertThat(ThrowableProxyUtil.asString(event.getThrowableProxy()))
                    .doesNotContain(FakeDiscord.TOKEN);
              }
            });
  }
}
