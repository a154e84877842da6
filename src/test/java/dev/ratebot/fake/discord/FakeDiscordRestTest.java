package dev.ratebot.fake.discord;

import static dev.ratebot.fake.discord.DiscordPayloads.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FakeDiscordRestTest {
  @Test
  void aMessageComesBackWithItsEmbedsTypedRichAsDiscordsDo() throws Exception {
    try (FakeDiscord discord = FakeDiscord.start()) {
      HttpRequest post =
          HttpRequest.newBuilder(
                  URI.create(
                      discord.apiUrl() + "channels/" + DiscordPayloads.CHANNEL_ID + "/messages"))
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"embeds\": [{\"title\": \"Senior Python\"}]}"))
              .header("Content-Type", "application/json")
              .header("Authorization", "Bot " + FakeDiscord.TOKEN)
              .timeout(Duration.ofSeconds(10))
              .build();

      HttpResponse<String> response =
          HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());

      JsonNode message = JSON.readTree(response.body());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(message.at("/embeds/0/type").asText()).isEqualTo("rich");
      assertThat(discord.message(message.get("id").asText()).at("/embeds/0/type").asText())
          .isEqualTo("rich");
    }
  }

  @Test
  void aFirstResponseAfterThreeSecondsIsRefusedAsUnknownAndFailsTheTest() throws Exception {
    FakeDiscord discord = FakeDiscord.start();
    long fourSecondsAgo = System.currentTimeMillis() - 4_000 - 1_420_070_400_000L;
    String old = Long.toUnsignedString(fourSecondsAgo << 22);
    String fresh = DiscordPayloads.snowflake();

    HttpResponse<String> late = callback(discord, old);
    HttpResponse<String> inTime = callback(discord, fresh);

    assertThat(late.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(late.body()).path("code").asInt()).isEqualTo(10062);
    assertThat(inTime.statusCode()).isEqualTo(204);
    assertThat(discord.lateFirstResponses().all()).singleElement().asString().contains(old);
    assertThatThrownBy(discord::close)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 interaction(s) answered after Discord's 3 s");
  }

  private static HttpResponse<String> callback(FakeDiscord discord, String interactionId)
      throws Exception {
    HttpRequest post =
        HttpRequest.newBuilder(
                URI.create(
                    discord.apiUrl()
                        + "interactions/"
                        + interactionId
                        + "/token-"
                        + interactionId
                        + "/callback"))
            .POST(HttpRequest.BodyPublishers.ofString("{\"type\": 5, \"data\": {\"flags\": 64}}"))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(10))
            .build();
    return HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());
  }
}
