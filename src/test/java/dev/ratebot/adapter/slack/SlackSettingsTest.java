package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {
  static final String BOT = "xoxb-fake";
  static final String APP = "xapp-1-fake";

  @Test
  void absentWhenNeitherTokenIsSet() {
    assertThat(SlackSettings.fromEnvironment(Map.of())).isEmpty();
    assertThat(SlackSettings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", " ", "SLACK_APP_TOKEN", "")))
        .isEmpty();
  }

  @Test
  void presentWithBothTokensAndTheDefaultApiUrl() {
    SlackSettings settings =
        SlackSettings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", APP))
            .orElseThrow();

    assertThat(settings.botToken()).isEqualTo(BOT);
    assertThat(settings.appToken()).isEqualTo(APP);
    assertThat(settings.apiUrl()).isEqualTo("https://slack.com/api/");
  }

  @Test
  void apiUrlGetsItsTrailingSlash() {
    SlackSettings settings =
        SlackSettings.fromEnvironment(
                Map.of(
                    "SLACK_BOT_TOKEN",
                    BOT,
                    "SLACK_APP_TOKEN",
                    APP,
                    "SLACK_API_URL",
                    "http://127.0.0.1:9999/api"))
            .orElseThrow();

    assertThat(settings.apiUrl()).isEqualTo("http://127.0.0.1:9999/api/");
  }

  @Test
  void onlyOneTokenIsAMistakeNamedPlainly() {
    assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", BOT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("SLACK_APP_TOKEN is not set")
        .hasMessageNotContaining(BOT);
  }

  @Test
  void wrongPrefixNamesTheVariableButNeverTheValue() {
    assertThatThrownBy(() -> new SlackSettings(APP, APP, "https://slack.com/api/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SLACK_BOT_TOKEN")
        .hasMessageContaining("xoxb-")
        .hasMessageNotContaining(APP);
    assertThatThrownBy(() -> new SlackSettings(BOT, BOT, "https://slack.com/api/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SLACK_APP_TOKEN")
        .hasMessageNotContaining(BOT);
    assertThatThrownBy(() -> new SlackSettings("xoxb-", APP, "https://slack.com/api/"))
        .hasMessageContaining("SLACK_BOT_TOKEN");
  }

  @Test
  void apiUrlMustBeHttp() {
    assertThatThrownBy(() -> new SlackSettings(BOT, APP, "ftp://slack.com/api/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SLACK_API_URL");
    assertThatThrownBy(() -> new SlackSettings(BOT, APP, "not a url"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SLACK_API_URL");
  }

  @Test
  void toStringHidesTheTokens() {
    String shown = new SlackSettings(BOT, APP, "https://slack.com/api/").toString();

    assertThat(shown).doesNotContain(BOT, APP, "test-not").contains("https://slack.com/api/");
  }
}
