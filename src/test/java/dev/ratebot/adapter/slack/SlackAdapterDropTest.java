package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ratebot.fake.slack.FakeSlack;
import dev.ratebot.fake.slack.Seen;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: Slack closes the socket (1001, going away) with 300 {@code /rate} commands in flight.
 * Every user still sees exactly one answer, and the drop costs the log a few lines.
 */
class SlackAdapterDropTest {
  static final int COMMANDS = 300;
  static final int MAX_LOG_LINES = 6;
  static final Duration ANSWERED = Duration.ofSeconds(90);

  FakeSlack slack;
  SlackAdapter adapter;

  @AfterEach
  void stop() {
    if (adapter != null) {
      adapter.close();
    }
    if (slack != null) {
      slack.close();
    }
  }

  @Test
  void everyCommandInFlightWhenTheSocketClosesIsAnsweredExactlyOnce() throws Exception {
    slack = FakeSlack.start();
    adapter =
        new SlackAdapter(
            new SlackSettings(
                SlackAdapterTest.BOT_TOKEN, SlackAdapterTest.APP_TOKEN, slack.apiUrl()),
            SlackAdapterTest.BUNDLED,
            SlackAdapterTest.COMMANDS);
    adapter.start();
    assertThat(slack.awaitConnections(1, SlackAdapterTest.CONNECT)).isTrue();
    List<String> urls = new ArrayList<>();
    List<FakeSlack.Sent> sent = new ArrayList<>();
    List<String> lines;

    try (LogCapture logs = new LogCapture(Level.DEBUG, "dev.ratebot")) {
      for (int i = 0; i < COMMANDS; i++) {
        String url = slack.newResponseUrl();
        urls.add(url);
        sent.add(slack.slashCommand("senior python latam", "UDROP" + i, FakeSlack.CHANNEL_ID, url));
        if (i == COMMANDS / 2) {
          slack.closeConnection(1001);
        }
      }
      try {
        slack.awaitAnswers(COMMANDS, ANSWERED);
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + "; " + unanswered(sent), e);
      }
      adapter.close();
      lines = logs.lines();
    }

    Map<String, List<Seen>> answers =
        slack.seen().stream().filter(Seen::isAnswer).collect(Collectors.groupingBy(Seen::user));
    assertThat(answers).hasSize(COMMANDS);
    assertThat(answers.values()).allSatisfy(each -> assertThat(each).hasSize(1));
    for (List<Seen> each : answers.values()) {
      JsonNode answer = each.get(0).message();
      assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
      assertThat(SlackAdapterTest.allText(answer)).contains("Latin America");
    }
    long notices = slack.seen().stream().filter(v -> !v.isAnswer()).count();
    System.out.printf(
        "SLACK DROP: %d answers to %d commands, %d Slack error notices, %d log lines%n",
        answers.size(), COMMANDS, notices, lines.size());
    assertThat(slack.connections()).as("the bot reconnected").isGreaterThanOrEqualTo(2);
    assertThat(lines).hasSizeLessThanOrEqualTo(MAX_LOG_LINES);
    assertThat(lines).noneMatch(line -> line.contains("\n\tat "));
    for (String url : urls) {
      assertThat(lines).noneMatch(line -> line.contains(url) || line.contains(path(url)));
    }
    assertThat(sent)
        .allSatisfy(s -> assertThat(slack.acksFor(s.envelopeId())).isLessThanOrEqualTo(1));
  }

  // Which commands went unanswered, with their acks, what their users saw and the connections.
  private String unanswered(List<FakeSlack.Sent> sent) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      List<Seen> seen = slack.seenBy("UDROP" + i);
      if (seen.stream().noneMatch(Seen::isAnswer)) {
        missing.add("#" + i + " acks=" + slack.acksFor(sent.get(i).envelopeId()) + " seen=" + seen);
      }
    }
    return "connections " + slack.connections() + ", unanswered " + missing;
  }

  private static String path(String url) {
    return url.substring(url.indexOf("/commands/"));
  }

  @Test
  void aCommandAfterTheDropIsAnsweredOnTheNewConnection() throws Exception {
    slack = FakeSlack.start();
    adapter =
        new SlackAdapter(
            new SlackSettings(
                SlackAdapterTest.BOT_TOKEN, SlackAdapterTest.APP_TOKEN, slack.apiUrl()),
            SlackAdapterTest.BUNDLED,
            SlackAdapterTest.COMMANDS);
    adapter.start();
    assertThat(slack.awaitConnections(1, SlackAdapterTest.CONNECT)).isTrue();

    slack.closeConnection(1001);
    assertThat(slack.awaitConnections(2, SlackAdapterTest.CONNECT)).isTrue();
    FakeSlack.Sent after = slack.slashCommand("latam", "UAFTER");

    assertThat(after.ack().get(SlackAdapterTest.ACK_LIMIT_MS, TimeUnit.MILLISECONDS).hasPayload())
        .isFalse();
    assertThat(SlackAdapterTest.allText(slack.awaitAnswer(after, SlackAdapterTest.REPLY)))
        .contains("Latin America");
    assertThat(slack.seenBy("UAFTER")).extracting(Seen::via).containsExactly("response_url");
  }
}
