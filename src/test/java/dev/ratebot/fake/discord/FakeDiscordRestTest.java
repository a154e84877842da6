package dev.ratebot.fake.discord;

import static dev.ratebot.fake.discord.DiscordPayloads.JSON;
import static org.assertj.core.api.Assertions.assertThat;

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
}
