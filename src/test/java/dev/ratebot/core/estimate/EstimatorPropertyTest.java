package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.Quantities;
import dev.ratebot.core.query.Query;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.Technology;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.testing.Bundled;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Rules that hold for every level, technology (and none) and region, not just the examples. */
class EstimatorPropertyTest {
  private static final Pattern RANGE = Pattern.compile("\\$([\\d,]+)(?:–([\\d,]+))?");

  private final RateDataset dataset = Bundled.dataset();
  private final RateModel model = new RateModel(dataset);
  private final Estimator estimator = new Estimator(dataset, EstimateSettings.defaults());

  @Test
  void moreSeniorityNeverCostsLess() {
    for (Optional<Technology> technology : technologies()) {
      for (Region region : dataset.regions()) {
        HourlyEstimate previous = null;
        for (Level level : dataset.levels()) {
          HourlyEstimate e = model.hourly(Optional.of(level), technology, region).orElseThrow();
          Answer shown = answer(level, technology, region);
          if (previous != null) {
            String where = level.id() + " " + technology + " " + region.id();
            assertThat(e.low()).as(where).isGreaterThanOrEqualTo(previous.low());
            assertThat(e.high()).as(where).isGreaterThanOrEqualTo(previous.high());
          }
          assertThat(shown.keyFigures().get(0).value())
              .isEqualTo(Money.range(e.low(), e.high(), model.tableOf(e.stated()).unit(), false));
          previous = e;
        }
      }
    }
  }

  @Test
  void everyEstimateLiesWithinItsRegionsStatedLowAndTopEnd() {
    for (Optional<Technology> technology : technologies()) {
      for (Region region : dataset.regions()) {
        Observation stated = model.regional(region).orElseThrow();
        for (Level level : dataset.levels()) {
          HourlyEstimate e = model.hourly(Optional.of(level), technology, region).orElseThrow();
          long[] shown = range(answer(level, technology, region).keyFigures().get(0).value());
          String where = level.id() + " " + technology + " " + region.id();
          assertThat(e.low()).as(where).isGreaterThanOrEqualTo(stated.low());
          assertThat(e.high())
              .as(where)
              .isLessThanOrEqualTo(stated.topEnd())
              .isGreaterThan(e.low());
          assertThat(shown[0]).as(where).isGreaterThanOrEqualTo(Math.round(stated.low()));
          assertThat(shown[1]).as(where).isLessThanOrEqualTo(Math.round(stated.topEnd()));
        }
      }
    }
  }

  @Test
  void aSingleLevelEstimatesSpreadIsAtMostAQuarterOfItsLowEnd() {
    for (Optional<Technology> technology : technologies()) {
      for (Region region : dataset.regions()) {
        for (Level level : dataset.levels()) {
          HourlyEstimate e = model.hourly(Optional.of(level), technology, region).orElseThrow();
          long[] shown = range(answer(level, technology, region).keyFigures().get(0).value());
          String where = level.id() + " " + technology + " " + region.id();
          assertThat(e.high() / e.low() - 1).as(where).isLessThanOrEqualTo(LevelBand.MAX_SPREAD);
          assertThat((double) shown[1] / shown[0] - 1)
              .as(where + " as shown")
              .isLessThanOrEqualTo(LevelBand.MAX_SPREAD);
        }
      }
    }
  }

  @Test
  void equivalentsRecomputeFromTheHourlyFiguresShown() {
    for (Optional<Technology> technology : technologies()) {
      for (Region region : dataset.regions()) {
        for (Optional<Level> level : levels()) {
          Answer answer = estimator.estimate(query(level, technology, region));
          long[] hourly = range(answer.keyFigures().get(0).value());
          long[] month = range(figure(answer, "Full-time month cost").value());
          long[] year = range(figure(answer, "Full-time year cost").value());
          for (int end = 0; end < 2; end++) {
            assertThat(year[end]).isEqualTo(hourly[end] * 2080);
            assertThat(month[end]).isEqualTo(Math.round(hourly[end] * 2080 / 12.0 / 10) * 10);
          }
        }
      }
    }
  }

  @Test
  void withNoLevelTheRegionsFigureIsTheSourcesOwn() {
    for (Optional<Technology> technology : technologies()) {
      for (Region region : dataset.regions()) {
        HourlyEstimate e = model.hourly(Optional.empty(), technology, region).orElseThrow();
        Observation stated = model.regional(region).orElseThrow();
        assertThat(e.observed()).isTrue();
        assertThat(List.of(e.low(), e.high())).containsExactly(stated.low(), stated.high());
      }
    }
  }

  @Test
  void technologyFactorsAtALevelAverageToOne() {
    for (Level level : dataset.levels()) {
      double mean =
          dataset.technologies().stream()
              .mapToDouble(t -> model.factor(Optional.of(t), level).value())
              .average()
              .orElseThrow();
      assertThat(mean).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  private Answer answer(Level level, Optional<Technology> technology, Region region) {
    return estimator.estimate(query(Optional.of(level), technology, region));
  }

  private static Query query(
      Optional<Level> level, Optional<Technology> technology, Region region) {
    return new Query(
        level,
        technology,
        Optional.empty(),
        Optional.of(region),
        Optional.empty(),
        List.of(),
        Quantities.NONE);
  }

  // "$61–74/h" → {61, 74}; "$95/h" → {95, 95}.
  static long[] range(String value) {
    Matcher m = RANGE.matcher(value);
    assertThat(m.find()).as(value).isTrue();
    long low = Long.parseLong(m.group(1).replace(",", ""));
    long high = m.group(2) == null ? low : Long.parseLong(m.group(2).replace(",", ""));
    return new long[] {low, high};
  }

  private static KeyFigure figure(Answer answer, String label) {
    return answer.keyFigures().stream()
        .filter(k -> k.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + label + " in " + answer.keyFigures()));
  }

  private List<Optional<Technology>> technologies() {
    List<Optional<Technology>> all = new ArrayList<>();
    all.add(Optional.empty());
    dataset.technologies().forEach(t -> all.add(Optional.of(t)));
    return all;
  }

  private List<Optional<Level>> levels() {
    List<Optional<Level>> all = new ArrayList<>();
    all.add(Optional.empty());
    dataset.levels().forEach(l -> all.add(Optional.of(l)));
    return all;
  }
}
