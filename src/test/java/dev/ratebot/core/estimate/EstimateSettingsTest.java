package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EstimateSettingsTest {
  @Test
  void theDefaultsAreAFortyHourWeekAndFourThousandAnswersRemembered() {
    EstimateSettings defaults = EstimateSettings.defaults();

    assertThat(defaults.hoursPerYear()).isEqualTo(2080);
    assertThat(defaults.cachedAnswers()).isEqualTo(4096);
  }

  @Test
  void hoursPerYearLieBetweenAHundredAndEveryHourOfTheYear() {
    assertThat(new EstimateSettings(100).hoursPerYear()).isEqualTo(100);
    assertThat(new EstimateSettings(8760).hoursPerYear()).isEqualTo(8760);
    assertThatThrownBy(() -> new EstimateSettings(99))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hours per year must be between 100 and 8760, got 99");
    assertThatThrownBy(() -> new EstimateSettings(8761))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cachingMayBeTurnedOffButNotNegative() {
    assertThat(new EstimateSettings(2080, 0).cachedAnswers()).isZero();
    assertThatThrownBy(() -> new EstimateSettings(2080, -1))
        .hasMessage("cached answers must not be negative");
  }

  @Test
  void anotherClockKeepsTheOtherSettings() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    EstimateSettings dated = new EstimateSettings(1800, 10).withClock(clock);

    assertThat(dated).isEqualTo(new EstimateSettings(1800, 10, clock));
  }
}
