package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult;
import dev.ratebot.core.query.Query;
import dev.ratebot.core.query.QueryParser;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.testing.Bundled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** docs/METHOD.md's worked examples must be what the estimator actually says. */
class MethodDocTest {
  private final Estimator estimator = new Estimator(Bundled.dataset(), EstimateSettings.defaults());
  private final QueryParser parser =
      new QueryParser(Bundled.dataset(), Bundled.places(), Bundled.COMMAND_WORDS);

  @Test
  void workedExampleMatchesTheEstimator() throws IOException {
    String doc = Files.readString(Path.of("docs/METHOD.md"));
    Answer answer = estimator.estimate(query("senior python latam"));

    assertThat(doc)
        .contains("**" + Money.amount(Math.round(estimator.model().baseline())) + "/yr**");
    double factor =
        estimator
            .model()
            .factor(query("senior python").level(), query("senior python").technology())
            .value();
    assertThat(doc).contains(String.format(Locale.ROOT, "**%.2f**", factor));
    assertThat(doc).contains("**" + value(answer, "Hourly") + "**");
    assertThat(doc).contains("**" + value(answer, "Top end") + "**");
    assertThat(doc).contains("**" + value(answer, "Monthly") + "**");
    assertThat(doc).contains("**" + value(answer, "Annual") + "**");
    for (KeyFigure k : answer.keyFigures().subList(0, 4)) {
      assertThat(doc).contains(k.value()).contains(k.detail());
    }
  }

  @Test
  void cappedExampleMatchesTheEstimator() throws IOException {
    String doc = Files.readString(Path.of("docs/METHOD.md"));
    Answer answer = estimator.estimate(query("senior python cee"));

    assertThat(doc).contains("**" + value(answer, "Hourly") + "**");
    assertThat(answer.keyFigures().get(0).detail()).contains("capped at top end");
  }

  private static String value(Answer answer, String label) {
    return answer.keyFigures().stream()
        .filter(k -> k.label().equals(label))
        .findFirst()
        .orElseThrow()
        .value();
  }

  private Query query(String text) {
    return ((ParseResult.Ask) parser.parse(text)).query();
  }
}
