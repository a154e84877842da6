package dev.ratebot.core.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowTableTest {
  private static final Row ROW =
      new Row("Latin America", "$45–65/h", 45, 65, 0, Basis.OBSERVED, true);

  @Test
  void anEmptyTableHasNoRowsAndNeedsNoScale() {
    assertThat(RowTable.empty().isEmpty()).isTrue();
    assertThat(RowTable.empty().heading()).isEmpty();
  }

  @Test
  void aTableWithRowsIsNotEmptyAndNeedsAPositiveScale() {
    assertThat(new RowTable("Hourly by region", 65, List.of(ROW)).isEmpty()).isFalse();
    assertThatThrownBy(() -> new RowTable("Hourly by region", 0, List.of(ROW)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scaleMax must be positive");
  }
}
