package dev.ratebot.adapter.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ratebot.adapter.chat.ChatSignals.Signal;
import dev.ratebot.app.Wiring;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ops endpoint over a real loopback socket on a free port. */
class OpsServerTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OpsMetrics metrics = new OpsMetrics();
  private final Readiness readiness =
      new Readiness(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC))
          .expect(Platform.SLACK)
          .expect(Platform.DISCORD);
  private OpsServer server;

  @BeforeEach
  void start() throws Exception {
    server =
        OpsServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), readiness, metrics::scrape);
  }

  @AfterEach
  void stop() {
    server.close();
    metrics.close();
  }

  private HttpResponse<String> call(String method, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthzSaysAliveWhateverTheConnections() throws Exception {
    HttpResponse<String> response = call("GET", "/healthz");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("ok\n");
  }

  @Test
  void readyzIs503NamingEveryPartNotReadyThen200() throws Exception {
    HttpResponse<String> before = call("GET", "/readyz");
    readiness.datasetLoaded("e4ae72e4");
    readiness.signal(Platform.SLACK, Signal.CONNECTED);
    HttpResponse<String> halfway = call("GET", "/readyz");
    readiness.signal(Platform.DISCORD, Signal.CONNECTED);
    HttpResponse<String> after = call("GET", "/readyz");

    assertThat(before.statusCode()).isEqualTo(503);
    assertThat(before.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode body = JSON.readTree(before.body());
    assertThat(body.path("ready").asBoolean()).isFalse();
    assertThat(body.path("parts").path("dataset").asText()).isEqualTo("not loaded");
    assertThat(body.path("parts").path("slack").asText()).isEqualTo("not connected yet");
    assertThat(body.path("parts").path("discord").asText()).isEqualTo("not connected yet");
    assertThat(halfway.statusCode()).isEqualTo(503);
    assertThat(JSON.readTree(halfway.body()).path("parts").path("slack").asText()).isEqualTo("ok");
    assertThat(JSON.readTree(halfway.body()).path("parts").path("discord").asText())
        .isEqualTo("not connected yet");
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(after.body()).path("ready").asBoolean()).isTrue();
  }

  @Test
  void aRefusedDatasetChangeIsAWarningInReadyzAndAMetricWhileTheOldDataServes() throws Exception {
    readiness.datasetLoaded("e4ae72e4");
    readiness.signal(Platform.SLACK, Signal.CONNECTED);
    readiness.signal(Platform.DISCORD, Signal.CONNECTED);
    readiness.datasetRefused("rates.json, line 3: a low above its high");
    metrics.datasetRefused();

    HttpResponse<String> refused = call("GET", "/readyz");
    String scraped = call("GET", "/metrics").body();
    readiness.datasetLoaded("0badc0de");
    metrics.datasetLoaded("0badc0de", Duration.ofMillis(10), Instant.ofEpochSecond(1_700_000_000));
    HttpResponse<String> fixed = call("GET", "/readyz");

    assertThat(refused.statusCode()).as("the old data still answers").isEqualTo(200);
    assertThat(JSON.readTree(refused.body()).path("warnings").path("dataset").asText())
        .isEqualTo(
            "the last change was refused, the data before it serves: rates.json, line 3: a low"
                + " above its high");
    assertThat(scraped)
        .contains("ratebot_dataset_reload_refused_total 1.0", "ratebot_dataset_reload_failing 1.0");
    assertThat(JSON.readTree(fixed.body()).has("warnings")).isFalse();
    assertThat(call("GET", "/metrics").body()).contains("ratebot_dataset_reload_failing 0.0");
  }

  @Test
  void metricsAreThePrometheusTextOfTheNamedMeters() throws Exception {
    MeteredHandler handler =
        new MeteredHandler(Wiring.bundledHandler(), Wiring.bundledCommands(), metrics);
    handler.handle(new Request("senior python latam", "U1", "C1", Platform.SLACK));
    handler.handle(new Request("senior python latam", "U1", "C1", Platform.SLACK));
    handler.handle(new Request("compare latam vs cee", "42", "", Platform.DISCORD));
    handler.handle(new Request("xyzzy plugh", "42", "", Platform.DISCORD));
    metrics.signal(Platform.DISCORD, Signal.IDENTIFIED);
    metrics.signal(Platform.DISCORD, Signal.RECONNECTED);
    metrics.signal(Platform.DISCORD, Signal.SHED);
    metrics.signal(Platform.SLACK, Signal.CONNECTED);
    metrics.datasetLoaded("e4ae72e4", Duration.ofMillis(250), Instant.ofEpochSecond(1_700_000_000));

    HttpResponse<String> response = call("GET", "/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(OpsServer.METRICS_TYPE);
    assertThat(response.body())
        .contains(
            "ratebot_commands_total{command=\"rate\",outcome=\"answered\",platform=\"slack\"} 2.0")
        .contains(
            "ratebot_commands_total{command=\"compare\",outcome=\"answered\",platform=\"discord\"}"
                + " 1.0")
        .contains(
            "ratebot_commands_total{command=\"rate\",outcome=\"user_error\",platform=\"discord\"}"
                + " 1.0")
        .contains("ratebot_answer_seconds_bucket{command=\"rate\",platform=\"slack\",le=\"0.5\"}")
        .contains("ratebot_answer_seconds_count{command=\"rate\",platform=\"slack\"} 2")
        .contains("ratebot_gateway_identifies_total{platform=\"discord\"} 1.0")
        .contains("ratebot_reconnects_total{platform=\"discord\"} 1.0")
        .contains("ratebot_load_shed_total{platform=\"discord\"} 1.0")
        .containsPattern("\nratebot_connected\\{platform=\"slack\"} 1(\\.0)?\n")
        .containsPattern("\nratebot_dataset_info\\{version=\"e4ae72e4\"} 1(\\.0)?\n")
        .contains("ratebot_dataset_load_duration_seconds 0.25")
        .contains("ratebot_dataset_loaded_timestamp_seconds 1.7E9")
        .contains("jvm_memory_used_bytes")
        .contains("jvm_gc_")
        .contains("process_uptime_seconds");
  }

  @Test
  void rateLimitRefusalsAreCountedOnTheirOwn() throws Exception {
    metrics.answered(Platform.SLACK, "rate", Outcome.RATE_LIMITED, Duration.ofMillis(1));

    assertThat(call("GET", "/metrics").body())
        .contains("ratebot_rate_limit_refusals_total{platform=\"slack\"} 1.0")
        .contains(
            "ratebot_commands_total{command=\"rate\",outcome=\"rate_limited\",platform=\"slack\"}"
                + " 1.0");
  }

  @Test
  void headAnswersWithoutABody() throws Exception {
    HttpResponse<String> response = call("HEAD", "/healthz");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void otherMethodsAre405AndUnknownPaths404() throws Exception {
    HttpResponse<String> post = call("POST", "/metrics");
    HttpResponse<String> delete = call("DELETE", "/readyz");
    HttpResponse<String> unknown = call("GET", "/admin");
    HttpResponse<String> root = call("GET", "/");

    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    assertThat(delete.statusCode()).isEqualTo(405);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(root.statusCode()).isEqualTo(404);
  }
}
