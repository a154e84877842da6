package dev.ratebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.fake.ecb.FakeEcb;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Main's modes as far as exchange rates go: a one-shot question and questions piped in never touch
 * the network, whatever {@code RATEBOT_FX_URL} says; a bad currency stops start-up.
 */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private FakeEcb ecb;

  @BeforeEach
  void startEcb() throws Exception {
    ecb = FakeEcb.start().answer(500, "");
  }

  @AfterEach
  void stopEcb() {
    ecb.close();
  }

  @Test
  void aOneShotQuestionNeverFetchesExchangeRates() {
    int code = run(new String[] {"senior", "python", "latam"}, "");

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Latin America");
    assertThat(ecb.requests()).isEmpty();
    assertThat(fetchThreadRunning()).isFalse();
  }

  @Test
  void questionsPipedToTheConsoleNeverFetchExchangeRates() {
    int code = run(new String[0], "latam\nquit\n");

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Latin America");
    assertThat(ecb.requests()).isEmpty();
    assertThat(fetchThreadRunning()).isFalse();
  }

  @Test
  void aCurrencyTheEcbDoesNotPublishStopsStartUp() {
    int code =
        Main.run(
            new String[] {"latam"},
            Map.of("RATEBOT_CURRENCY", "ARS"),
            new ByteArrayInputStream(new byte[0]),
            print(out),
            print(err));

    assertThat(code).isEqualTo(Main.EXIT_BAD_SETUP);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("ratebot: RATEBOT_CURRENCY must be EUR or a currency")
        .contains("got 'ARS'");
  }

  private int run(String[] args, String stdin) {
    return Main.run(
        args,
        Map.of("RATEBOT_FX_URL", ecb.url().toString()),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        print(out),
        print(err));
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private static boolean fetchThreadRunning() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("ratebot-fx") && t.isAlive());
  }
}
