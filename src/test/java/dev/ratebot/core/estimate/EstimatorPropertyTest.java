package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.Technology;
import dev.ratebot.testing.Bundled;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rules that hold for every level, technology and region, not just the examples. */
class EstimatorPropertyTest {
  private final RateDataset dataset = Bundled.dataset();
  private final RateModel model = new RateModel(dataset);

  @Test
  void moreSeniorityNeverCostsLess() {
    for (Optional<Technology> technology : technologies()) {
      for (Region region : dataset.regions()) {
        HourlyEstimate previous = null;
        for (Level level : dataset.levels()) {
          HourlyEstimate e = model.hourly(Optional.of(level), technology, region).orElseThrow();
          if (previous != null) {
            assertThat(e.low())
                .as(level + " " + technology + " " + region.id())
                .isGreaterThanOrEqualTo(previous.low());
            assertThat(e.high())
                .as(level + " " + technology + " " + region.id())
                .isGreaterThanOrEqualTo(previous.high());
          }
          previous = e;
        }
      }
    }
  }

  @Test
  void anEstimateNeverExceedsItsRegionsTopEnd() {
    for (Optional<Technology> technology : technologies()) {
      for (Region region : dataset.regions()) {
        for (Optional<Level> level : levels()) {
          HourlyEstimate e = model.hourly(level, technology, region).orElseThrow();
          assertThat(e.high()).isLessThanOrEqualTo(e.topEnd());
          assertThat(e.low()).isPositive().isLessThanOrEqualTo(e.high());
        }
      }
    }
  }

  @Test
  void withNothingNamedTheRegionsFigureIsTheSourcesOwn() {
    for (Region region : dataset.regions()) {
      HourlyEstimate e = model.hourly(Optional.empty(), Optional.empty(), region).orElseThrow();
      assertThat(e.observed()).isTrue();
      assertThat(e.factor()).isEqualTo(1.0);
    }
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
