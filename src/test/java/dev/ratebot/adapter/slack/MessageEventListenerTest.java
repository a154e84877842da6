package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageEventListenerTest {
  @Test
  void dropsTheLeadingBotMention() {
    assertThat(MessageEventListener.questionText("<@U0BOT> senior python latam"))
        .isEqualTo("senior python latam");
    assertThat(MessageEventListener.questionText("  <@U0BOT|ratebot>: latam")).isEqualTo("latam");
  }

  @Test
  void keepsLaterMentionsAndDecodesSlackEntities() {
    assertThat(MessageEventListener.questionText("<@U0BOT> a &lt;b&gt; &amp; <@U2>"))
        .isEqualTo("a <b> & <@U2>");
  }

  @Test
  void textWithoutAMentionIsKept() {
    assertThat(MessageEventListener.questionText("latam")).isEqualTo("latam");
    assertThat(MessageEventListener.questionText(null)).isEmpty();
  }
}
