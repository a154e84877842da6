package dev.ratebot.core.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceLocationTest {
  @Test
  void aLocationIsDescribedFromTheSourceDownToTheField() {
    SourceLocation source = SourceLocation.of("acme");
    SourceLocation table = source.table("per-hour", 2);

    assertThat(source.describe()).isEqualTo("source 'acme'");
    assertThat(source.field("id").describe()).isEqualTo("source 'acme', id");
    assertThat(table.describe()).isEqualTo("source 'acme', table 'per-hour'");
    assertThat(table.row(3).field("level").describe())
        .isEqualTo("source 'acme', table 'per-hour', row 3, level");
    assertThat(table.row(3).tableNumber()).isEqualTo(2);
  }

  @Test
  void aRowNeedsATableAndATableAPosition() {
    assertThatThrownBy(() -> new SourceLocation("acme", null, 0, 1, null))
        .hasMessage("a row needs a table, and a table a position");
    assertThatThrownBy(() -> new SourceLocation("acme", null, 1, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SourceLocation("acme", "t", 0, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SourceLocation("acme", "t", 1, -1, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new SourceLocation("acme", "t", 1, 0, null).describe())
        .isEqualTo("source 'acme', table 't'");
  }

  @Test
  void aFaultInsideASourceKeepsItsLocation() {
    SourceLocation at = SourceLocation.of("acme").table("t", 1).row(2);
    InvalidDatasetException fault = new InvalidDatasetException(at, "bad");

    assertThat(fault.location()).isEqualTo("source 'acme', table 't', row 2");
    assertThat(fault.fault()).isEqualTo("bad");
    assertThat(fault.at()).contains(at);
    assertThat(new InvalidDatasetException("sources", "none").at()).isEmpty();
  }
}
