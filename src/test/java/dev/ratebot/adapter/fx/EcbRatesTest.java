package dev.ratebot.adapter.fx;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.ratebot.core.fx.ExchangeRates;
import dev.ratebot.fake.ecb.FakeEcb;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

@Timeout(60)
class EcbRatesTest {
  private static final ExchangeRates SNAPSHOT = EcbSnapshot.rates();
  private static final LocalDate NEXT_DAY = LocalDate.of(2026, 4, 14);
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String ENVELOPE =
      "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\""
          + " xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\">";

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(EcbRates.class);
  private FakeEcb ecb;

  @BeforeEach
  void start() throws Exception {
    ecb = FakeEcb.start();
    log.start();
    logger.addAppender(log);
  }

  @AfterEach
  void stop() {
    logger.detachAppender(log);
    ecb.close();
  }

  @Test
  void theBundledSnapshotIsUsedAndNeverFetched() {
    try (EcbRates rates = EcbRates.bundled().start()) {
      assertThat(rates.current()).isSameAs(SNAPSHOT);
      assertThat(rates.current().date()).isEqualTo(LocalDate.of(2026, 4, 13));
      assertThat(rates.refresh()).isFalse();
      assertThat(fetchThreads()).isEmpty();
    }
    assertThat(log.list).isEmpty();
  }

  @Test
  void aSuccessfulFetchReplacesTheSnapshot() {
    Map<String, BigDecimal> nextDay = new TreeMap<>(SNAPSHOT.perEuro());
    nextDay.put("USD", new BigDecimal("1.1702")); // a fictional next-day rate
    ecb.answer(200, FakeEcb.dailyXml(NEXT_DAY, nextDay));
    EcbRates rates = fetching(ecb.url());

    assertThat(rates.refresh()).isTrue();

    assertThat(rates.current().date()).isEqualTo(NEXT_DAY);
    assertThat(rates.current().rate("EUR", "USD")).isEqualByComparingTo("1.1702");
    assertThat(rates.current().source())
        .isEqualTo("ECB euro reference rates (" + ecb.origin() + ")");
    assertThat(ecb.requests())
        .singleElement()
        .satisfies(r -> assertThat(r.path()).isEqualTo(FakeEcb.DAILY_PATH))
        .satisfies(r -> assertThat(r.authorization()).isEmpty());
    assertThat(lines())
        .containsExactly(
            "INFO ECB exchange rates of 2026-04-14 fetched from "
                + ecb.origin()
                + " (30 currencies)");
  }

  static Stream<Arguments> failures() {
    byte[] tooLarge = new byte[(int) EcbRates.MAX_BYTES + 1];
    Arrays.fill(tooLarge, (byte) ' ');
    String xxe =
        "<?xml version='1.0'?><!DOCTYPE gesmes:Envelope [<!ENTITY usd SYSTEM"
            + " 'file:///etc/hostname'>]>"
            + ENVELOPE
            + "<Cube><Cube time='2026-04-14'><Cube currency='USD' rate='&usd;'/></Cube></Cube>"
            + "</gesmes:Envelope>";
    return Stream.of(
        Arguments.of(500, bytes("oops"), "HTTP 500"),
        Arguments.of(404, bytes(""), "HTTP 404"),
        Arguments.of(
            200, bytes("garbage, not XML"), "not the ECB's daily XML: not well-formed XML"),
        Arguments.of(200, bytes(""), "not the ECB's daily XML: not well-formed XML"),
        Arguments.of(
            200,
            bytes("<html><body>Maintenance</body></html>"),
            "not the ECB's daily XML: its root element is <html>, not <Envelope>"),
        Arguments.of(
            200,
            bytes(ENVELOPE + "<Cube><Cube time='2026-04-14'></Cube></Cube></gesmes:Envelope>"),
            "not the ECB's daily XML: the file lists no rates for 2026-04-14"),
        Arguments.of(
            200,
            bytes(xxe),
            "not the ECB's daily XML: it declares a document type (DOCTYPE), which is refused"),
        Arguments.of(200, tooLarge, "the answer is over 1024 KiB"));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void aFailedFetchKeepsTheRatesAndLogsOneLine(int status, byte[] body, String reason) {
    ecb.answer(status, body);
    EcbRates rates = fetching(ecb.url());

    assertThat(rates.refresh()).isFalse();

    assertThat(rates.current()).isSameAs(SNAPSHOT);
    assertOneWarning(reason);
  }

  @Test
  void aServerThatNeverAnswersTimesOut() {
    ecb.hang();
    EcbRates rates = fetching(ecb.url(), Duration.ofMillis(300));

    assertThat(rates.refresh()).isFalse();

    assertThat(rates.current()).isSameAs(SNAPSHOT);
    assertOneWarning("within 300 ms");
  }

  @Test
  void aFailureAfterASuccessKeepsTheFetchedRates() {
    ecb.answer(200, FakeEcb.dailyXml(NEXT_DAY, SNAPSHOT.perEuro()));
    EcbRates rates = fetching(ecb.url());
    assertThat(rates.refresh()).isTrue();
    ExchangeRates fetched = rates.current();
    ecb.answer(503, "");

    assertThat(rates.refresh()).isFalse();

    assertThat(rates.current()).isSameAs(fetched);
    assertThat(lines().get(1)).endsWith("HTTP 503; still using those of 2026-04-14");
  }

  @Test
  void ratesOlderThanThoseInUseAreNotSwappedIn() {
    ecb.answer(200, FakeEcb.dailyXml(LocalDate.of(2026, 4, 10), SNAPSHOT.perEuro()));
    EcbRates rates = fetching(ecb.url());

    assertThat(rates.refresh()).isFalse();

    assertThat(rates.current()).isSameAs(SNAPSHOT);
    assertThat(lines())
        .containsExactly(
            "INFO ECB exchange rates from "
                + ecb.origin()
                + " are of 2026-04-10, older than those in use; still using those of 2026-04-13");
  }

  @Test
  void credentialsInTheUrlAreSentAsBasicAuthenticationAndNeverLogged() {
    ecb.answer(401, "");
    EcbRates rates = fetching(ecb.url("alice", "s3cr%40t"));

    rates.refresh();

    assertThat(ecb.requests())
        .singleElement()
        .satisfies(r -> assertThat(r.path()).isEqualTo(FakeEcb.DAILY_PATH))
        .satisfies(
            r ->
                assertThat(r.authorization())
                    .contains(
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString("alice:s3cr@t".getBytes(StandardCharsets.UTF_8))));
    assertOneWarning("HTTP 401");
    assertThat(lines().get(0)).doesNotContain("alice").doesNotContain("s3cr");
  }

  @Test
  void anXxePayloadNeverMakesTheParserFetchAnything() {
    String xxe =
        "<?xml version='1.0'?><!DOCTYPE gesmes:Envelope [<!ENTITY % remote SYSTEM '"
            + ecb.origin()
            + "/evil.dtd'> %remote;]>"
            + ENVELOPE
            + "<Cube><Cube time='2026-04-14'><Cube currency='USD' rate='1'/></Cube></Cube>"
            + "</gesmes:Envelope>";
    ecb.answer(200, xxe);
    EcbRates rates = fetching(ecb.url());

    assertThat(rates.refresh()).isFalse();

    assertThat(ecb.requests())
        .extracting(FakeEcb.Request::path)
        .containsExactly(FakeEcb.DAILY_PATH);
    assertThat(rates.current()).isSameAs(SNAPSHOT);
    assertOneWarning("it declares a document type (DOCTYPE), which is refused");
  }

  @Test
  void startFetchesAtOnceOnOneDaemonThreadAndCloseStopsIt() throws Exception {
    ecb.answer(200, FakeEcb.dailyXml(NEXT_DAY, SNAPSHOT.perEuro()));
    EcbRates rates = fetching(ecb.url());

    rates.start().start();

    assertThat(rates.awaitRefresh(WAIT)).isTrue();
    assertThat(rates.current().date()).isEqualTo(NEXT_DAY);
    List<Thread> threads = fetchThreads();
    assertThat(threads).singleElement().satisfies(t -> assertThat(t.isDaemon()).isTrue());
    rates.close();
    threads.get(0).join(WAIT.toMillis());
    assertThat(threads.get(0).isAlive()).isFalse();
    assertThat(ecb.requests()).hasSize(1);
    rates.start();
    assertThat(fetchThreads()).isEmpty();
  }

  @Test
  void closingStopsAFetchUnderWay() throws Exception {
    ecb.hang();
    EcbRates rates =
        new EcbRates(() -> SNAPSHOT, Optional.of(ecb.url()), Duration.ofMinutes(5), EcbRates.EVERY);
    rates.start();
    assertThat(ecb.awaitRequest(WAIT)).isTrue();
    Thread thread = fetchThreads().get(0);

    rates.close();

    thread.join(WAIT.toMillis());
    assertThat(thread.isAlive()).isFalse();
    assertThat(rates.current()).isSameAs(SNAPSHOT);
    assertThat(log.list).isEmpty();
  }

  private void assertOneWarning(String reason) {
    assertThat(log.list)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getLevel().toString()).isEqualTo("WARN");
              assertThat(e.getThrowableProxy()).isNull();
              assertThat(e.getFormattedMessage())
                  .startsWith("ECB exchange rates not refreshed from " + ecb.origin() + ": ")
                  .contains(reason)
                  .endsWith("; still using those of 2026-04-13")
                  .doesNotContain(FakeEcb.DAILY_PATH)
                  .doesNotContain("\n");
            });
  }

  private List<String> lines() {
    return log.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
  }

  // A timeout a loaded 2-core machine always meets; the hanging server gets a short one.
  private static EcbRates fetching(URI url) {
    return fetching(url, Duration.ofSeconds(10));
  }

  private static EcbRates fetching(URI url, Duration timeout) {
    return new EcbRates(() -> SNAPSHOT, Optional.of(url), timeout, EcbRates.EVERY);
  }

  private static List<Thread> fetchThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals(EcbRates.THREAD) && t.isAlive())
        .toList();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
