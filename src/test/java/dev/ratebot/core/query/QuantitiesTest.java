package dev.ratebot.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.Quantities.Amount;
import dev.ratebot.core.query.Quantities.Count;
import dev.ratebot.core.query.Quantities.Period;
import dev.ratebot.core.query.Quantities.TimeUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

  @Test
  void nothingTypedNeedsNoNote() {
    assertThat(Quantities.NONE.isEmpty()).isTrue();
    assertThat(Quantities.NONE.unusedNote("USD")).isEmpty();
  }

  @Test
  void theNoteNamesEachKindOnceWithWhyItIsNotUsed() {
    Quantities quantities =
        new Quantities(
            List.of(
                new Amount(
                    BigDecimal.valueOf(45),
                    Optional.of("USD"),
                    Optional.of(TimeUnit.HOUR),
                    "$45/h")),
            List.of("EUR", "USD", "EUR"),
            List.of(new Period(BigDecimal.ONE, TimeUnit.YEAR, "a year")),
            List.of(new Count(1, "1")));

    assertThat(quantities.unusedNote("USD"))
        .contains(
            "Not used: 1 person, 1 year (a team's cost: start with 'budget'); $45/h (to check an offer: start with 'check');"
                + " EUR (figures are shown in USD).");
  }

  @Test
  void dollarsAloneAreWhatFiguresAreShownIn() {
    assertThat(new Quantities(List.of(), List.of("USD"), List.of(), List.of()).unusedNote("USD"))
        .isEmpty();
  }
}
