package dev.ratebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.ratebot.adapter.console.ConsoleAdapter;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.rates.DatasetStatus;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Citation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The dataset files edited, broken, deleted and swapped under a running bot. */
class LiveDatasetTest {
  private static final String QUESTION = "senior python cee in eur";

  @TempDir Path dir;

  private final Administration operations =
      new Administration(Set.of(), java.time.Clock.systemUTC());
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private LiveDataset live;
  private RequestHandler handler;

  @AfterEach
  void close() {
    ((Logger) LoggerFactory.getLogger(LiveDataset.class)).detachAppender(log);
    if (live != null) {
      live.close();
    }
  }

  @Test
  void anEditIsAnsweredWithItsFiguresAndItsVersion() throws IOException {
    Path card = start(dir.resolve("card.csv"));
    String before = ask(QUESTION);
    assertThat(before).contains("€60–75/h");

    write(card, "60,75", "66,88");
    live.poll();
    live.poll();

    String after = ask(QUESTION);
    assertThat(after).contains("€66–88/h").doesNotContain("€60–75/h");
    assertThat(version(after)).isNotEqualTo(version(before)).isEqualTo(live.status().version());
    assertThat(live.status().lastError()).isEmpty();
  }

  @Test
  void aChangeSeenOnceIsNotLoadedUntilItHolds() throws IOException {
    Path card = start(dir.resolve("card.csv"));

    write(card, "60,75", "61,75");
    assertThat(live.poll()).isFalse();
    write(card, "61,75", "62,75");
    assertThat(live.poll()).isFalse();
    assertThat(ask(QUESTION)).contains("€60–75/h");

    assertThat(live.poll()).isTrue();
    assertThat(ask(QUESTION)).contains("€62–75/h");
    assertThat(live.poll()).isFalse();
  }

  @Test
  void anInvalidEditLeavesTheLastGoodDataServingAndSaysWhyOnce() throws IOException {
    Path card = start(dir.resolve("card.csv"));
    String version = live.status().version();
    List<DatasetStatus> told = new ArrayList<>();
    live.addListener(told::add);

    write(card, "60,75", "sixty,75");
    live.poll();
    live.poll();
    live.poll();

    assertThat(ask(QUESTION)).contains("€60–75/h").contains(version);
    assertThat(live.status().version()).isEqualTo(version);
    assertThat(live.status().lastError())
        .get()
        .asString()
        .contains(card.toString())
        .contains("sixty");
    assertThat(told).hasSize(1).first().isEqualTo(live.status());
    assertThat(warnings()).hasSize(1).first().asString().doesNotContain("\n");
  }

  @Test
  void aDeletedOrTruncatedFileLeavesTheLastGoodDataServing() throws IOException {
    Path card = start(dir.resolve("card.csv"));

    Files.delete(card);
    live.poll();
    live.poll();
    assertThat(ask(QUESTION)).contains("€60–75/h");
    assertThat(live.status().lastError()).get().asString().contains("file not found");

    Files.write(card, new byte[0]);
    live.poll();
    live.poll();
    assertThat(ask(QUESTION)).contains("€60–75/h");
    assertThat(live.status().lastError()).get().asString().contains("the file is empty");
    assertThat(warnings()).hasSize(2);
  }

  @Test
  void aConfigMapStyleSymlinkSwapIsSeen() throws IOException {
    Path first = Files.createDirectories(dir.resolve("..2026_12_01_a"));
    Files.copy(Path.of("config/example-rate-card.csv"), first.resolve("card.csv"));
    Files.createSymbolicLink(dir.resolve("..data"), first.getFileName());
    Files.createSymbolicLink(dir.resolve("card.csv"), Path.of("..data", "card.csv"));
    start(dir.resolve("card.csv"), false);
    Path second = Files.createDirectories(dir.resolve("..2026_12_01_b"));
    Files.copy(first.resolve("card.csv"), second.resolve("card.csv"));
    write(second.resolve("card.csv"), "60,75", "70,90");

    Path next = Files.createSymbolicLink(dir.resolve("..data_tmp"), second.getFileName());
    Files.move(next, dir.resolve("..data"), StandardCopyOption.ATOMIC_MOVE);
    live.poll();
    live.poll();

    assertThat(ask(QUESTION)).contains("€70–90/h");
  }

  @Test
  void theBackgroundPollSwapsAnEditIn() throws Exception {
    Path card = start(dir.resolve("card.csv"));
    CountDownLatch swapped = new CountDownLatch(1);
    live.addListener(status -> swapped.countDown());
    live.watch(Duration.ofMillis(20));

    write(card, "60,75", "64,80");

    assertThat(swapped.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(ask(QUESTION)).contains("€64–80/h");
  }

  @Test
  void eachQuestionDuringSwapsIsAnsweredFromOneSnapshot() throws Exception {
    Path card = start(dir.resolve("card.csv"));
    String textA = Files.readString(card).replace("rate card (sample)", "rate card A");
    String textB = textA.replace("rate card A", "rate card B").replace("60,75", "70,90");
    Files.writeString(card, textB);
    String versionB = live.reload().version();
    Files.writeString(card, textA);
    String versionA = live.reload().version();
    ExecutorService askers = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<String>>> seen = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        seen.add(askers.submit(() -> askMany(200)));
      }
      for (int i = 0; i < 20; i++) {
        Files.writeString(card, i % 2 == 0 ? textB : textA);
        live.reload();
      }
      List<String> pairs = new ArrayList<>();
      for (Future<List<String>> future : seen) {
        pairs.addAll(future.get(60, TimeUnit.SECONDS));
      }
      assertThat(pairs)
          .hasSize(400)
          .allMatch(p -> p.equals(versionA + " A") || p.equals(versionB + " B"));
    } finally {
      askers.shutdownNow();
    }
  }

  // Each answer's version and the card its figures came from, as "version A".
  private List<String> askMany(int times) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      Answer answer = (Answer) handler.handle(new Request(QUESTION, "you", "", Platform.CONSOLE));
      String card =
          answer.sources().stream()
              .map(Citation::name)
              .filter(name -> name.startsWith("Example Co. rate card "))
              .map(name -> name.substring(name.length() - 1))
              .findFirst()
              .orElse("none");
      pairs.add(answer.dataVersion() + " " + card);
    }
    return pairs;
  }

  private Path start(Path card) throws IOException {
    return start(card, true);
  }

  private Path start(Path card, boolean copy) throws IOException {
    if (copy) {
      Files.copy(Path.of("config/example-rate-card.csv"), card);
    }
    Logger logger = (Logger) LoggerFactory.getLogger(LiveDataset.class);
    log.start();
    logger.addAppender(log);
    CoreSettings defaults = CoreSettings.defaults();
    CoreSettings settings =
        new CoreSettings(
            List.of("bundled", card.toString()),
            defaults.estimates(),
            defaults.rateLimit(),
            Optional.empty(),
            defaults.displayCurrency());
    live = Wiring.liveDataset(settings, Wiring.bundledExchangeRates(), operations);
    operations.manage(live);
    handler = Wiring.dispatcher(live, settings);
    return card;
  }

  private String ask(String question) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    new ConsoleAdapter(handler, live.get().commands())
        .answerOnce(
            question,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
  }

  private static String version(String answer) {
    int at = answer.indexOf(", version ");
    return answer.substring(at + ", version ".length(), at + ", version ".length() + 8);
  }

  private List<String> warnings() {
    synchronized (log) {
      return log.list.stream()
          .filter(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
          .map(ILoggingEvent::getFormattedMessage)
          .toList();
    }
  }

  private static void write(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }
}
