package dev.ratebot.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ratebot.adapter.discord.DiscordAdapter;
import dev.ratebot.adapter.discord.DiscordSettings;
import dev.ratebot.adapter.slack.SlackAdapter;
import dev.ratebot.adapter.slack.SlackSettings;
import dev.ratebot.app.Wiring;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.fake.discord.FakeDiscord;
import dev.ratebot.fake.slack.FakeSlack;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * Both adapters at TRACE, every library included, against the fake Slack and Discord, logging
 * through the encoders of the real {@code logback.xml} (text and JSON): no secret either fake
 * handed out or was given reaches a line. The fakes' own server libraries, which play the platforms
 * receiving the secrets, stay quiet.
 */
@Timeout(180)
class SecretMaskingTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final List<String> LIBRARIES =
      List.of(
          org.slf4j.Logger.ROOT_LOGGER_NAME,
          "dev.ratebot",
          "com.slack.api",
          "org.glassfish.tyrus",
          "net.dv8tion",
          "okhttp3");

  @Test
  @SuppressWarnings("try") // the capture lasts exactly as long as its try block
  void noSecretReachesTheLogAtTrace() throws Exception {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    List<String> secrets = new ArrayList<>();
    try (Capture capture = new Capture(Map.of("text", text, "json", json))) {
      RequestHandler handler = Wiring.bundledHandler();
      CommandRegistry commands = Wiring.bundledCommands();
      String botToken = "xoxb-" + UUID.randomUUID();
      String appToken = "xapp-1-A0-" + UUID.randomUUID();
      secrets.add(botToken);
      secrets.add(appToken);
      secrets.add(FakeDiscord.TOKEN);
      try (FakeSlack slack = FakeSlack.start();
          FakeDiscord discord = FakeDiscord.start();
          SlackAdapter slackAdapter =
              new SlackAdapter(
                  new SlackSettings(botToken, appToken, slack.apiUrl()), handler, commands);
          DiscordAdapter discordAdapter =
              new DiscordAdapter(
                  new DiscordSettings(
                      FakeDiscord.TOKEN,
                      discord.apiUrl(),
                      discord.gatewayUrl(),
                      Optional.empty(),
                      true),
                  handler,
                  commands)) {
        slackAdapter.start();
        discordAdapter.start();
        String plain = slack.newResponseUrl();
        slack
            .slashCommand("senior python latam", "U1", FakeSlack.CHANNEL_ID, plain)
            .ack()
            .get(30, TimeUnit.SECONDS);
        String charted = slack.newResponseUrl();
        slack.slashCommand("senior python latam chart", "U1", FakeSlack.CHANNEL_ID, charted);
        slack.awaitResponse(charted, WAIT);
        slack.requestRefresh();
        assertThat(slack.awaitConnections(2, WAIT)).as("Slack reconnected").isTrue();
        secrets.add(plain);
        secrets.add(charted);
        secrets.addAll(slack.socketUrls());
        slack.socketUrls().forEach(url -> secrets.add(url.replaceAll(".*ticket=([^&]+).*", "$1")));

        String interaction = discord.slashCommand("1300000000000009301", Map.of("query", "latam"));
        discord.calls().awaitOne(FakeDiscord.callbackFor(interaction), WAIT);
        secrets.add(interaction);
        discord.closeGateway(4000, "Unknown error");
        discord.gatewayReceived().awaitOne(FakeDiscord.op(6), WAIT);
      }
    }

    String textLog = text.toString(StandardCharsets.UTF_8);
    String jsonLog = json.toString(StandardCharsets.UTF_8);
    assertThat(textLog.lines().count()).as("TRACE logged plenty").isGreaterThan(100);
    assertThat(textLog).contains("Slack adapter connected").contains("Connected to Discord");
    for (String secret : secrets) {
      assertThat(textLog).as("text log").doesNotContain(secret);
      assertThat(jsonLog).as("JSON log").doesNotContain(secret);
    }
    ObjectMapper mapper = new ObjectMapper();
    for (String line : jsonLog.lines().toList()) {
      JsonNode event = mapper.readTree(line);
      assertThat(event.path("level").asText()).as(line).isNotEmpty();
    }
  }

  /** The encoder the real logback.xml gives its root appender for a RATEBOT_LOG_FORMAT. */
  static Encoder<ILoggingEvent> productionEncoder(String format) throws Exception {
    LoggerContext context = new LoggerContext();
    context.putProperty(LogFormatDefiner.VARIABLE, format);
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(SecretMaskingTest.class.getResource("/logback.xml"));
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    OutputStreamAppender<ILoggingEvent> appender =
        (OutputStreamAppender<ILoggingEvent>) root.iteratorForAppenders().next();
    assertThat(((MaskingEncoder) appender.getEncoder()).encoder())
        .isInstanceOf(format.equals("json") ? JsonEncoder.class : PatternLayoutEncoder.class);
    assertThat(context.getStatusManager().getCopyOfStatusList())
        .as("logback.xml configures without a warning")
        .allSatisfy(status -> assertThat(status.getLevel()).isZero());
    return appender.getEncoder();
  }

  /** Sends every event of this JVM, at TRACE, through the production encoders into buffers. */
  private static final class Capture implements AutoCloseable {
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Map<Logger, Level> saved = new HashMap<>();
    private final List<OutputStreamAppender<ILoggingEvent>> appenders = new ArrayList<>();

    Capture(Map<String, ByteArrayOutputStream> outputs) throws Exception {
      for (Map.Entry<String, ByteArrayOutputStream> output : outputs.entrySet()) {
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setName("capture-" + output.getKey());
        appender.setEncoder(productionEncoder(output.getKey()));
        appender.setOutputStream(output.getValue());
        appender.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
        appenders.add(appender);
      }
      for (String name : LIBRARIES) {
        level(name, Level.TRACE);
      }
      // The fakes' WebSocket server is the platform, receiving the secrets: not the bot's log.
      level("org.java_websocket", Level.WARN);
    }

    private void level(String name, Level level) {
      Logger logger = context.getLogger(name);
      saved.putIfAbsent(logger, logger.getLevel());
      logger.setLevel(level);
    }

    @Override
    public void close() {
      saved.forEach(Logger::setLevel);
      for (OutputStreamAppender<ILoggingEvent> appender : appenders) {
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
      }
    }
  }
}
