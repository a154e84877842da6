package dev.ratebot.fake.discord;

import static dev.ratebot.fake.discord.DiscordPayloads.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class SchemaRewritesTest {
  static final String CALLBACK = "interactions/1300000000000000700/aW50ZXJhY3Rpb246abc/callback";

  static ObjectNode spec(String kindTypes) throws Exception {
    return (ObjectNode)
        JSON.readTree(
            ("{'components': {'schemas': {"
                    + "'Kind': {'type': 'integer', 'oneOf': [{'title': 'A', 'const': 1},"
                    + " {'title': 'A too', 'description': 'the same kind', 'const': 3}]},"
                    + "'A': {'type': 'object', 'required': ['type'],"
                    + " 'properties': {'type': {'$ref': '#/components/schemas/Kind'}}},"
                    + "'B': {'type': 'object', 'required': ['type'],"
                    + " 'properties': {'type': {'enum': "
                    + kindTypes
                    + "}}},"
                    + "'Either': {'oneOf': [{'type': 'null'}, {'$ref': '#/components/schemas/A'},"
                    + " {'$ref': '#/components/schemas/B'}]}}}}")
                .replace('\'', '"'));
  }

  @Test
  void aOneOfOfConstsBecomesAnEnum() throws Exception {
    ObjectNode spec = spec("[2]");

    SchemaRewrites.apply(spec);

    assertThat(spec.at("/components/schemas/Kind").toString())
        .isEqualTo("{\"type\":\"integer\",\"enum\":[1,3]}");
  }

  @Test
  void aUnionToldApartByTypeBecomesOneSchemaPerTypeValue() throws Exception {
    ObjectNode spec = spec("[2]");

    SchemaRewrites.apply(spec);

    JsonNode either = spec.at("/components/schemas/Either/oneOf");
    assertThat(either).hasSize(2);
    assertThat(either.get(0).toString()).isEqualTo("{\"type\":\"null\"}");
    assertThat(either.get(1).at("/properties/type/enum").toString()).isEqualTo("[1,3,2]");
    assertThat(either.get(1).at("/allOf/1/if/properties/type/enum").toString()).isEqualTo("[2]");
    assertThat(either.get(1).at("/allOf/1/then/$ref").asText()).isEqualTo("#/components/schemas/B");
  }

  @Test
  void aUnionWhoseTypesOverlapIsLeftAsItIs() throws Exception {
    ObjectNode spec = spec("[2, 3]");
    String before = spec.at("/components/schemas/Either").toString();

    SchemaRewrites.apply(spec);

    assertThat(spec.at("/components/schemas/Either").toString()).isEqualTo(before);
  }

  @Test
  void aWrongComponentInARealAnswerIsReportedAtItsPlaceAlone() throws Exception {
    JsonNode callback =
        JSON.readTree(
            "{\"type\": 4, \"data\": {\"components\": [{\"type\": 1, \"components\":"
                + " [{\"type\": 2, \"label\": \"Why?\", \"custom_id\": \"why\"}]}]}}");

    ContractViolation violation =
        DiscordContract.v10().check("POST", CALLBACK, "application/json", callback).orElseThrow();

    assertThat(violation.faults())
        .anySatisfy(
            f -> {
              assertThat(f.pointer()).isEqualTo("/data/components/0/components/0");
              assertThat(f.message()).contains("style");
            })
        .noneMatch(f -> f.message().contains("'content'") || f.message().contains("'component'"));
  }
}
