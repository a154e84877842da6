package dev.ratebot.fake.discord;

import static dev.ratebot.fake.discord.DiscordPayloads.JSON;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Discord's HTTP API v10 as its published OpenAPI spec describes it (vendored in {@code
 * src/test/resources/discord-api-spec}, relaxed only where {@link KnownSpecErrors} says), used to
 * check each request the fake receives: its method and path must name an operation, and its JSON
 * body (a multipart body's {@code payload_json}) must match that operation's request schema. The
 * spec is 1.2 MB, so it is read and compiled once per JVM ({@link #v10()}).
 */
final class DiscordContract {
  private static final String SPEC = "/discord-api-spec/openapi.json";
  private static final String IRI = "https://discord.com/api/v10/openapi.json";
  private static final String JSON_TYPE = "application/json";
  private static final String MULTIPART_TYPE = "multipart/form-data";

  private static final String COMPONENT = "#/components/schemas/";

  private final ObjectNode spec;
  private final List<SpecOperation> operations;
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private DiscordContract(ObjectNode spec) throws JsonProcessingException {
    this.spec = spec;
    operations = operations(spec);
    // OpenAPI 3.1's dialect (JSON Schema 2020-12, formats as annotations), plus Discord's marker
    // for an anyOf that it means as a oneOf.
    Dialect dialect =
        Dialect.builder(Dialects.getOpenApi31())
            .keyword(new NonValidationKeyword("x-discord-union"))
            .build();
    String text = JSON.writeValueAsString(spec);
    registry = SchemaRegistry.withDefaultDialect(dialect, b -> b.schemas(Map.of(IRI, text)));
  }

  /** The vendored spec with the known spec errors relaxed, loaded on first use. */
  static DiscordContract v10() {
    return Holder.V10;
  }

  private static final class Holder {
    static final DiscordContract V10 = load(KnownSpecErrors.ALL);
  }

  /** The vendored spec with these (and only these) known errors relaxed. */
  static DiscordContract load(List<KnownSpecError> relaxed) {
    try (InputStream in = DiscordContract.class.getResourceAsStream(SPEC)) {
      if (in == null) {
        throw new IllegalStateException("no " + SPEC + " on the test class path");
      }
      ObjectNode spec = (ObjectNode) JSON.readTree(in);
      relaxed.forEach(error -> error.relax(spec));
      SchemaRewrites.apply(spec);
      return new DiscordContract(spec);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The operation a method and path (below {@code /api/v10/}) name, if the spec has one. */
  Optional<SpecOperation> operation(String method, String path) {
    return operations.stream()
        .filter(o -> o.method().equals(method) && o.path().matcher("/" + path).matches())
        .findFirst();
  }

  /** The operation with this id, if the spec has one. */
  Optional<SpecOperation> operation(String id) {
    return operations.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * What is wrong with a request, if anything.
   *
   * @param contentType the Content-Type header, or null
   * @param body the JSON body (a multipart body's {@code payload_json}), or a missing node
   */
  Optional<ContractViolation> check(String method, String path, String contentType, JsonNode body) {
    Optional<SpecOperation> found = operation(method, path);
    if (found.isEmpty()) {
      boolean known = operations.stream().anyMatch(o -> o.path().matcher("/" + path).matches());
      return Optional.of(
          ContractViolation.route(
              known ? 405 : 404,
              method,
              ContractViolation.masked(path),
              known ? "no " + method + " operation on this path" : "no operation has this path"));
    }
    return check(found.get(), contentType, body);
  }

  /** What is wrong with a request for this operation, if anything. */
  Optional<ContractViolation> check(SpecOperation operation, String contentType, JsonNode body) {
    List<ContractViolation.Fault> faults = faults(operation, contentType, body);
    return faults.isEmpty()
        ? Optional.empty()
        : Optional.of(new ContractViolation(400, operation.method(), operation.describe(), faults));
  }

  /**
   * The components/schemas that an operation's JSON request body may use, through any chain of
   * {@code $ref}s.
   */
  Set<String> schemasOf(SpecOperation operation) {
    Set<String> names = new HashSet<>();
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.add(spec.at(pointer(operation)));
    while (!todo.isEmpty()) {
      JsonNode node = todo.pop();
      String ref = node.path("$ref").asText("");
      if (ref.startsWith(COMPONENT) && names.add(ref.substring(COMPONENT.length()))) {
        todo.add(spec.at(ref.substring(1)));
      }
      node.forEach(todo::add);
    }
    return names;
  }

  private List<ContractViolation.Fault> faults(
      SpecOperation operation, String contentType, JsonNode body) {
    if (body.isMissingNode()) {
      return operation.bodyRequired()
          ? List.of(ContractViolation.Fault.atRoot("required", "a request body is required"))
          : List.of();
    }
    String type =
        contentType != null && contentType.startsWith(MULTIPART_TYPE) ? MULTIPART_TYPE : JSON_TYPE;
    if (!operation.mediaTypes().contains(type)) {
      return List.of(
          ContractViolation.Fault.atRoot(
              "content", "this operation takes no " + type + " body: " + operation.mediaTypes()));
    }
    Schema schema = schemas.computeIfAbsent(operation.id(), id -> schema(operation));
    List<com.networknt.schema.Error> errors;
    try {
      errors = schema.validate(JSON.writeValueAsString(body), InputFormat.JSON);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return errors.stream().map(ContractViolation.Fault::of).toList();
  }

  private Schema schema(SpecOperation operation) {
    // The payload_json of a multipart body is validated as the JSON body would be.
    return registry.getSchema(
        SchemaLocation.of(IRI + "#" + pointer(operation).replace("{", "%7B").replace("}", "%7D")));
  }

  private static String pointer(SpecOperation operation) {
    return "/paths/"
        + escape(operation.template())
        + "/"
        + operation.method().toLowerCase(Locale.ROOT)
        + "/requestBody/content/"
        + escape(JSON_TYPE)
        + "/schema";
  }

  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  private static List<SpecOperation> operations(JsonNode spec) {
    List<SpecOperation> all = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
        if (!method.getKey().equals("parameters")) {
          all.add(SpecOperation.of(path.getKey(), method.getKey(), method.getValue()));
        }
      }
    }
    // A literal segment beats a parameter: users/@me is not users/{user_id}.
    all.sort(Comparator.comparingInt(SpecOperation::literals).reversed());
    return List.copyOf(all);
  }
}
