package dev.ratebot.core.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RateTableTest {
  @Test
  void aTableNeedsATitleAndMayLeaveItsReadingNoteAndPlaceUnsaid() {
    RateTable table = table("Hourly rate by region");

    assertThat(table.reading()).isEmpty();
    assertThat(table.note()).isEmpty();
    assertThat(table.place()).isEmpty();
    assertThatThrownBy(() -> table(" ")).hasMessage("term hourly needs a label");
  }

  private static RateTable table(String title) {
    return new RateTable(
        "hourly",
        title,
        TableKind.FIGURES,
        RateType.CONTRACT_RATE,
        null,
        null,
        Unit.USD_PER_HOUR,
        null,
        List.of(),
        List.of(new Observation("s", "hourly", null, null, null, 40, 50, 0, false, "")));
  }
}
