package dev.ratebot.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ratebot.testing.Bundled;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  @Test
  void regionsOrLevelsNeverBoth() {
    assertThatThrownBy(
            () ->
                new Comparison(
                    List.of(Bundled.dataset().regions().get(0)),
                    List.of(Bundled.dataset().levels().get(0)),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("compare regions or levels, not both");
  }

  @Test
  void aPlaceWithoutDataAloneIsStillAComparisonAsked() {
    assertThat(Comparison.NONE.isPresent()).isFalse();
    assertThat(new Comparison(List.of(), List.of(), List.of("India")).isPresent()).isTrue();
  }
}
