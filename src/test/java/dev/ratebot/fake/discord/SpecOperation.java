package dev.ratebot.fake.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One operation of Discord's OpenAPI spec: a method on a path template, and what body it takes.
 *
 * @param id its operationId, e.g. {@code create_message}
 * @param method the HTTP method, upper case
 * @param template the path template, e.g. {@code /channels/{channel_id}/messages}
 * @param path the template as a pattern
 * @param literals how many of the template's segments are not parameters
 * @param bodyRequired whether a request body is required
 * @param mediaTypes the request body's media types; empty when it takes none
 */
record SpecOperation(
    String id,
    String method,
    String template,
    Pattern path,
    int literals,
    boolean bodyRequired,
    List<String> mediaTypes) {
  SpecOperation {
    mediaTypes = List.copyOf(mediaTypes);
  }

  static SpecOperation of(String template, String method, JsonNode operation) {
    StringBuilder regex = new StringBuilder();
    int literals = 0;
    for (String segment : template.substring(1).split("/", -1)) {
      boolean parameter = segment.startsWith("{") && segment.endsWith("}");
      regex.append('/').append(parameter ? "[^/]+" : Pattern.quote(segment));
      literals += parameter ? 0 : 1;
    }
    JsonNode body = operation.path("requestBody");
    List<String> types = new ArrayList<>();
    body.path("content").properties().forEach(type -> types.add(type.getKey()));
    return new SpecOperation(
        operation.path("operationId").asText(),
        method.toUpperCase(Locale.ROOT),
        template,
        Pattern.compile(regex.toString()),
        literals,
        body.path("required").asBoolean(false),
        types);
  }

  String describe() {
    return template + " (" + id + ")";
  }
}
