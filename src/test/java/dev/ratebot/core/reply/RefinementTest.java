package dev.ratebot.core.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RefinementTest {
  @Test
  void aChoiceQueryFitsInAHundredCharactersAsPlatformsAllow() {
    String longest = "x".repeat(100);

    assertThat(new Refinement.Choice("Senior", longest, false).query()).hasSize(100);
    assertThatThrownBy(() -> new Refinement.Choice("Senior", longest + "y", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("choice query over 100 characters: xxx");
  }
}
