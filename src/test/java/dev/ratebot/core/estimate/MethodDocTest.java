package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult;
import dev.ratebot.core.query.Query;
import dev.ratebot.core.query.QueryParser;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.Technology;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.testing.Bundled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** docs/METHOD.md's numbers must be what the dataset and the estimator actually give. */
class MethodDocTest {
  private final Estimator estimator = new Estimator(Bundled.dataset(), EstimateSettings.defaults());
  private final RateModel model = estimator.model();
  private final QueryParser parser =
      new QueryParser(Bundled.dataset(), Bundled.places(), Bundled.COMMAND_WORDS);
  private final String doc = read();
  private final Level entry = Bundled.dataset().level("entry").orElseThrow();
  private final Level senior = Bundled.dataset().level("senior").orElseThrow();
  private final Technology python = Bundled.dataset().technology("python").orElseThrow();
  private final Region latam = Bundled.dataset().region("latin-america").orElseThrow();

  @Test
  void workedExampleIsRecomputedFromTheDataset() {
    Observation stated = model.regional(latam).orElseThrow();
    HourlyEstimate e = model.hourly(Optional.of(senior), Optional.of(python), latam).orElseThrow();
    Factor factor = model.factor(Optional.of(python), senior);
    double position = model.position(senior);
    double centre = stated.low() + position * (stated.high() - stated.low());
    long low = Math.round(e.low());
    long high = Math.round(e.high());

    assertBold(Money.range(stated.low(), stated.high(), e.unit(model), false));
    assertBold(Money.single(stated.topEnd(), e.unit(model)));
    assertBold(Wording.percent(position));
    assertBold("$" + Money.decimals(centre, 2) + "/h");
    assertBold(Money.amount(Math.round(factor.peerMean())));
    assertBold(Money.decimals(factor.value(), 3));
    assertBold("$" + Money.decimals(centre * factor.value(), 2) + "/h");
    assertBold("±" + Money.decimals(e.halfWidth() * 100, 1) + "%");
    assertBold(Money.range(e.low(), e.high(), e.unit(model), false));
    assertBold(Money.decimals((double) high / low * 100 - 100, 1) + "%");
    assertThat(e.moved()).isZero();
    assertBold("$" + Money.group(low * 2080) + "–" + Money.group(high * 2080) + "/yr");
    assertBold(
        "$"
            + Money.group(Money.roundTo(low * 2080 / 12.0, 10))
            + "–"
            + Money.group(Money.roundTo(high * 2080 / 12.0, 10))
            + "/mo");
  }

  @Test
  void workedExampleShowsWhatTheEstimatorSays() {
    Answer answer = estimator.estimate(query("senior python latam"));

    for (KeyFigure k : answer.keyFigures().subList(0, 4)) {
      assertThat(doc).contains(k.label()).contains(k.value()).contains(k.detail());
    }
  }

  @Test
  void rateTypeReadingIsRecomputed() {
    Observation northAmerica =
        model.regional(Bundled.dataset().region("north-america").orElseThrow()).orElseThrow();
    double seniorPerHour = model.annual(senior).orElseThrow().midpoint() / 2080;

    assertBold("$" + Money.decimals(northAmerica.midpoint(), 2) + "/h");
    assertBold("$" + Money.decimals(seniorPerHour, 2) + "/h");
    assertBold(String.format(Locale.ROOT, "%.1f×", northAmerica.midpoint() / seniorPerHour));
  }

  @Test
  void spreadBoundIsTheOneTheCodeUsesAndCoversTheWidestStatedLevel() {
    double widest =
        Bundled.dataset().market().tables().stream()
            .filter(t -> t.unit().period() == dev.ratebot.core.rates.Period.YEAR)
            .flatMap(t -> t.rows().stream())
            .mapToDouble(o -> o.high() / o.low() - 1)
            .max()
            .orElseThrow();

    assertBold(Wording.percent(LevelBand.MAX_SPREAD));
    assertBold(Money.decimals(widest * 100, 1) + "%");
    assertThat(widest).isLessThanOrEqualTo(LevelBand.MAX_SPREAD);
  }

  @Test
  void movedExampleMatchesTheEstimator() {
    Region cee = Bundled.dataset().region("central-europe").orElseThrow();
    HourlyEstimate e = model.hourly(Optional.of(entry), Optional.empty(), cee).orElseThrow();
    Answer answer = estimator.estimate(query("entry cee"));

    assertThat(e.moved()).isPositive();
    assertBold(Money.range(e.low(), e.high(), e.unit(model), false));
    assertThat(answer.keyFigures().get(0).value())
        .isEqualTo(Money.range(e.low(), e.high(), e.unit(model), false));
    assertThat(answer.notes()).anySatisfy(n -> assertThat(n).contains("moved up"));
  }

  @Test
  void compareAndRankExamplesMatchTheEstimator() {
    Answer compared =
        (Answer)
            estimator.compare(
                ((ParseResult.SubCommand) Bundled.parser().parse("mid python latam vs cee vs weu"))
                    .query()
                    .orElseThrow());
    Answer ranked =
        (Answer)
            estimator.rank(
                ((ParseResult.SubCommand) Bundled.parser().parse("rank mid python"))
                    .query()
                    .orElseThrow());

    String flat = doc.replaceAll("\\s+", " ");
    assertThat(flat)
        .contains(compared.keyFigures().get(1).detail().replace(", at the midpoint", ""))
        .contains(compared.keyFigures().get(2).detail().replace(", at the midpoint", ""))
        .contains(compared.notes().get(compared.notes().size() - 1));
    compared.keyFigures().forEach(k -> assertThat(flat).contains(k.label() + " " + k.value()));
    assertBold("49%");
    assertThat(ranked.keyFigures().get(0).detail()).isEqualTo("saves 49% against North America");
    assertThat(ranked.keyFigures().get(3).value()).isEqualTo("$92–109/h");
    assertThat(flat).contains("North America " + ranked.keyFigures().get(3).value());
  }

  private void assertBold(String figure) {
    assertThat(doc).contains("**" + figure + "**");
  }

  private Query query(String text) {
    return ((ParseResult.Ask) parser.parse(text)).query();
  }

  private static String read() {
    try {
      return Files.readString(Path.of("docs/METHOD.md"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
