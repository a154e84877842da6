package dev.ratebot.adapter.discord;

import static dev.ratebot.adapter.discord.DiscordHarness.WAIT;
import static dev.ratebot.fake.discord.FakeDiscord.callbackFor;
import static dev.ratebot.fake.discord.FakeDiscord.editOriginalOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratebot.app.Wiring;
import dev.ratebot.fake.discord.DiscordPayloads;
import dev.ratebot.fake.discord.RecordedCall;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The adapter over the real dispatcher and bundled dataset: real questions, real answers. */
@Timeout(120)
class DiscordAdapterBundledTest {
  static final String USER = "1300000000000009101";

  DiscordHarness harness;

  @BeforeEach
  void start() throws Exception {
    harness = DiscordHarness.start(Wiring.bundledHandler(), Wiring.bundledCommands(), true);
  }

  @AfterEach
  void stop() throws Exception {
    harness.close();
  }

  @Test
  void typedOptionsGetARealAnswer() throws Exception {
    JsonNode data =
        ask(Map.of("level", "senior", "technology", "python", "region", "latin-america"));

    JsonNode embed = data.path("embeds").get(0);
    assertThat(embed.toString()).contains("Latin America").contains("Python");
    assertThat(embed.path("fields")).isNotEmpty();
    assertThat(embed.path("footer").path("text").asText())
        .startsWith("Data: 2023, version ")
        .contains("Sources: ");
    assertThat(data.path("components")).isNotEmpty();
  }

  @Test
  void aCountryTypedInTheRegionOptionIsUnderstood() throws Exception {
    String suggest = harness.discord.autocomplete(USER, "region", "brazil");
    JsonNode choices =
        harness
            .discord
            .calls()
            .awaitOne(callbackFor(suggest), WAIT)
            .body()
            .path("data")
            .path("choices");

    JsonNode data =
        ask(Map.of("technology", "python", "region", choices.get(0).path("value").asText()));

    assertThat(data.path("embeds").get(0).toString()).contains("Latin America");
  }

  @Test
  void typedOptionsFillSlotsAndTheQueryTheRest() throws Exception {
    JsonNode data = ask(Map.of("level", "senior", "query", "python brazil"));

    String embed = data.path("embeds").get(0).toString();
    assertThat(embed).contains("Senior Python").contains("Brazil (Latin America)");
  }

  @Test
  void anOptionThatContradictsTheQueryIsAProblemNamingBoth() throws Exception {
    JsonNode data = ask(Map.of("level", "senior", "query", "junior python"));

    assertThat(data.path("embeds")).isEmpty();
    assertThat(data.path("content").asText())
        .contains("The level option says Senior but the question says Entry; pick one.");
    assertThat(data.path("flags").asInt() & 64).isEqualTo(64);
  }

  @Test
  void theRegistrationOffersTheBundledVocabulary() {
    JsonNode rate = harness.discord.commands("global").get(0);

    assertThat(rate.path("options").get(0).path("choices").toString())
        .contains("\"senior\"", "\"mid\"", "\"entry\"");
  }

  @Test
  void helpListAndSourcesAreWordsOfTheQuery() throws Exception {
    for (String word : new String[] {"help", "list", "sources"}) {
      JsonNode data = ask(Map.of("query", word));

      assertThat(data.path("embeds").get(0).path("title").asText()).as(word).isNotBlank();
      assertThat(data.path("flags").asInt() & 64).isEqualTo(64);
    }
    assertThat(ask(Map.of()).path("embeds").get(0).path("title").asText()).isNotBlank();
  }

  @Test
  void aRealRefinementUpdatesTheAnswerInPlace() throws Exception {
    String ask = harness.discord.slashCommand(USER, Map.of("query", "senior python latam"));
    JsonNode first = harness.discord.calls().awaitOne(callbackFor(ask), WAIT).body().path("data");
    JsonNode menu = first.path("components").get(0).path("components").get(0);
    JsonNode other = null;
    for (JsonNode option : menu.path("options")) {
      if (!option.path("default").asBoolean()) {
        other = option;
        break;
      }
    }
    assertThat(other).as("a choice other than the current one in " + menu).isNotNull();
    String messageId = harness.discord.originalOf(ask).get("id").asText();

    String pick =
        harness.discord.select(
            USER, menu.path("custom_id").asText(), other.path("value").asText(), messageId);
    RecordedCall update = harness.discord.calls().awaitOne(callbackFor(pick), WAIT);

    assertThat(update.body().path("type").asInt()).isEqualTo(7);
    assertThat(update.body().path("data").path("embeds").get(0).toString())
        .contains(other.path("label").asText());
  }

  @Test
  void aMentionGetsARealAnswerAsAReply() throws Exception {
    harness.discord.messageCreate(
        DiscordPayloads.guildMention(
            USER, "<@" + DiscordPayloads.BOT_ID + "> senior python latam"));

    RecordedCall reply =
        harness
            .discord
            .calls()
            .awaitOne(
                c -> c.is("POST", "channels/" + DiscordPayloads.CHANNEL_ID + "/messages"), WAIT);

    assertThat(reply.body().path("embeds").get(0).toString()).contains("Latin America");
    assertThat(reply.body().path("message_reference").path("message_id").asText()).isNotEmpty();
  }

  @Test
  void nonsenseGetsAShortEphemeralProblem() throws Exception {
    JsonNode data = ask(Map.of("query", "qwertyuiop asdfgh"));

    assertThat(data.path("embeds")).isEmpty();
    assertThat(data.path("content").asText()).isNotBlank().hasSizeLessThanOrEqualTo(2_000);
    assertThat(data.path("flags").asInt() & 64).isEqualTo(64);
  }

  @Test
  void aChartIsAttachedToThePrivateAnswerAndShownInItsEmbed() throws Exception {
    String token = harness.discord.slashCommand(USER, Map.of("query", "senior python latam chart"));

    RecordedCall call = harness.discord.calls().awaitOne(callbackFor(token), WAIT);
    JsonNode data = call.body().path("data");
    if (call.body().path("type").asInt() == 5) {
      call = harness.discord.calls().awaitOne(editOriginalOf(token), WAIT);
      data = call.body();
    } else {
      assertThat(data.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    }
    assertThat(data.path("embeds").get(0).path("image").path("url").asText())
        .isEqualTo("attachment://chart.png");
    assertThat(data.path("attachments").get(0).path("filename").asText()).isEqualTo("chart.png");
    assertThat(data.path("attachments").get(0).path("description").asText())
        .contains("Latin America $61–74/h · top $95/h (asked)");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(call.file("chart.png")));
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(400);
    ObjectNode stored = harness.discord.originalOf(token);
    assertThat(stored.path("attachments")).hasSize(1);
    assertThat(stored.path("embeds").get(0).path("image").path("url").asText())
        .startsWith("https://cdn.discordapp.com/attachments/")
        .endsWith("/chart.png");
  }

  @Test
  void anAnswerWithoutTheWordHasNoChart() throws Exception {
    JsonNode data = ask(Map.of("query", "senior python latam"));

    assertThat(data.path("embeds").get(0).has("image")).isFalse();
    assertThat(data.path("attachments")).isEmpty();
  }

  private JsonNode ask(Map<String, String> options) throws InterruptedException {
    return harness.answerTo(harness.discord.slashCommand(USER, options));
  }
}
