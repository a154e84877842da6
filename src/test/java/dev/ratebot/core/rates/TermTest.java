package dev.ratebot.core.rates;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermTest {
  @Test
  void everyTermNeedsAnIdAndALabel() {
    assertThatThrownBy(() -> new Level(null, "Mid", 2, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a term needs an id");
    assertThatThrownBy(() -> new Level("mid", null, 2, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("term mid needs a label");
    assertThatThrownBy(() -> new Technology("go", " ", List.of()))
        .hasMessage("term go needs a label");
    assertThatThrownBy(() -> new Region("", "Europe", List.of(), List.of("DE")))
        .hasMessage("a term needs an id");
  }
}
