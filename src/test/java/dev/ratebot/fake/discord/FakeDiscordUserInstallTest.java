package dev.ratebot.fake.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake holds a user-installed app to Discord's limits, as the real one does. */
class FakeDiscordUserInstallTest {
  static final String USER = "1300000000000009601";
  static final String MESSAGE = "{\"content\":\"hello\"}";

  final HttpClient http = HttpClient.newHttpClient();
  FakeDiscord discord;

  @BeforeEach
  void start() throws Exception {
    discord = FakeDiscord.start();
  }

  @AfterEach
  void stop() {
    discord.close();
  }

  HttpResponse<String> post(String path, String auth, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(discord.apiUrl() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!auth.isEmpty()) {
      request.header("Authorization", auth);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theBotTokenHasNoAccessWhereTheAppIsOnlyUserInstalled() throws Exception {
    discord.slashCommand(InteractionPlace.GROUP_DM, USER, Map.of());
    discord.slashCommand(InteractionPlace.FRIEND_DM, USER, Map.of());
    discord.slashCommand(InteractionPlace.OTHER_SERVER, USER, Map.of());
    String bot = "Bot " + FakeDiscord.TOKEN;

    HttpResponse<String> groupDm =
        post("channels/" + InteractionPlace.GROUP_DM_ID + "/messages", bot, MESSAGE);
    HttpResponse<String> friendDm =
        post("channels/" + InteractionPlace.FRIEND_DM_ID + "/messages", bot, MESSAGE);
    HttpResponse<String> otherServer =
        post("channels/" + InteractionPlace.OTHER_CHANNEL_ID + "/messages", bot, MESSAGE);
    HttpResponse<String> testServer =
        post("channels/" + DiscordPayloads.CHANNEL_ID + "/messages", bot, MESSAGE);

    for (HttpResponse<String> refused : List.of(groupDm, friendDm, otherServer)) {
      assertThat(refused.statusCode()).isEqualTo(403);
      JsonNode error = DiscordPayloads.JSON.readTree(refused.body());
      assertThat(error.path("code").asInt()).isEqualTo(50001);
      assertThat(error.path("message").asText()).isEqualTo("Missing Access");
    }
    assertThat(testServer.statusCode()).isEqualTo(200);
  }

  @Test
  void aUserInstalledInteractionGetsFiveFollowUpsAndTheSixthIsRefused() throws Exception {
    String token = discord.slashCommand(InteractionPlace.GROUP_DM, USER, Map.of());

    List<Integer> statuses = new ArrayList<>();
    HttpResponse<String> last = null;
    for (int i = 0; i < 6; i++) {
      last = post("webhooks/" + DiscordPayloads.APP_ID + "/" + token, "", MESSAGE);
      statuses.add(last.statusCode());
    }

    assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 400);
    assertThat(DiscordPayloads.JSON.readTree(last.body()).path("code").asInt()).isEqualTo(40094);
  }

  @Test
  void aServerInstalledInteractionHasNoFollowUpLimit() throws Exception {
    String token = discord.slashCommand(USER, Map.of());

    for (int i = 0; i < 6; i++) {
      assertThat(post("webhooks/" + DiscordPayloads.APP_ID + "/" + token, "", MESSAGE).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void aPublicResponseWhereExternalAppsMayNotPostIsKeptEphemeral() throws Exception {
    String forced =
        discord.slashCommand(InteractionPlace.OTHER_SERVER_NO_EXTERNAL_APPS, USER, Map.of());
    String allowed = discord.slashCommand(InteractionPlace.OTHER_SERVER, USER, Map.of());
    String response = "{\"type\":4,\"data\":{\"content\":\"for everyone\"}}";

    for (String token : List.of(forced, allowed)) {
      assertThat(
              post(
                      "interactions/" + DiscordPayloads.snowflake() + "/" + token + "/callback",
                      "",
                      response)
                  .statusCode())
          .isEqualTo(204);
    }

    assertThat(discord.originalOf(forced).path("flags").asInt() & 64).isEqualTo(64);
    assertThat(discord.originalOf(allowed).path("flags").asInt() & 64).isZero();
  }
}
