package dev.ratebot.adapter.dataset;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The text of a CSV file and where each of its lines starts, so that any character offset is named
 * by its line in one binary search. Refuses text that is not UTF-8 and any line over {@link
 * #MAX_LINE} characters; a leading byte-order mark is dropped.
 */
final class CsvText {
  /** The longest line read, in characters. */
  static final int MAX_LINE = 10_000;

  private final String text;
  private final int[] lineStarts;

  private CsvText(String text, int[] lineStarts) {
    this.text = text;
    this.lineStarts = lineStarts;
  }

  static CsvText decode(String name, byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw DatasetLoadException.ofFile(name, "not UTF-8 text: save the file as UTF-8");
    }
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return new CsvText(text, lineStarts(name, text));
  }

  String text() {
    return text;
  }

  int lines() {
    return lineStarts.length;
  }

  /** Where a line (from 1) starts. */
  int start(int line) {
    return lineStarts[line - 1];
  }

  /** A line (from 1), with its line break if it has one. */
  String line(int line) {
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    return text.substring(lineStarts[line - 1], end);
  }

  /** The line (from 1) a character offset is on. */
  int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  private static int[] lineStarts(String name, String text) {
    int[] starts = new int[1024];
    int count = 1;
    int length = text.length();
    for (int i = 0; i <= length; i++) {
      if (i == length || text.charAt(i) == '\n') {
        int start = starts[count - 1];
        if (i - start > MAX_LINE) {
          throw new DatasetLoadException(
              name,
              "line " + count,
              String.format(
                  Locale.ROOT,
                  "the line is %,d characters long; at most %,d",
                  i - start,
                  MAX_LINE));
        }
        if (i < length) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      }
    }
    return Arrays.copyOf(starts, count);
  }
}
