package dev.ratebot.core.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OriginTest {
  @Test
  void anOriginNeedsANameAndMayLeaveItsKindAndCoverageUnsaid() {
    Origin payscale = new Origin("payscale", "Payscale", null, "2023", null, OptionalInt.empty());

    assertThat(payscale.kind()).isEmpty();
    assertThat(payscale.covers()).isEmpty();
    assertThatThrownBy(() -> new Origin("payscale", "", "survey", "2023", "", OptionalInt.empty()))
        .hasMessage("term payscale needs a label");
  }
}
