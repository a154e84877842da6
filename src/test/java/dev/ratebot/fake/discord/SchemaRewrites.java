package dev.ratebot.fake.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rewrites of Discord's spec that accept exactly what it accepts, but check much faster: the
 * validator evaluates every branch of a union and formats an error for each one that fails, which
 * made checking one answer (a dozen components, each a union of seven kinds) cost milliseconds, and
 * its errors unreadable.
 */
final class SchemaRewrites {
  private static final String COMPONENT = "#/components/schemas/";

  private SchemaRewrites() {}

  /** Applies both rewrites to the whole spec. */
  static void apply(ObjectNode spec) {
    enumsForConstUnions(spec);
    unionsByType(spec, spec);
  }

  /**
   * A {@code oneOf} of {@code const}s (how the spec writes an enum, with a title per value) becomes
   * the {@code enum} it means.
   */
  static void enumsForConstUnions(JsonNode node) {
    JsonNode union = node.path("oneOf");
    if (union.isArray() && !union.isEmpty()) {
      boolean consts = true;
      for (JsonNode branch : union) {
        int extra = (branch.has("title") ? 1 : 0) + (branch.has("description") ? 1 : 0);
        consts &= branch.has("const") && branch.size() == 1 + extra;
      }
      if (consts) {
        ArrayNode values = ((ObjectNode) node).putArray("enum");
        union.forEach(branch -> values.add(branch.get("const")));
        ((ObjectNode) node).remove("oneOf");
      }
    }
    node.forEach(SchemaRewrites::enumsForConstUnions);
  }

  /**
   * A union ({@code oneOf}, or an {@code anyOf} that Discord means as one) of object schemas that
   * each require {@code type} from its own set of values (components, interaction callbacks)
   * becomes a union of one schema: {@code type} is one of those values, and the schema whose value
   * it is applies. Only that schema is evaluated, and only its errors are reported.
   */
  static void unionsByType(ObjectNode spec, JsonNode node) {
    for (String keyword : new String[] {"oneOf", "anyOf"}) {
      JsonNode union = node.path(keyword);
      ArrayNode byType = union.isArray() ? byType(spec, (ArrayNode) union) : null;
      if (byType != null) {
        ((ObjectNode) node).set(keyword, byType);
      }
    }
    node.forEach(child -> unionsByType(spec, child));
  }

  /**
   * The union's new branches (null, if it allowed null, and the one object schema), or null when it
   * is not a union of refs told apart by type.
   */
  private static ArrayNode byType(ObjectNode spec, ArrayNode union) {
    List<String> refs = new ArrayList<>();
    boolean nullable = false;
    for (JsonNode branch : union) {
      if (branch.size() == 1 && branch.path("type").asText().equals("null")) {
        nullable = true;
      } else if (branch.size() == 1 && branch.path("$ref").asText().startsWith(COMPONENT)) {
        refs.add(branch.get("$ref").asText());
      } else {
        return null;
      }
    }
    if (refs.size() < 2) {
      return null;
    }
    ObjectNode object = DiscordPayloads.JSON.createObjectNode().put("type", "object");
    object.putArray("required").add("type");
    ArrayNode all = object.putObject("properties").putObject("type").putArray("enum");
    ArrayNode cases = object.putArray("allOf");
    Set<JsonNode> seen = new HashSet<>();
    for (String ref : refs) {
      JsonNode schema = spec.at(ref.substring(1));
      JsonNode values = typeValues(spec, schema.path("properties").path("type"));
      boolean required = false;
      for (JsonNode name : schema.path("required")) {
        required |= name.asText().equals("type");
      }
      if (values == null || !required) {
        return null;
      }
      for (JsonNode value : values) {
        if (!seen.add(value)) {
          return null;
        }
        all.add(value);
      }
      ObjectNode when = cases.addObject();
      when.putObject("if").putObject("properties").putObject("type").set("enum", values);
      when.putObject("then").put("$ref", ref);
    }
    ArrayNode branches = DiscordPayloads.JSON.createArrayNode();
    if (nullable) {
      branches.addObject().put("type", "null");
    }
    return branches.add(object);
  }

  private static JsonNode typeValues(ObjectNode spec, JsonNode type) {
    if (type.has("const")) {
      return DiscordPayloads.JSON.createArrayNode().add(type.get("const"));
    }
    if (type.path("enum").isArray()) {
      return type.get("enum");
    }
    if (type.path("$ref").asText().startsWith(COMPONENT)) {
      return typeValues(spec, spec.at(type.get("$ref").asText().substring(1)));
    }
    return null;
  }
}
