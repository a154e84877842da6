package dev.ratebot.fake.slack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP call the fake received: a Web API method or a response_url post.
 *
 * @param method the Web API method ("chat.postMessage"), or "response_url"
 * @param path the request path
 * @param form the form fields of a form-encoded body; empty for JSON bodies
 * @param json the JSON body; for a form body, its fields as an object with {@code blocks} parsed
 * @param bearerPrefix the first five characters of the bearer token ("xoxb-", "xapp-"), or ""
 * @param receivedNanos {@link System#nanoTime()} on arrival
 */
public record ApiCall(
    String method,
    String path,
    Map<String, String> form,
    JsonNode json,
    String bearerPrefix,
    long receivedNanos) {
  public ApiCall {
    Objects.requireNonNull(method, "method");
    form = Map.copyOf(form);
  }

  /** A form field, or a top-level JSON field as text, or null. */
  public String param(String name) {
    if (form.containsKey(name)) {
      return form.get(name);
    }
    if (json != null && json.has(name) && !json.get(name).isContainerNode()) {
      return json.get(name).asText();
    }
    return null;
  }

  /** Everything this call carried, as one string, for "never contains" assertions. */
  public String everything() {
    return form + " " + (json == null ? "" : json.toString());
  }
}
