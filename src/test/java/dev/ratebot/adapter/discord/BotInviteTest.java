package dev.ratebot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BotInviteTest {
  @Test
  void asksForTheBotAndCommandScopesWithTheFiveChannelPermissions() {
    long viewChannel = 1L << 10;
    long sendMessages = 1L << 11;
    long embedLinks = 1L << 14;
    long readMessageHistory = 1L << 16;
    long sendMessagesInThreads = 1L << 38;

    assertThat(BotInvite.url("1300000000000000001"))
        .isEqualTo(
            "https://discord.com/oauth2/authorize?client_id=1300000000000000001"
                + "&scope=bot+applications.commands&permissions="
                + (viewChannel
                    | sendMessages
                    | embedLinks
                    | readMessageHistory
                    | sendMessagesInThreads));
  }

  @Test
  void aUserInstallAsksForTheCommandsScopeAloneAsAUserIntegration() {
    assertThat(BotInvite.userUrl("1300000000000000001"))
        .isEqualTo(
            "https://discord.com/oauth2/authorize?client_id=1300000000000000001"
                + "&integration_type=1&scope=applications.commands");
  }
}
