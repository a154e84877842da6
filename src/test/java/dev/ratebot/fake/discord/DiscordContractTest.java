package dev.ratebot.fake.discord;

import static dev.ratebot.fake.discord.DiscordPayloads.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DiscordContractTest {
  static final DiscordContract CONTRACT = DiscordContract.v10();
  static final String CALLBACK = "interactions/1300000000000000700/aW50ZXJhY3Rpb246abc/callback";
  static final String ORIGINAL =
      "webhooks/" + DiscordPayloads.APP_ID + "/aW50ZXJhY3Rpb246abc/messages/@original";

  @Test
  void aMessageWithinDiscordsLimitsPasses() {
    ObjectNode message = JSON.createObjectNode().put("content", "x".repeat(2_000));
    message.putArray("embeds").addObject().put("title", "Senior Python");

    assertThat(CONTRACT.check("PATCH", ORIGINAL, "application/json", message)).isEmpty();
  }

  @Test
  void aCallbackTypeThatIsNotANumberIsRefused() {
    ObjectNode callback = JSON.createObjectNode().put("type", "x");
    callback.putObject("data").put("content", "hi");

    ContractViolation violation =
        CONTRACT.check("POST", CALLBACK, "application/json", callback).orElseThrow();

    assertThat(violation.status()).isEqualTo(400);
    assertThat(violation.route())
        .isEqualTo(
            "/interactions/{interaction_id}/{interaction_token}/callback"
                + " (create_interaction_response)");
    assertThat(violation.faults()).anyMatch(f -> f.pointer().equals("/type"));
  }

  @Test
  void elevenEmbedsAreRefused() {
    ObjectNode message = JSON.createObjectNode();
    ArrayNode embeds = message.putArray("embeds");
    for (int i = 0; i < 11; i++) {
      embeds.addObject().put("title", "embed " + i);
    }

    ContractViolation violation =
        CONTRACT.check("PATCH", ORIGINAL, "application/json", message).orElseThrow();

    assertThat(violation.faults())
        .singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/embeds"))
        .satisfies(f -> assertThat(f.keyword()).isEqualTo("maxItems"));
  }

  @Test
  void contentOverTwoThousandCharactersIsRefusedWithDiscordsErrorBody() {
    JsonNode message = JSON.createObjectNode().put("content", "x".repeat(2_001));

    ContractViolation violation =
        CONTRACT.check("PATCH", ORIGINAL, "application/json", message).orElseThrow();

    JsonNode response = violation.response();
    assertThat(response.path("code").asInt()).isEqualTo(50035);
    assertThat(response.path("message").asText()).isEqualTo("Invalid Form Body");
    assertThat(response.at("/errors/content/_errors/0/code").asText()).isEqualTo("maxLength");
  }

  @Test
  void theJsonPartOfAMultipartBodyIsCheckedToo() {
    JsonNode payload = JSON.createObjectNode().put("content", "x".repeat(2_001));

    assertThat(CONTRACT.check("PATCH", ORIGINAL, "multipart/form-data; boundary=b", payload))
        .isPresent();
  }

  @Test
  void anUnknownRouteIsA404AndAKnownPathWithAnotherMethodA405() {
    ContractViolation unknown =
        CONTRACT.check("GET", "no/such/route", null, MissingNode.getInstance()).orElseThrow();
    ContractViolation wrongMethod =
        CONTRACT.check("DELETE", "gateway/bot", null, MissingNode.getInstance()).orElseThrow();

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.response().path("message").asText()).isEqualTo("404: Not Found");
    assertThat(wrongMethod.status()).isEqualTo(405);
  }

  @Test
  void aLiteralSegmentBeatsAParameter() {
    assertThat(CONTRACT.operation("GET", "users/@me").map(SpecOperation::id))
        .contains("get_my_user");
    assertThat(CONTRACT.operation("GET", "users/1300000000000000500").map(o -> o.id()))
        .contains("get_user");
  }

  @Test
  void aRequiredBodyMustBeThere() {
    assertThat(CONTRACT.check("POST", CALLBACK, null, MissingNode.getInstance()))
        .map(v -> v.faults().get(0).keyword())
        .contains("required");
  }

  @Test
  void anUnknownRouteMasksTokensInWhatItSays() {
    String token = "aW50ZXJhY3Rpb246" + "f".repeat(40);

    ContractViolation violation =
        CONTRACT
            .check("POST", "webhooks/1/" + token + "/nope", null, MissingNode.getInstance())
            .orElseThrow();

    assertThat(violation.toString()).doesNotContain(token).contains("/webhooks/1/{token}/nope");
  }

  @Test
  void theFakeAnswersAViolationAsDiscordWouldAndFailsTheTestOnClose() throws Exception {
    FakeDiscord discord = FakeDiscord.start();
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest tooLong =
        HttpRequest.newBuilder(URI.create(discord.apiUrl() + ORIGINAL))
            .method(
                "PATCH",
                HttpRequest.BodyPublishers.ofString(
                    JSON.createObjectNode().put("content", "x".repeat(2_001)).toString()))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(10))
            .build();
    HttpRequest unknown =
        HttpRequest.newBuilder(URI.create(discord.apiUrl() + "no/such/route"))
            .timeout(Duration.ofSeconds(10))
            .build();

    HttpResponse<String> refused = http.send(tooLong, HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> notFound = http.send(unknown, HttpResponse.BodyHandlers.ofString());

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).path("code").asInt()).isEqualTo(50035);
    assertThat(notFound.statusCode()).isEqualTo(404);
    assertThat(discord.violations().all()).hasSize(2);
    assertThatThrownBy(discord::close)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("2 request(s) that Discord's OpenAPI spec does not allow")
        .hasMessageContaining("/content maxLength")
        .hasMessageContaining("GET /no/such/route");
  }

  @Test
  void globalAndGuildCommandRegistrationAreTheirOwnOperations() {
    String app = "applications/" + DiscordPayloads.APP_ID;

    assertThat(CONTRACT.operation("PUT", app + "/commands").map(SpecOperation::id))
        .contains("bulk_set_application_commands");
    assertThat(
            CONTRACT
                .operation("PUT", app + "/guilds/" + DiscordPayloads.GUILD_ID + "/commands")
                .map(SpecOperation::id))
        .contains("bulk_set_guild_application_commands");
  }
}
