package dev.ratebot.core.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ObservationTest {
  @Test
  void aSingleFigureIsARangeOfOneAndItsMidpointIsItself() {
    assertThat(figure(35, 35, 0).midpoint()).isEqualTo(35);
    assertThat(figure(45, 65, 0).midpoint()).isEqualTo(55);
    assertThatCode(() -> figure(45, 65, 65)).doesNotThrowAnyException();
  }

  @Test
  void figuresMustBePositiveFiniteAndInOrder() {
    assertThatThrownBy(() -> figure(0, 10, 0)).hasMessage("low must be positive, got 0.0");
    assertThatThrownBy(() -> figure(65, 45.5, 0)).hasMessage("low 65 is above high 45.5");
    assertThatThrownBy(() -> figure(45, 65, 64)).hasMessage("top end 64 is below high 65");
    assertThatThrownBy(() -> figure(45, Double.POSITIVE_INFINITY, 0))
        .hasMessage("figures must be finite numbers");
    assertThatThrownBy(() -> figure(Double.NaN, 65, 0))
        .hasMessage("figures must be finite numbers");
    assertThatThrownBy(() -> figure(45, 65, Double.NaN))
        .hasMessage("figures must be finite numbers");
  }

  private static Observation figure(double low, double high, double topEnd) {
    return new Observation("s", "t", null, null, null, low, high, topEnd, false, "");
  }
}
