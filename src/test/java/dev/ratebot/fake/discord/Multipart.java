package dev.ratebot.fake.discord;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body as Discord reads one: a {@code payload_json} part with the
 * JSON body, and {@code files[n]} parts with the uploaded files' bytes.
 *
 * @param payloadJson the {@code payload_json} part, if any
 * @param files the file parts, in order
 * @param otherParts the names of any other parts (Discord would read them as JSON fields)
 */
record Multipart(Optional<String> payloadJson, List<UploadedFile> files, List<String> otherParts) {
  private static final Pattern BOUNDARY =
      Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");
  private static final Pattern FILE_PART = Pattern.compile("files\\[(\\d+)]");

  /**
   * Parses a body.
   *
   * @throws IllegalArgumentException when the body is not well-formed multipart
   */
  static Multipart parse(String contentType, byte[] body) {
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      throw new IllegalArgumentException("multipart/form-data without a boundary");
    }
    byte[] delimiter =
        ("--" + (m.group(1) != null ? m.group(1) : m.group(2))).getBytes(StandardCharsets.UTF_8);
    Optional<String> payload = Optional.empty();
    List<UploadedFile> files = new ArrayList<>();
    List<String> others = new ArrayList<>();
    int at = indexOf(body, delimiter, 0);
    if (at < 0) {
      throw new IllegalArgumentException("multipart body without its boundary");
    }
    while (true) {
      int start = at + delimiter.length;
      if (start + 2 <= body.length && body[start] == '-' && body[start + 1] == '-') {
        break; // the closing delimiter
      }
      start += 2; // CRLF after the delimiter
      int next = indexOf(body, delimiter, start);
      if (next < 0) {
        throw new IllegalArgumentException("multipart body without its closing boundary");
      }
      byte[] part = Arrays.copyOfRange(body, start, next - 2); // CRLF before the delimiter
      int split = indexOf(part, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
      if (split < 0) {
        throw new IllegalArgumentException("multipart part without headers");
      }
      String headers = new String(part, 0, split, StandardCharsets.UTF_8);
      byte[] content = Arrays.copyOfRange(part, split + 4, part.length);
      String disposition =
          headers
              .lines()
              .filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-disposition:"))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException("part without Content-Disposition"));
      Matcher name = NAME.matcher(disposition);
      if (!name.find()) {
        throw new IllegalArgumentException("part without a name: " + disposition);
      }
      Matcher filePart = FILE_PART.matcher(name.group(1));
      if (name.group(1).equals("payload_json")) {
        payload = Optional.of(new String(content, StandardCharsets.UTF_8));
      } else if (filePart.matches()) {
        Matcher filename = FILENAME.matcher(disposition);
        if (!filename.find() || filename.group(1).isBlank()) {
          throw new IllegalArgumentException(name.group(1) + " without a filename");
        }
        String type =
            headers
                .lines()
                .filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                .map(l -> l.substring("content-type:".length()).strip())
                .findFirst()
                .orElse("application/octet-stream");
        files.add(
            new UploadedFile(
                Integer.parseInt(filePart.group(1)), filename.group(1), type, content));
      } else {
        others.add(name.group(1));
      }
      at = next;
    }
    return new Multipart(payload, files, others);
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** One uploaded file: n of its {@code files[n]} part, its name, Content-Type and bytes. */
  static final class UploadedFile {
    private final int index;
    private final String filename;
    private final String contentType;
    private final byte[] bytes;

    UploadedFile(int index, String filename, String contentType, byte[] bytes) {
      this.index = index;
      this.filename = filename;
      this.contentType = contentType;
      this.bytes = bytes.clone();
    }

    int index() {
      return index;
    }

    String filename() {
      return filename;
    }

    String contentType() {
      return contentType;
    }

    byte[] bytes() {
      return bytes.clone();
    }
  }
}
