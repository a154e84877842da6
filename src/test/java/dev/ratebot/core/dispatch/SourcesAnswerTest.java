package dev.ratebot.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.command.BuiltInCommands;
import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.testing.Bundled;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcesAnswerTest {
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

  private final Answerer answerer =
      new Answerer(
          Bundled.dataset(),
          Bundled.places(),
          BuiltInCommands.registry(
              Bundled.dataset(), EstimateSettings.defaults().withClock(TODAY)));

  @Test
  void sourcesSayAgeConfidenceRateTypesAndVersion() {
    List<String> lines = lines(answerer.answer(ask("sources")));

    assertThat(lines)
        .contains(
            "Age and confidence: 2023 data, about 3 years old; ProCoders, a software outsourcing"
                + " vendor, in its own blog article, citing Payscale, Glassdoor, ProCoders"
                + " (vendor's own rates) and US salary data linked in the article (not named in"
                + " its text); no sample sizes.",
            Bundled.dataset().version())
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("Backend developer hourly rate by region: contract rates")
                    .contains("USD/h"))
        .anySatisfy(l -> assertThat(l).startsWith("  Reading: ratebot's reading"));
  }

  @Test
  void askingHowReliableTheDataIsGetsTheSources() {
    assertThat(answerer.answer(ask("how reliable is this data?")))
        .isEqualTo(answerer.answer(ask("sources")));
  }

  private static Request ask(String text) {
    return new Request(text, "u1", "", Platform.CONSOLE);
  }

  private static List<String> lines(Reply reply) {
    assertThat(reply).isInstanceOf(Info.class);
    return ((Info) reply).sections().stream().flatMap(s -> s.lines().stream()).toList();
  }
}
