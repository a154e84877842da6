package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.fake.slack.Ack;
import dev.ratebot.fake.slack.ApiCall;
import dev.ratebot.fake.slack.FakeSlack;
import dev.ratebot.fake.slack.Seen;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end with the outbox shrunk to one thread and one waiting answer, held busy by a handler
 * that waits for the test: whoever comes beyond the bound is told at once that ratebot is busy,
 * never left without a reply, and those within it are answered.
 */
class SlackAdapterBusyTest {
  final CountDownLatch started = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);
  final RequestHandler held =
      request -> {
        started.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return SlackAdapterTest.BUNDLED.handle(request);
      };

  FakeSlack slack;
  SlackAdapter adapter;

  @BeforeEach
  void connect() throws Exception {
    slack = FakeSlack.start();
    adapter =
        new SlackAdapter(
            new SlackSettings(
                SlackAdapterTest.BOT_TOKEN, SlackAdapterTest.APP_TOKEN, slack.apiUrl()),
            held,
            SlackAdapterTest.COMMANDS,
            new SlackLimits(100, 10, 1, 1));
    adapter.start();
    assertThat(slack.awaitConnections(1, SlackAdapterTest.CONNECT)).isTrue();
  }

  @AfterEach
  void stop() {
    release.countDown();
    adapter.close();
    slack.close();
  }

  /** One answer running (held), one waiting: the outbox is full. */
  void fillTheOutbox() throws Exception {
    SlackAdapterTest.ackWithin3s(slack.slashCommand("latam", "URUN"));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    SlackAdapterTest.ackWithin3s(slack.slashCommand("senior python latam", "UWAIT"));
  }

  @Test
  void aCommandBeyondTheQueueIsToldInItsAckToTryAgainAndTheOthersAreAnswered() throws Exception {
    fillTheOutbox();

    Ack busy = SlackAdapterTest.ackWithin3s(slack.slashCommand("latam", "UBUSY"));
    release.countDown();

    assertThat(busy.payload().get("response_type").asText()).isEqualTo("ephemeral");
    assertThat(SlackAdapterTest.allText(busy.payload()))
        .contains("busy", "try again in 10 s")
        .doesNotContain("asking faster");
    assertThat(slack.seenBy("UBUSY")).extracting(Seen::via).containsExactly("ack");
    slack.awaitAnswers(3, SlackAdapterTest.REPLY);
    assertThat(slack.seenBy("URUN")).extracting(Seen::via).containsExactly("response_url");
    assertThat(slack.seenBy("UWAIT")).extracting(Seen::via).containsExactly("response_url");
  }

  @Test
  void aMentionBeyondTheQueueGetsABusyReplyInItsThread() throws Exception {
    fillTheOutbox();

    SlackAdapterTest.ackWithin3s(
        slack.event(
            "Ev-BUSY",
            slack.appMention(
                "U1", FakeSlack.CHANNEL_ID, "<@U0BOT> latam", "1700000000.004200", null),
            0));

    ApiCall reply = slack.awaitCalls("chat.postMessage", 1, SlackAdapterTest.REPLY).get(0);
    assertThat(reply.param("thread_ts")).isEqualTo("1700000000.004200");
    assertThat(reply.param("text")).contains("busy", "try again in 10 s");
    release.countDown();
    slack.awaitAnswers(2, SlackAdapterTest.REPLY);
    JsonNode answered =
        slack.awaitAnswer(slack.slashCommand("latam", "ULATER"), SlackAdapterTest.REPLY);
    assertThat(SlackAdapterTest.allText(answered)).contains("Latin America");
  }
}
