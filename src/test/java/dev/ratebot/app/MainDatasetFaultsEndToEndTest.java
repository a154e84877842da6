package dev.ratebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ratebot.fake.discord.FakeDiscord;
import dev.ratebot.fake.discord.RecordedCall;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real main in its own JVM, serving the fake Discord from a rate card laid out as a Kubernetes
 * ConfigMap mounts one ({@code card.csv → ..data/card.csv}, {@code ..data → ..<generation>}) and
 * polled every second. The card is deleted, emptied and cut in the middle of a line under it: each
 * time the bot keeps answering from the last good card, {@code /readyz} stays 200 with a warning
 * naming the file and the fault, {@code ratebot_dataset_reload_refused_total} counts it, and the
 * log has one WARN line for it, without a stack trace. Restoring the card clears the warning, and
 * switching {@code ..data} to a new generation is answered from.
 */
@Timeout(300)
class MainDatasetFaultsEndToEndTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String QUESTION = "senior python cee in eur";
  private static final Pattern VERSION =
      Pattern.compile("ratebot_dataset_info\\{version=\"([^\"]+)\"}");

  private final AtomicInteger users = new AtomicInteger();
  private FakeDiscord discord;
  private Process bot;
  private int port;

  @Test
  void aDeletedEmptiedOrCutCardLeavesTheLastGoodOneServingUntilItIsBack(@TempDir Path dir)
      throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Path generation = Files.createDirectories(data.resolve("..2026_12_01_a"));
    Path real = generation.resolve("card.csv");
    Files.copy(Path.of("config/example-rate-card.csv"), real);
    Files.createSymbolicLink(data.resolve("..data"), generation.getFileName());
    Path card = Files.createSymbolicLink(data.resolve("card.csv"), Path.of("..data", "card.csv"));
    String good = Files.readString(real);
    String halfALine =
        good.substring(
            0, good.indexOf("senior,python,central-europe") + "senior,python,cen".length());
    Path log = dir.resolve("ratebot.log");
    try (FakeDiscord fake = FakeDiscord.start()) {
      discord = fake;
      start(card, log);
      try {
        assertThat(ask()).contains("€60–75/h");

        Files.delete(real);
        assertRefused(1, "file not found");
        Files.writeString(real, good);
        assertRestored();

        Files.write(real, new byte[0]);
        assertRefused(2, "the file is empty");
        Files.writeString(real, good);
        assertRestored();

        Files.writeString(real, halfALine);
        String cut = assertRefused(3, "card.csv");
        Files.writeString(real, good);
        assertRestored();

        String before = version();
        assertThat(before).as("the serving version in /metrics").isNotEmpty();
        Path next = Files.createDirectories(data.resolve("..2026_12_01_b"));
        Files.writeString(next.resolve("card.csv"), good.replace("60,75", "70,90"));
        Path link = Files.createSymbolicLink(data.resolve("..data_tmp"), next.getFileName());
        Files.move(link, data.resolve("..data"), StandardCopyOption.ATOMIC_MOVE);
        awaitMetrics(m -> !before.equals(version(m)), "a new dataset version");
        assertThat(ask()).contains("€70–90/h").doesNotContain("€60–75/h");

        bot.destroy();
        assertThat(bot.waitFor(30, TimeUnit.SECONDS)).as("exits on SIGTERM").isTrue();
        List<JsonNode> events = events(log);
        assertThat(events)
            .filteredOn(e -> e.path("loggerName").asText().endsWith("LiveDataset"))
            .filteredOn(e -> e.path("level").asText().equals("WARN"))
            .extracting(e -> e.path("formattedMessage").asText())
            .hasSize(3)
            .allSatisfy(
                m -> assertThat(m).startsWith("dataset reload refused").contains(card.toString()))
            .anySatisfy(m -> assertThat(m).contains("file not found"))
            .anySatisfy(m -> assertThat(m).contains("the file is empty"))
            .anySatisfy(m -> assertThat(m).contains(cut));
        assertThat(events)
            .as("no stack trace in the log")
            .allSatisfy(e -> assertThat(e.path("throwable").isObject()).isFalse());
      } finally {
        bot.destroyForcibly();
      }
    }
  }

  /**
   * Waits until the refusal shows in /readyz and returns its reason: still ready, the last good
   * card answering, and the refusals counted.
   */
  private String assertRefused(int refusals, String fault) throws Exception {
    JsonNode ready = awaitReadyz(r -> r.path("warnings").has("dataset"), "a dataset warning");
    String warning = ready.path("warnings").path("dataset").asText();
    assertThat(ready.path("ready").asBoolean()).isTrue();
    assertThat(warning)
        .startsWith("the last change was refused, the data before it serves: ")
        .contains("card.csv")
        .contains(fault);
    assertThat(ask()).contains("€60–75/h");
    assertThat(get("/metrics").body())
        .contains("ratebot_dataset_reload_refused_total " + refusals + ".0")
        .contains("ratebot_dataset_reload_failing 1.0");
    return warning.substring(warning.indexOf("card.csv"));
  }

  private void assertRestored() throws Exception {
    JsonNode ready = awaitReadyz(r -> !r.has("warnings"), "the warning cleared");
    assertThat(ready.path("ready").asBoolean()).isTrue();
    assertThat(get("/metrics").body()).contains("ratebot_dataset_reload_failing 0.0");
    assertThat(ask()).contains("€60–75/h");
  }

  /** Asks /rate on Discord as a new user; the answer as the user sees it. */
  private String ask() throws Exception {
    String user = Long.toString(1_300_000_000_000_700_000L + users.incrementAndGet());
    String token = discord.slashCommand(user, Map.of("query", QUESTION));
    RecordedCall first = discord.calls().awaitOne(FakeDiscord.callbackFor(token), WAIT);
    if (first.body().path("type").asInt() != 5) {
      return first.body().path("data").toString();
    }
    return discord.calls().awaitOne(FakeDiscord.editOriginalOf(token), WAIT).body().toString();
  }

  private void start(Path card, Path log) throws Exception {
    port = freePort();
    ProcessBuilder builder = MainProcess.builder(log);
    Map<String, String> env = builder.environment();
    env.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
    env.put("DISCORD_API_URL", discord.apiUrl());
    env.put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
    env.put("RATEBOT_DATA", "bundled:" + card);
    env.put("RATEBOT_DATA_POLL_SECONDS", "1");
    env.put("RATEBOT_FX_URL", "none");
    env.put("RATEBOT_HTTP_PORT", Integer.toString(port));
    env.put("RATEBOT_LOG_FORMAT", "json");
    env.put("RATEBOT_LOG_LEVEL", "INFO");
    bot = builder.start();
    JsonNode ready = awaitReadyz(r -> r.path("ready").asBoolean(), "ready");
    assertThat(ready.has("warnings")).isFalse();
  }

  // Each poll is a real probe; the deadline bounds the wait.
  private JsonNode awaitReadyz(Predicate<JsonNode> wanted, String what) throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    JsonNode last = null;
    while (Instant.now().isBefore(deadline) && bot.isAlive()) {
      try {
        last = JSON.readTree(get("/readyz").body());
        if (wanted.test(last)) {
          return last;
        }
      } catch (java.io.IOException notListeningYet) {
        // The endpoint opens a moment after the JVM starts.
      }
      bot.waitFor(100, TimeUnit.MILLISECONDS);
    }
    throw new AssertionError("waited " + WAIT + " for " + what + " in /readyz; last: " + last);
  }

  private void awaitMetrics(Predicate<String> wanted, String what) throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline) && bot.isAlive()) {
      if (wanted.test(get("/metrics").body())) {
        return;
      }
      bot.waitFor(100, TimeUnit.MILLISECONDS);
    }
    throw new AssertionError("waited " + WAIT + " for " + what + " in /metrics");
  }

  private String version() throws Exception {
    return version(get("/metrics").body());
  }

  private static String version(String metrics) {
    Matcher m = VERSION.matcher(metrics);
    return m.find() ? m.group(1) : "";
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<JsonNode> events(Path log) throws Exception {
    List<JsonNode> events = new ArrayList<>();
    for (String line : Files.readString(log, StandardCharsets.UTF_8).lines().toList()) {
      events.add(JSON.readTree(line));
    }
    return events;
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
