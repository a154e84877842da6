package dev.ratebot.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogMaskTest {
  @Test
  void slackTokensKeepOnlyTheirPrefix() {
    assertThat(LogMask.mask("token xoxb-123-456-AbC and xapp-1-A0-9-xyz, xoxp-9-9"))
        .isEqualTo("token xoxb-*** and xapp-***, xoxp-***");
  }

  @Test
  void discordBotTokensAreMaskedWhole() {
    assertThat(
            LogMask.mask(
                "Authorization: Bot MTMwMDAwMDAwMDAwMDAwMDAwMQ.GfAkE1.not-a-real-token-for-tests-only0"))
        .isEqualTo("Authorization: Bot ***");
  }

  @Test
  void bearerHeadersAreMasked() {
    assertThat(LogMask.mask("{\"Authorization\": \"Bearer abcdefgh1234\"}"))
        .isEqualTo("{\"Authorization\": \"Bearer ***\"}");
  }

  @Test
  void socketModeTicketsAreMasked() {
    assertThat(
            LogMask.mask(
                "connecting to wss://wss-primary.slack.com/link/?ticket=1a2b-3c4d&app_id=A0"))
        .isEqualTo("connecting to wss://wss-primary.slack.com/link/?ticket=***&app_id=A0");
  }

  @Test
  void interactionAndWebhookTokensInUrlsAreMasked() {
    assertThat(
            LogMask.mask(
                "POST /interactions/1300/aW50ZXJhY3Rpb246abc/callback and"
                    + " PATCH /webhooks/42/aW50ZXJhY3Rpb246def/messages/@original"))
        .isEqualTo(
            "POST /interactions/1300/***/callback and PATCH /webhooks/42/***/messages/@original");
  }

  @Test
  void slackResponseUrlsAreMasked() {
    assertThat(LogMask.mask("posting to https://hooks.slack.com/commands/T0TEST/1234/AbCdEf99"))
        .isEqualTo("posting to https://hooks.slack.com/commands/T0TEST/1234/***");
    assertThat(LogMask.mask("\"https:\\/\\/hooks.slack.com\\/actions\\/T0\\/55\\/XyZ\""))
        .isEqualTo("\"https:\\/\\/hooks.slack.com\\/actions\\/T0\\/55\\/***\"");
  }

  @Test
  void tokenFieldsInJsonAreMaskedPlainOrEscaped() {
    assertThat(LogMask.mask("{\"token\":\"secret-1\",\"type\":2}"))
        .isEqualTo("{\"token\":\"***\",\"type\":2}");
    assertThat(
            LogMask.mask("{\"message\":\"got {\\\"token\\\":\\\"secret-1\\\",\\\"type\\\":2}\"}"))
        .isEqualTo("{\"message\":\"got {\\\"token\\\":\\\"***\\\",\\\"type\\\":2}\"}");
    assertThat(LogMask.mask("\"response_url\": \"http://127.0.0.1:9/r/1\""))
        .isEqualTo("\"response_url\": \"***\"");
  }

  @Test
  void configuredSecretsAreMaskedByValueWhateverTheirShape() {
    LogMask.secret("plain-secret-value-42");

    assertThat(LogMask.mask("oops plain-secret-value-42 leaked")).isEqualTo("oops *** leaked");
  }

  @Test
  void ordinaryLinesAreLeftAlone() {
    String line = "answered slack rate: answered in 12 ms; Bot ratebot connected, ticket count 3";

    assertThat(LogMask.mask(line)).isEqualTo(line);
  }
}
