package dev.ratebot.core.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises text into words the same way for the vocabulary and for user input. */
final class Words {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  // Keep the characters technology names are made of: node.js, c#, c++, .net.
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9.#+']+");

  // Letters that Unicode does not decompose into a base letter and a mark, with their plain forms.
  private static final String UNDECOMPOSED = "łŁøØđĐßæÆœŒıþÞðÐ’‘";
  private static final String[] UNDECOMPOSED_AS = {
    "l", "L", "o", "O", "d", "D", "ss", "ae", "AE", "oe", "OE", "i", "th", "TH", "d", "D", "'", "'"
  };

  private Words() {}

  /** Lower case, accents removed, "&" read as "and", separators folded to single spaces. */
  static String normalize(String text) {
    String plain = withoutAccents(text);
    String lower = plain.toLowerCase(Locale.ROOT).replace("&", " and ");
    return isPlain(lower) ? lower : String.join(" ", split(lower));
  }

  // Letters and digits in single-space-separated words are already normal: the common case.
  private static boolean isPlain(String lower) {
    if (lower.isEmpty() || lower.charAt(0) == ' ' || lower.charAt(lower.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!word && (c != ' ' || lower.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text with accents removed ("são" → "sao", "łódź" → "lodz"); plain ASCII is returned as is,
   * quickly.
   */
  static String withoutAccents(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 0x80;
    }
    if (ascii) {
      return text;
    }
    String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      int at = UNDECOMPOSED.indexOf(c);
      out.append(at < 0 ? String.valueOf(c) : UNDECOMPOSED_AS[at]);
    }
    return out.toString();
  }

  /** The words of already lower-cased text, with sentence punctuation and possessives trimmed. */
  static List<String> split(String lower) {
    List<String> words = new ArrayList<>();
    for (String raw : SEPARATORS.split(lower)) {
      String word = trim(raw);
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static String trim(String raw) {
    String word = raw;
    if (word.endsWith("'s")) {
      word = word.substring(0, word.length() - 2);
    }
    int end = word.length();
    while (end > 0 && (word.charAt(end - 1) == '.' || word.charAt(end - 1) == '\'')) {
      end--;
    }
    int start = 0;
    while (start < end && word.charAt(start) == '\'') {
      start++;
    }
    return word.substring(start, end);
  }

  /** True when the word has at least one letter (numbers and symbols alone are not words). */
  static boolean hasLetter(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The optimal-string-alignment distance between two words (insertions, deletions, substitutions
   * and swaps of neighbours each cost 1), or {@code limit + 1} once it exceeds {@code limit}.
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] before = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, before[j - 2] + 1);
        }
        current[j] = best;
        rowMin = Math.min(rowMin, best);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] recycled = before;
      before = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[b.length()], limit + 1);
  }

  /** Each word's first letter in upper case: "sao paulo" → "Sao Paulo". */
  static String capitalised(String typed) {
    StringBuilder out = new StringBuilder(typed.length());
    boolean start = true;
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ';
    }
    return out.toString();
  }

  /** "a", "a and b", "a, b and c". */
  static String and(List<String> words) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " and "
        + words.get(words.size() - 1);
  }
}
