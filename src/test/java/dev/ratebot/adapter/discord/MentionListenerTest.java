package dev.ratebot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionListenerTest {
  @Test
  void takesTheBotsOwnMentionsOutAndKeepsEverythingElse() {
    assertThat(MentionListener.withoutMention("<@42> senior python latam", "42"))
        .isEqualTo("senior python latam");
    assertThat(MentionListener.withoutMention("hey <@!42>   latam <@43>", "42"))
        .isEqualTo("hey latam <@43>");
    assertThat(MentionListener.withoutMention("<@42>", "42")).isEmpty();
  }
}
