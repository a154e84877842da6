package dev.ratebot.adapter.discord;

import static dev.ratebot.adapter.discord.DiscordHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.fake.discord.DiscordPayloads;
import dev.ratebot.fake.discord.FakeDiscord;
import dev.ratebot.fake.discord.RecordedCall;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * Discord answers a mention reply with 429, per route and global, and keeps refusing for {@code
 * retry_after}, as it does. JDA's requester holds that route (or every route but the interaction
 * endpoints) until then, sends nothing into the window and delivers every reply once.
 */
@Timeout(120)
class DiscordAdapterRateLimitTest {
  static final Duration RETRY = Duration.ofMillis(2_500);
  static final String USER = "1300000000000009004";
  static final String CHANNEL = DiscordPayloads.CHANNEL_ID;
  static final String OTHER_CHANNEL = DiscordPayloads.busyChannelId(0);

  final BlockingQueue<ILoggingEvent> jdaErrors = new LinkedBlockingQueue<>();
  final AppenderBase<ILoggingEvent> jdaLog =
      new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
          if (event.getLevel() == Level.ERROR) {
            jdaErrors.add(event);
          }
        }
      };
  final Logger rateLimiter = (Logger) LoggerFactory.getLogger(JDA_RATE_LIMITER);
  DiscordHarness harness;

  /** The logger JDA's requester reports 429s on (RestRateLimiter's interface name). */
  static final String JDA_RATE_LIMITER = "net.dv8tion.jda.api.requests.RestRateLimiter";

  @AfterEach
  void stop() {
    rateLimiter.detachAppender(jdaLog);
    if (harness != null) {
      harness.close();
    }
  }

  @Test
  void aRoute429HoldsThatChannelUntilRetryAfterAndNoOther() throws Exception {
    harness = DiscordHarness.start(answer());
    harness.discord.refuseNext("POST", "channels/" + CHANNEL + "/messages", RETRY, false);

    String first = mention(CHANNEL);
    RecordedCall refused = harness.discord.rateLimited().awaitOne(c -> true, WAIT);
    String second = mention(CHANNEL);
    String elsewhere = mention(OTHER_CHANNEL);
    String token = harness.discord.slashCommand(USER, Map.of("query", "senior python latam"));

    long windowEnds = refused.nanos() + RETRY.toNanos();
    List<RecordedCall> held = harness.discord.calls().await(replyTo(first, second), 2, WAIT);
    assertThat(held).allSatisfy(c -> assertThat(c.nanos()).isGreaterThanOrEqualTo(windowEnds));
    assertThat(harness.discord.calls().awaitOne(replyTo(elsewhere), WAIT).nanos())
        .as("another channel's route is not held")
        .isLessThan(windowEnds);
    assertThat(harness.discord.calls().awaitOne(FakeDiscord.callbackFor(token), WAIT).nanos())
        .isLessThan(windowEnds);
    assertDeliveredOnce(first, second, elsewhere);
    assertThat(harness.discord.rateLimited().all()).as("nothing sent into the window").hasSize(1);
  }

  @Test
  void aGlobal429HoldsEveryRouteButInteractionsUntilRetryAfter() throws Exception {
    harness = DiscordHarness.start(answer());
    jdaLog.start();
    rateLimiter.addAppender(jdaLog);
    harness.discord.refuseNext("POST", "channels/\\d+/messages", RETRY, true);

    String first = mention(CHANNEL);
    RecordedCall refused = harness.discord.rateLimited().awaitOne(c -> true, WAIT);
    // Sent once JDA has read the 429: a request already on its way would meet the limit too.
    ILoggingEvent logged = jdaErrors.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    String elsewhere = mention(OTHER_CHANNEL);
    String token = harness.discord.slashCommand(USER, Map.of("query", "senior python latam"));

    long windowEnds = refused.nanos() + RETRY.toNanos();
    List<RecordedCall> held = harness.discord.calls().await(replyTo(first, elsewhere), 2, WAIT);
    assertThat(held).allSatisfy(c -> assertThat(c.nanos()).isGreaterThanOrEqualTo(windowEnds));
    assertThat(harness.discord.calls().awaitOne(FakeDiscord.callbackFor(token), WAIT).nanos())
        .as("interactions are exempt from the global limit")
        .isLessThan(windowEnds);
    assertThat(
            harness
                .discord
                .calls()
                .matching(c -> !interaction(c) && inWindow(c, refused, windowEnds)))
        .as("no other request in the window")
        .isEmpty();
    assertDeliveredOnce(first, elsewhere);
    assertThat(harness.discord.rateLimited().all()).as("nothing sent into the window").hasSize(1);
    assertThat(logged).as("JDA's log line").isNotNull();
    assertThat(logged.getFormattedMessage())
        .isEqualTo("Encountered global rate limit! Retry-After: 3000 ms Scope: global");
    assertThat(jdaErrors).isEmpty();
  }

  private String mention(String channel) {
    return harness.discord.messageCreate(
        DiscordPayloads.guildMention(
            USER, "<@" + DiscordPayloads.BOT_ID + "> senior python latam", channel));
  }

  /** Each message got one reply, and a later one in the same channel saw no duplicate first. */
  private void assertDeliveredOnce(String... messages) throws InterruptedException {
    String last = mention(CHANNEL);
    harness.discord.calls().awaitOne(replyTo(last), WAIT);
    for (String message : messages) {
      assertThat(harness.discord.calls().matching(replyTo(message)))
          .as("replies to %s", message)
          .hasSize(1)
          .allSatisfy(c -> assertThat(c.body().path("embeds")).hasSize(1));
    }
  }

  private static Predicate<RecordedCall> replyTo(String... messages) {
    List<String> ids = List.of(messages);
    return c ->
        c.is("POST", "channels/\\d+/messages")
            && ids.contains(c.body().path("message_reference").path("message_id").asText());
  }

  private static boolean interaction(RecordedCall call) {
    return call.path().startsWith("interactions/") || call.path().startsWith("webhooks/");
  }

  private static boolean inWindow(RecordedCall call, RecordedCall refused, long windowEnds) {
    return call.nanos() > refused.nanos() && call.nanos() < windowEnds;
  }

  private static RequestHandler answer() {
    return request -> Fixtures.answer(request.text()).build();
  }
}
