package dev.ratebot.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of a question, each in lower case and as typed, split the way the parser reads them.
 */
final class Tokens {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Tokens() {}

  static String typed(List<Token> tokens, int start, int n) {
    return tokens.subList(start, start + n).stream()
        .map(Token::original)
        .collect(Collectors.joining(" "));
  }

  static List<Token> of(String cleaned) {
    String plain =
        Words.withoutAccents(cleaned)
            .replace("&", " and ")
            .replace('-', ' ')
            .replace('_', ' ')
            .replace('/', ' ');
    List<Token> tokens = new ArrayList<>();
    for (String piece : WHITESPACE.split(plain)) {
      for (String word : Words.split(piece.toLowerCase(Locale.ROOT))) {
        tokens.add(new Token(word, originalCase(piece, word)));
      }
    }
    return tokens;
  }

  // Recover how the user typed a word, so "IT" (Italy) can be told from "it", "Nice" from "nice".
  private static String originalCase(String piece, String lower) {
    int at = piece.toLowerCase(Locale.ROOT).indexOf(lower);
    return at < 0 || piece.length() != piece.toLowerCase(Locale.ROOT).length()
        ? lower
        : piece.substring(at, at + lower.length());
  }

  /**
   * A word of the input.
   *
   * @param lower the word in lower case
   * @param original the word as typed
   */
  record Token(String lower, String original) {
    boolean upperCaseCode() {
      return original.length() == 2 && original.equals(original.toUpperCase(Locale.ROOT));
    }
  }
}
