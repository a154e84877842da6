package dev.ratebot.fake.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fake's response_urls, Block Kit checks, views.publish and acks are as strict as Slack's, so
 * the adapter's tests are honest.
 */
class FakeSlackTest {
  static final String MESSAGE = "{\"response_type\":\"ephemeral\",\"text\":\"hi\"}";

  FakeSlack slack;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    slack = FakeSlack.start();
  }

  @AfterEach
  void stop() {
    slack.close();
  }

  HttpResponse<String> post(String url, String contentType, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aResponseUrlTakesFivePostsAndRefusesTheSixth() throws Exception {
    String url = slack.newResponseUrl();

    for (int i = 0; i < 5; i++) {
      assertThat(post(url, "application/json", MESSAGE).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> sixth = post(url, "application/json", MESSAGE);

    assertThat(sixth.statusCode()).isEqualTo(404);
    assertThat(sixth.body()).contains("used_url");
  }

  @Test
  void aResponseUrlExpiresThirtyMinutesAfterItsCommand() throws Exception {
    String url = slack.newResponseUrl();
    assertThat(post(url, "application/json", MESSAGE).statusCode()).isEqualTo(200);

    slack.advanceClock(Duration.ofMinutes(30).plusSeconds(1));
    HttpResponse<String> late = post(url, "application/json", MESSAGE);

    assertThat(late.statusCode()).isEqualTo(404);
    assertThat(late.body()).contains("expired_url");
  }

  @Test
  void blocksBeyondSlackLimitsAreRefusedAsSlackDoesAndFailTheTestUnlessTaken() throws Exception {
    String tooLong = "x".repeat(3001);
    String blocks =
        "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"" + tooLong + "\"}}]";
    String fault = "must be less than 3001 characters [json-pointer:/blocks/0/text/text]";

    HttpResponse<String> posted =
        post(
            slack.newResponseUrl(),
            "application/json",
            "{\"text\":\"hi\",\"blocks\":" + blocks + "}");
    HttpResponse<String> method =
        post(
            slack.apiUrl() + "chat.postMessage",
            "application/x-www-form-urlencoded",
            "channel=D0TEST&text=hi&blocks=" + URLEncoder.encode(blocks, StandardCharsets.UTF_8));

    assertThat(posted.statusCode()).isEqualTo(400);
    assertThat(posted.body()).contains("invalid_blocks");
    assertThat(method.body()).contains("\"error\":\"invalid_blocks\"", fault);
    assertThat(slack.seen()).isEmpty();
    post(slack.newResponseUrl(), "application/json", "{\"text\":\"" + "t".repeat(40_001) + "\"}");
    assertThatThrownBy(slack::close)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("response_url: " + fault)
        .hasMessageContaining("chat.postMessage: " + fault)
        .hasMessageContaining("must be less than 40001 characters [json-pointer:/text]");
    slack = FakeSlack.start();
  }

  @Test
  void viewsPublishTakesAHomeViewForAUserWithinAHundredBlocks() throws Exception {
    String section = "{\"type\":\"section\",\"text\":{\"type\":\"plain_text\",\"text\":\"hi\"}}";
    String home = "{\"type\":\"home\",\"blocks\":[" + section + "]}";
    String modal = "{\"type\":\"modal\",\"blocks\":[" + section + "]}";

    String published =
        publish("user_id=U1&view=" + URLEncoder.encode(home, StandardCharsets.UTF_8));
    String noUser = publish("view=" + URLEncoder.encode(home, StandardCharsets.UTF_8));
    String notHome = publish("user_id=U2&view=" + URLEncoder.encode(modal, StandardCharsets.UTF_8));

    assertThat(published).contains("\"ok\":true", "\"type\":\"home\"");
    assertThat(slack.homeView("U1").get("blocks").get(0).get("text").get("text").asText())
        .isEqualTo("hi");
    assertThat(noUser).contains("invalid_arguments");
    assertThat(notHome).contains("invalid_arguments", "must be one of [home]");
    assertThat(slack.homeView("U2")).isNull();
    assertThat(slack.takeBlockKitFaults())
        .containsExactly("views.publish: must be one of [home] [json-pointer:/view/type]");
  }

  @Test
  void anAckPayloadSlackWouldRefuseShowsTheUserAnErrorAndIsRecorded() throws Exception {
    HttpResponse<String> opened =
        http.send(
            HttpRequest.newBuilder(URI.create(slack.apiUrl() + "apps.connections.open"))
                .header("Authorization", "Bearer xapp-1-fake")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String url = new ObjectMapper().readTree(opened.body()).get("url").asText();
    BlockingQueue<String> received = new LinkedBlockingQueue<>();
    WebSocketClient bot =
        new WebSocketClient(URI.create(url)) {
          @Override
          public void onOpen(ServerHandshake handshake) {}

          @Override
          public void onMessage(String message) {
            received.add(message);
          }

          @Override
          public void onClose(int code, String reason, boolean remote) {}

          @Override
          public void onError(Exception ex) {}
        };
    assertThat(bot.connectBlocking(10, TimeUnit.SECONDS)).isTrue();
    assertThat(received.poll(10, TimeUnit.SECONDS)).contains("\"hello\"");
    FakeSlack.Sent sent = slack.slashCommand("help", "U1");
    assertThat(received.poll(10, TimeUnit.SECONDS)).contains(sent.envelopeId());

    bot.send(
        "{\"envelope_id\":\""
            + sent.envelopeId()
            + "\",\"payload\":{\"text\":\"hi\",\"blocks\":[{\"type\":\"header\","
            + "\"text\":{\"type\":\"mrkdwn\",\"text\":\"Help\"}}]}}");
    sent.ack().get(3, TimeUnit.SECONDS);
    bot.closeBlocking();

    assertThat(slack.seenBy("U1"))
        .singleElement()
        .satisfies(
            seen -> {
              assertThat(seen.isAnswer()).isFalse();
              assertThat(seen.message().get("error").asText()).isEqualTo("invalid_blocks");
            });
    assertThat(slack.takeBlockKitFaults())
        .containsExactly(
            "ack payload: must be one of [plain_text] [json-pointer:/blocks/0/text/type]");
  }

  String publish(String form) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(slack.apiUrl() + "views.publish"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Bearer xoxb-fake")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  @Test
  void aUrlSlackNeverHandedOutOrAFormBodyIsRefused() throws Exception {
    String url = slack.newResponseUrl();

    assertThat(post(url + "9", "application/json", MESSAGE).body()).contains("invalid_url");
    assertThat(post(url, "application/x-www-form-urlencoded", "text=hi").body())
        .contains("invalid_payload");
  }

  @Test
  void aRateLimitedMethodAnswers429UntilItsRetryAfterHasPassedAndCountsEarlyCalls()
      throws Exception {
    slack.rateLimit("chat.postMessage", 1, 30);
    String url = slack.apiUrl() + "chat.postMessage";

    HttpResponse<String> refused = post(url, "application/x-www-form-urlencoded", "channel=C1");
    HttpResponse<String> early = post(url, "application/x-www-form-urlencoded", "channel=C1");

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
    assertThat(refused.body()).isEqualTo("{\"ok\":false,\"error\":\"ratelimited\"}");
    assertThat(early.statusCode()).isEqualTo(429);
    assertThat(early.headers().firstValue("Retry-After").map(Integer::parseInt))
        .hasValueSatisfying(s -> assertThat(s).isBetween(1, 30));
    assertThat(slack.earlyCalls("chat.postMessage")).isEqualTo(1);
    assertThat(
            post(slack.apiUrl() + "auth.test", "application/x-www-form-urlencoded", "")
                .statusCode())
        .isEqualTo(200);
  }
}
