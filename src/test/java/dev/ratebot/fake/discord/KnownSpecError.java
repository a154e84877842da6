package dev.ratebot.fake.discord;

import static dev.ratebot.fake.discord.DiscordPayloads.JSON;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * A place where Discord's spec refuses what Discord accepts (its README warns it may be wrong), and
 * what the fake accepts there besides.
 *
 * @param operationId the operation the request that showed it was for, e.g. {@code
 *     bulk_set_application_commands}
 * @param schema a JSON pointer into the spec to the schema that is too strict
 * @param alsoAccepted a schema for what Discord accepts there besides (JSON)
 * @param example a request body for that operation that the real client sends and Discord accepts
 * @param reason why Discord accepts it, and who sends it
 */
record KnownSpecError(
    String operationId, String schema, String alsoAccepted, String example, String reason) {
  KnownSpecError {
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a known spec error needs its reason: " + schema);
    }
  }

  /** Replaces the schema at {@link #schema} by {@code anyOf: [it, alsoAccepted]}. */
  void relax(ObjectNode spec) {
    JsonPointer pointer = JsonPointer.compile(schema);
    JsonNode parent = spec.at(pointer.head());
    JsonNode strict = spec.at(pointer);
    if (strict.isMissingNode()) {
      throw new IllegalStateException("the spec has nothing at " + schema);
    }
    ObjectNode relaxed = JSON.createObjectNode();
    relaxed.putArray("anyOf").add(strict).add(parse(alsoAccepted));
    String last = pointer.last().getMatchingProperty();
    if (parent instanceof ArrayNode array) {
      array.set(pointer.last().getMatchingIndex(), relaxed);
    } else {
      ((ObjectNode) parent).set(last, relaxed);
    }
  }

  JsonNode exampleBody() {
    return parse(example);
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
