package dev.ratebot.fake.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake's response_urls are as strict as Slack's, so the adapter's tests are honest. */
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
