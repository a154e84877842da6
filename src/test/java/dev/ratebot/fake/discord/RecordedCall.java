package dev.ratebot.fake.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
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
 * @param files the files of a multipart body ({@code files[n]} parts), in order; empty otherwise
 */
public record RecordedCall(
    String method,
    String path,
    String query,
    String authorization,
    JsonNode body,
    long nanos,
    List<Multipart.UploadedFile> files) {

  public RecordedCall {
    files = List.copyOf(files);
  }

  /** The bytes of the uploaded file with this name; fails the test when there is none. */
  public byte[] file(String filename) {
    return files.stream()
        .filter(f -> f.filename().equals(filename))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no file " + filename + " in " + this))
        .bytes();
  }

  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  /** True for this method and a path that matches the regular expression. */
  public boolean is(String method, String pathRegex) {
    return this.method.equals(method)
        && PATTERNS.computeIfAbsent(pathRegex, Pattern::compile).matcher(path).matches();
  }

  @Override
  public String toString() {
    return method
        + " "
        + path
        + (query.isEmpty() ? "" : "?" + query)
        + " "
        + body
        + (files.isEmpty()
            ? ""
            : " files " + files.stream().map(Multipart.UploadedFile::filename).toList());
  }
}
