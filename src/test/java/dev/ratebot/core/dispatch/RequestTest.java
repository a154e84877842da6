package dev.ratebot.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestTest {
  @Test
  void missingTextAndChannelAreEmpty() {
    Request request = new Request(null, "u1", null, Platform.CONSOLE);

    assertThat(request.text()).isEmpty();
    assertThat(request.channelId()).isEmpty();
    assertThat(request.options()).isEmpty();
  }

  @Test
  void onlyLevelTechnologyAndRegionAreTypedOptions() {
    assertThat(new Request("", Map.of("level", "senior"), "u1", "c1", Platform.DISCORD).options())
        .containsEntry("level", "senior");
    assertThatThrownBy(() -> new Request("", Map.of("colour", "red"), "u1", "c1", Platform.DISCORD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown options [colour]");
  }
}
