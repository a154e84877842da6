package dev.ratebot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.adapter.chat.Controls;
import org.junit.jupiter.api.Test;

class ComponentIdsTest {
  @Test
  void aButtonsIdLeavesOutAQuestionThatWouldNotFitDiscordsLimit() {
    String longQuestion = "senior python latam ".repeat(5);

    String id = ComponentIds.button(Controls.Button.CHART, "abcdefghijkl", longQuestion);

    assertThat(id).isEqualTo("ratebot:chart:abcdefghijkl");
    assertThat(ComponentIds.click(id))
        .contains(new ComponentIds.Click(Controls.Button.CHART, "abcdefghijkl", ""));
    assertThat(ComponentIds.click("ratebot:why:abcdefghijkl:why senior python latam"))
        .contains(
            new ComponentIds.Click(Controls.Button.WHY, "abcdefghijkl", "why senior python latam"));
    assertThat(ComponentIds.click("ratebot:share"))
        .contains(new ComponentIds.Click(Controls.Button.SHARE, "", ""));
    assertThat(ComponentIds.click(ComponentIds.refine(0))).isEmpty();
  }
}
