package dev.ratebot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {
  static final String TOKEN = "test-token-not-real";

  @Test
  void absentWithoutAToken() {
    assertThat(DiscordSettings.fromEnvironment(Map.of())).isEmpty();
    assertThat(DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", "  "))).isEmpty();
  }

  @Test
  void defaultsToDiscordsEndpointsAndGlobalCommands() {
    DiscordSettings settings =
        DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", TOKEN)).orElseThrow();

    assertThat(settings.token()).isEqualTo(TOKEN);
    assertThat(settings.apiUrl()).isEqualTo("https://discord.com/api/v10/");
    assertThat(settings.gatewayUrl()).isEqualTo("wss://gateway.discord.gg");
    assertThat(settings.guildId()).isEmpty();
    assertThat(settings.compression()).isTrue();
  }

  @Test
  void readsEveryVariable() {
    DiscordSettings settings =
        DiscordSettings.fromEnvironment(
                Map.of(
                    "DISCORD_TOKEN", TOKEN,
                    "DISCORD_API_URL", "http://127.0.0.1:8080/api/v10",
                    "DISCORD_GATEWAY_URL", "ws://127.0.0.1:8081",
                    "DISCORD_GUILD_ID", " 1300000000000000100 "))
            .orElseThrow();

    assertThat(settings.apiUrl()).isEqualTo("http://127.0.0.1:8080/api/v10/");
    assertThat(settings.gatewayUrl()).isEqualTo("ws://127.0.0.1:8081");
    assertThat(settings.guildId()).contains("1300000000000000100");
  }

  @Test
  void aBlankGuildIdMeansGlobal() {
    assertThat(
            DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_GUILD_ID", ""))
                .orElseThrow()
                .guildId())
        .isEmpty();
  }

  @Test
  void rejectsAGuildIdThatIsNotASnowflake() {
    assertThatThrownBy(
            () ->
                DiscordSettings.fromEnvironment(
                    Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_GUILD_ID", "my-server")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DISCORD_GUILD_ID must be a server id: 17 to 20 digits")
        .hasMessageContaining("got 'my-server'");
    assertThatThrownBy(() -> DiscordSettings.of(TOKEN).withGuildId("12345"))
        .hasMessageContaining("DISCORD_GUILD_ID");
  }

  @Test
  void rejectsUrlsOfTheWrongKind() {
    assertThatThrownBy(
            () ->
                DiscordSettings.fromEnvironment(
                    Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_API_URL", "discord.com/api")))
        .hasMessageStartingWith("DISCORD_API_URL must be an absolute http or https URL");
    assertThatThrownBy(
            () ->
                DiscordSettings.fromEnvironment(
                    Map.of(
                        "DISCORD_TOKEN",
                        TOKEN,
                        "DISCORD_GATEWAY_URL",
                        "https://gateway.discord.gg")))
        .hasMessageStartingWith("DISCORD_GATEWAY_URL must be an absolute ws or wss URL");
  }

  @Test
  void neverShowsTheToken() {
    DiscordSettings settings =
        new DiscordSettings(
            TOKEN,
            "https://discord.com/api/v10/",
            "wss://gateway.discord.gg",
            Optional.of("1300000000000000100"),
            true);

    assertThat(settings.toString()).doesNotContain(TOKEN).contains("<redacted>");
    assertThat(settings.withCompression(false).toString()).doesNotContain(TOKEN);
  }
}
