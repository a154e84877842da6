package dev.ratebot.core.reply;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RowTest {
  @Test
  void aRowMayStartAtZeroBeASingleFigureAndHaveATopEndAtItsLowEnd() {
    assertThatCode(() -> new Row("Free", "$0/h", 0, 0, 0, Basis.OBSERVED, false))
        .doesNotThrowAnyException();
    assertThatCode(() -> new Row("Flat", "$45/h", 45, 45, 45, Basis.OBSERVED, false))
        .doesNotThrowAnyException();
  }

  @Test
  void aRowWithItsEndsTheWrongWayRoundIsRefusedNamingTheRow() {
    assertThatThrownBy(() -> new Row("Latin America", "?", 65, 45, 0, Basis.OBSERVED, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "row Latin America: need 0 <= low <= high and top end >= low, got 65.0, 45.0, 0.0");
    assertThatThrownBy(() -> new Row("Neg", "?", -1, 45, 0, Basis.OBSERVED, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Row("Top", "?", 45, 65, 44, Basis.OBSERVED, true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
