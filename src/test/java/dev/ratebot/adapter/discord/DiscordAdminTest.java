package dev.ratebot.adapter.discord;

import static dev.ratebot.adapter.discord.DiscordHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratebot.adapter.chat.ChatRenderer;
import dev.ratebot.core.command.AdminCommand;
import dev.ratebot.fake.discord.DiscordPayloads;
import dev.ratebot.fake.discord.RecordedCall;
import dev.ratebot.testing.AdminFixture;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin commands through the real JDA client and a fake Discord: private, and only for some.
 */
class DiscordAdminTest {
  static final String USER = "1300000000000009401";
  static final String OPERATOR = "1300000000000009402";

  private final AdminFixture admin = new AdminFixture("discord:" + OPERATOR);
  private DiscordHarness harness;

  @BeforeEach
  void start() throws Exception {
    harness = DiscordHarness.start(admin.handler(), admin.commands(), true);
  }

  @AfterEach
  void stop() {
    harness.close();
    admin.close();
  }

  @Test
  void anyoneElseGetsAnEphemeralRefusalAndIsRecordedByPlatformQualifiedId() throws Exception {
    String token = harness.discord.slashCommand(USER, Map.of("query", "admin status"));

    JsonNode answer = harness.answerTo(token);

    assertThat(answer.path("flags").asInt() & 64).as("ephemeral flag").isEqualTo(64);
    assertThat(answer.toString()).contains(AdminCommand.REFUSAL).doesNotContain("Dataset");
    assertThat(admin.refused).containsExactly("discord:" + USER);
  }

  @Test
  void theOperatorGetsTheStatusEphemerally() throws Exception {
    String token = harness.discord.slashCommand(OPERATOR, Map.of("query", "admin status"));

    JsonNode answer = harness.answerTo(token);

    assertThat(answer.path("flags").asInt() & 64).as("ephemeral flag").isEqualTo(64);
    assertThat(answer.toString()).contains("ratebot status").contains("version e4ae72e4");
  }

  @Test
  void askedByMentionInAChannelTheRefusalIsNotPosted() throws Exception {
    harness.discord.messageCreate(
        DiscordPayloads.guildMention(USER, "<@" + DiscordPayloads.BOT_ID + "> admin reload"));

    RecordedCall reply =
        harness
            .discord
            .calls()
            .awaitOne(
                c -> c.is("POST", "channels/" + DiscordPayloads.CHANNEL_ID + "/messages"), WAIT);

    assertThat(reply.body().toString())
        .contains(ChatRenderer.ASK_PRIVATELY)
        .doesNotContain(AdminCommand.REFUSAL);
  }

  @Test
  void theRegisteredCommandDoesNotListTheAdminCommands() throws Exception {
    harness.discord.calls().awaitOne(CommandRegistrarTest.GLOBAL_PUT, WAIT);

    assertThat(harness.discord.commands("global")).hasSize(1);
    assertThat(harness.discord.commands("global").get(0).toString()).doesNotContain("admin");
  }
}
