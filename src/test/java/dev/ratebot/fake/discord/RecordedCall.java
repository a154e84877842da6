package dev.ratebot.fake.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One REST call the fake received.
 *
 * @param method the HTTP method
 * @param path the path below the API base, e.g. {@code interactions/1/tok/callback}
 * @param query the raw query string, or empty
 * @param authorization the Authorization header, or empty
 * @param body the JSON body (a multipart body's {@code payload_json}), or a missing node
 * @param nanos {@link System#nanoTime()} when it arrived
 */
public record RecordedCall(
    String method, String path, String query, String authorization, JsonNode body, long nanos) {

  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  /** True for this method and a path that matches the regular expression. */
  public boolean is(String method, String pathRegex) {
    return this.method.equals(method)
        && PATTERNS.computeIfAbsent(pathRegex, Pattern::compile).matcher(path).matches();
  }

  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " " + body;
  }
}
