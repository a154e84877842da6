package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.ratebot.adapter.chat.ChatSignals;
import dev.ratebot.adapter.ops.OpsMetrics;
import dev.ratebot.app.Wiring;
import dev.ratebot.fake.slack.ApiCall;
import dev.ratebot.fake.slack.FakeSlack;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * End to end, the real Bolt client against the fake Slack: chat.postMessage answered HTTP 429 with
 * a Retry-After is posted again only once the Retry-After has passed, for every waiting message, at
 * most {@link MessagePoster#CALLS} times.
 */
@Timeout(120)
class MessagePosterTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final long TWO_SECONDS = TimeUnit.SECONDS.toNanos(2);
  static final String POST = "chat.postMessage";

  final OpsMetrics metrics = new OpsMetrics();
  final CountDownLatch limited = new CountDownLatch(1);
  final ChatSignals signals =
      (platform, signal) -> {
        metrics.signal(platform, signal);
        if (signal == ChatSignals.Signal.RATE_LIMITED) {
          limited.countDown();
        }
      };
  FakeSlack slack;
  SlackAdapter adapter;

  void connect() throws Exception {
    slack = FakeSlack.start();
    adapter =
        new SlackAdapter(
            new SlackSettings("xoxb-limited", "xapp-1-limited", slack.apiUrl()),
            Wiring.bundledHandler(),
            Wiring.bundledCommands(),
            signals);
    adapter.start();
  }

  @AfterEach
  void stop() {
    if (adapter != null) {
      adapter.close();
    }
    if (slack != null) {
      slack.close();
    }
    metrics.close();
  }

  void mention(int n) throws Exception {
    String ts = String.format("1700000000.%06d", n);
    slack
        .event(
            "Ev-L" + n,
            slack.appMention(
                "U" + n, FakeSlack.CHANNEL_ID, "<@U0BOT> senior python latam", ts, null),
            0)
        .ack()
        .get(3, TimeUnit.SECONDS);
  }

  @Test
  void aMentionRefusedWith429IsAnsweredOnceAfterItsRetryAfter() throws Exception {
    try (LogCapture log = new LogCapture(Level.INFO, MessagePoster.class.getName())) {
      connect();
      slack.rateLimit(POST, 1, 2);

      mention(1);
      List<ApiCall> calls = slack.awaitCalls(POST, 2, WAIT);
      adapter.close();

      assertThat(calls.get(1).receivedNanos() - calls.get(0).receivedNanos())
          .isGreaterThanOrEqualTo(TWO_SECONDS);
      assertThat(calls.get(1).param("thread_ts")).isEqualTo("1700000000.000001");
      assertThat(SlackAdapterTest.allText(calls.get(1).json())).contains("Latin America");
      assertThat(slack.calls(POST)).as("after the answer, no further call").hasSize(2);
      assertThat(slack.earlyCalls(POST)).isZero();
      List<String> warnings = log.lines().stream().filter(l -> l.startsWith("WARN")).toList();
      assertThat(warnings)
          .containsExactly(
              "WARN Slack rate-limited chat.postMessage for 2 s (Retry-After); "
                  + "posting again then (call 2 of 4)");
      assertThat(metrics.scrape())
          .contains("ratebot_platform_rate_limited_total{platform=\"slack\"} 1.0");
    }
  }

  @Test
  void aBurstWaitsOutOne429WithoutCallingSlackEarly() throws Exception {
    connect();
    slack.rateLimit(POST, 1, 2);
    mention(1);
    assertThat(limited.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

    for (int n = 2; n <= 20; n++) {
      mention(n);
    }
    List<ApiCall> calls = slack.awaitCalls(POST, 21, WAIT);
    adapter.close();

    long refused = calls.get(0).receivedNanos();
    assertThat(calls.subList(1, 21))
        .allSatisfy(
            c -> assertThat(c.receivedNanos() - refused).isGreaterThanOrEqualTo(TWO_SECONDS));
    assertThat(calls.subList(1, 21))
        .extracting(c -> c.param("thread_ts"))
        .doesNotHaveDuplicates()
        .hasSize(20);
    assertThat(slack.calls(POST)).hasSize(21);
    assertThat(slack.earlyCalls(POST)).isZero();
    assertThat(metrics.scrape())
        .contains("ratebot_platform_rate_limited_total{platform=\"slack\"} 1.0");
  }

  @Test
  void aMessageIsCalledAtMostFourTimesThenItsApologyAsMany() throws Exception {
    try (LogCapture log = new LogCapture(Level.INFO, MessagePoster.class.getName())) {
      connect();
      slack.rateLimit(POST, 100, 1);

      mention(1);
      slack.awaitCalls(POST, 2 * MessagePoster.CALLS, WAIT);
      adapter.close();

      assertThat(slack.calls(POST)).hasSize(2 * MessagePoster.CALLS);
      assertThat(slack.earlyCalls(POST)).isZero();
      assertThat(log.lines())
          .filteredOn(l -> l.contains("giving up on this message after 4 calls"))
          .hasSize(2);
      assertThat(log.lines()).noneMatch(l -> l.contains("xoxb-") || l.contains("127.0.0.1"));
    }
  }

  @Test
  void retryAfterIsReadInWholeSecondsWithAFallback() {
    assertThat(MessagePoster.retryAfter("2")).isEqualTo(Duration.ofSeconds(2));
    assertThat(MessagePoster.retryAfter(" 30 ")).isEqualTo(Duration.ofSeconds(30));
    assertThat(MessagePoster.retryAfter("0")).isEqualTo(Duration.ofSeconds(1));
    assertThat(MessagePoster.retryAfter(null)).isEqualTo(MessagePoster.UNSTATED_WAIT);
    assertThat(MessagePoster.retryAfter("Wed, 21 Oct 2026 07:28:00 GMT"))
        .isEqualTo(MessagePoster.UNSTATED_WAIT);
  }
}
