package dev.ratebot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.command.OptionDefinition.Choice;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.fake.discord.DiscordPayloads;
import dev.ratebot.fake.discord.RecordedCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Registration through the adapter's start-up, against the fake Discord. */
@Timeout(120)
class CommandRegistrarTest {
  static final Predicate<RecordedCall> GLOBAL_PUT = c -> c.is("PUT", "applications/\\d+/commands");
  static final Predicate<RecordedCall> GUILD_PUT =
      c -> c.is("PUT", "applications/\\d+/guilds/" + DiscordPayloads.GUILD_ID + "/commands");
  static final RequestHandler HANDLER = request -> Fixtures.answer(request.text()).build();

  DiscordHarness harness;

  @BeforeEach
  void start() throws Exception {
    harness = DiscordHarness.start(HANDLER);
  }

  @AfterEach
  void stop() throws Exception {
    harness.close();
  }

  @Test
  void registersRateGloballyFromTheSpec() {
    JsonNode rate = harness.discord.calls().matching(GLOBAL_PUT).get(0).body().get(0);

    assertThat(rate.path("name").asText()).isEqualTo("rate");
    assertThat(rate.path("description").asText()).isEqualTo(Fixtures.registry().description());
    assertThat(names(rate.path("options")))
        .containsExactly("level", "technology", "region", "query");
    JsonNode level = rate.path("options").get(0);
    assertThat(values(level.path("choices"))).containsExactly("junior", "mid", "senior");
    assertThat(level.path("required").asBoolean()).isFalse();
    assertThat(rate.path("options").get(1).path("autocomplete").asBoolean()).isTrue();
    assertThat(rate.path("options").get(2).path("autocomplete").asBoolean()).isTrue();
    assertThat(rate.path("options").get(3).path("max_length").asInt()).isEqualTo(200);
    assertThat(rate.path("contexts")).extracting(JsonNode::asInt).containsExactly(0, 1, 2);
    assertThat(rate.path("integration_types")).extracting(JsonNode::asInt).containsExactly(0, 1);
    assertThat(harness.discord.commands("global")).hasSize(1);
  }

  @Test
  void aRestartWithAnUnchangedSpecReadsButDoesNotWrite() throws Exception {
    harness.connect(HANDLER, Fixtures.registry(), true, Optional.empty());

    assertThat(harness.discord.calls().matching(c -> c.is("GET", "applications/\\d+/commands")))
        .hasSize(2);
    assertThat(harness.discord.calls().matching(GLOBAL_PUT)).hasSize(1);
  }

  @Test
  void aChangedSpecIsWrittenAgain() throws Exception {
    List<Choice> levels = new ArrayList<>(Fixtures.LEVELS);
    levels.add(new Choice("lead", "Lead"));
    CommandRegistry changed = Fixtures.registry(levels);

    harness.connect(HANDLER, changed, true, Optional.empty());

    assertThat(harness.discord.calls().matching(GLOBAL_PUT)).hasSize(2);
    assertThat(
            values(
                harness.discord.commands("global").get(0).path("options").get(0).path("choices")))
        .endsWith("lead");
  }

  @Test
  void aGuildIdRegistersToThatServerOnly() throws Exception {
    harness.connect(HANDLER, Fixtures.registry(), true, Optional.of(DiscordPayloads.GUILD_ID));
    harness.connect(HANDLER, Fixtures.registry(), true, Optional.of(DiscordPayloads.GUILD_ID));

    assertThat(harness.discord.calls().matching(GUILD_PUT)).hasSize(1);
    assertThat(harness.discord.commands(DiscordPayloads.GUILD_ID)).hasSize(1);
    assertThat(harness.discord.calls().matching(GLOBAL_PUT)).hasSize(1);
  }

  @Test
  void anAppWithoutUserInstallRegistersRateForServersAndTheBotsDmsOnly() throws Exception {
    harness.discord.userInstall(false);

    harness.connect(HANDLER, Fixtures.registry(), true, Optional.empty());

    JsonNode rate = harness.discord.commands("global").get(0);
    assertThat(rate.path("contexts")).extracting(JsonNode::asInt).containsExactly(0, 1);
    assertThat(rate.path("integration_types")).extracting(JsonNode::asInt).containsExactly(0);
    assertThat(harness.discord.calls().matching(GLOBAL_PUT)).hasSize(2);
  }

  @Test
  void aServerRegistrationLeavesOutTheGlobalOnlyContextsAndInstallTypes() throws Exception {
    harness.connect(HANDLER, Fixtures.registry(), true, Optional.of(DiscordPayloads.GUILD_ID));

    JsonNode rate = harness.discord.calls().matching(GUILD_PUT).get(0).body().get(0);

    assertThat(rate.path("name").asText()).isEqualTo("rate");
    assertThat(rate.path("options")).hasSize(4);
    assertThat(rate.has("contexts")).isFalse();
    assertThat(rate.has("integration_types")).isFalse();
  }

  @Test
  void aGuildTheBotIsNotInFailsTheStartClearly() {
    assertThatThrownBy(
            () ->
                harness.connect(
                    HANDLER, Fixtures.registry(), true, Optional.of("1399999999999999999")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "DISCORD_GUILD_ID is 1399999999999999999 but the bot is not in that server");
  }

  private static List<String> names(JsonNode options) {
    List<String> names = new ArrayList<>();
    options.forEach(o -> names.add(o.path("name").asText()));
    return names;
  }

  private static List<String> values(JsonNode choices) {
    List<String> values = new ArrayList<>();
    choices.forEach(c -> values.add(c.path("value").asText()));
    return values;
  }
}
