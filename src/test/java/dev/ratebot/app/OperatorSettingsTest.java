package dev.ratebot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperatorSettingsTest {
  @Test
  void unsetPollingIsOnServingChatOnlyAndNobodyIsAdmin() {
    OperatorSettings settings = OperatorSettings.fromEnvironment(Map.of());

    assertThat(settings.poll(true)).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.poll(false)).isZero();
    assertThat(settings.admins()).isEmpty();
  }

  @Test
  void pollingAsSetEverywhereAndZeroIsOff() {
    assertThat(
            OperatorSettings.fromEnvironment(Map.of("RATEBOT_DATA_POLL_SECONDS", "30")).poll(false))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(
            OperatorSettings.fromEnvironment(Map.of("RATEBOT_DATA_POLL_SECONDS", "0")).poll(true))
        .isZero();
  }

  @Test
  void aBadIntervalNamesTheSetting() {
    assertThatThrownBy(
            () -> OperatorSettings.fromEnvironment(Map.of("RATEBOT_DATA_POLL_SECONDS", "ten")))
        .isInstanceOf(SettingsException.class)
        .hasMessage("RATEBOT_DATA_POLL_SECONDS must be a whole number of seconds, got 'ten'.");
    assertThatThrownBy(
            () -> OperatorSettings.fromEnvironment(Map.of("RATEBOT_DATA_POLL_SECONDS", "-1")))
        .hasMessage("RATEBOT_DATA_POLL_SECONDS must be between 0 (off) and 86400, got -1.");
  }

  @Test
  void adminsArePlatformQualifiedIds() {
    OperatorSettings settings =
        OperatorSettings.fromEnvironment(
            Map.of("RATEBOT_ADMINS", " slack:U123ABC, Discord:80351110224678912 "));

    assertThat(settings.admins())
        .containsExactlyInAnyOrder("slack:U123ABC", "discord:80351110224678912");
  }

  @Test
  void anUnqualifiedAdminIsRefusedNamingTheEntry() {
    assertThatThrownBy(
            () -> OperatorSettings.fromEnvironment(Map.of("RATEBOT_ADMINS", "slack:U1,U2")))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("RATEBOT_ADMINS lists 'U2': give platform-qualified user ids");
  }
}
