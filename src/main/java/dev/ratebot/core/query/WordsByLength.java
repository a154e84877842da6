package dev.ratebot.core.query;

import dev.ratebot.core.query.Vocabulary.Meaning;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Known single words of three letters or more, grouped by length and with their letter counts, so a
 * typo is compared only with words it could be within reach of ("jr" or "py" are too short to be
 * the target of a correction).
 */
final class WordsByLength {
  private final List<List<Candidate>> byLength = new ArrayList<>();

  WordsByLength(Map<String, Meaning> words) {
    for (Map.Entry<String, Meaning> entry : words.entrySet()) {
      int length = entry.getKey().length();
      if (length < 3) {
        continue;
      }
      while (byLength.size() <= length) {
        byLength.add(new ArrayList<>());
      }
      byLength.get(length).add(new Candidate(entry.getKey(), entry.getValue()));
    }
  }

  /**
   * Every word within {@code distance} edits of {@code word} by a cheap lower bound (length and
   * letter counts); callers still compute the exact distance.
   */
  List<Candidate> near(String word, int distance) {
    int[] letters = letterCounts(word);
    List<Candidate> near = new ArrayList<>();
    int from = Math.max(3, word.length() - distance);
    int to = Math.min(byLength.size() - 1, word.length() + distance);
    for (int l = from; l <= to; l++) {
      for (Candidate candidate : byLength.get(l)) {
        if (candidate.bagDistance(letters) <= distance) {
          near.add(candidate);
        }
      }
    }
    return near;
  }

  private static int[] letterCounts(String word) {
    int[] counts = new int[27];
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      counts[c >= 'a' && c <= 'z' ? c - 'a' : 26]++;
    }
    return counts;
  }

  /** A known word with its meaning and letter counts (a class: records should not hold arrays). */
  static final class Candidate {
    private final String word;
    private final Meaning meaning;
    private final int[] letters;

    Candidate(String word, Meaning meaning) {
      this.word = word;
      this.meaning = meaning;
      this.letters = letterCounts(word);
    }

    String word() {
      return word;
    }

    Meaning meaning() {
      return meaning;
    }

    // max(letters only in one, letters only in the other): never more than the edit distance.
    int bagDistance(int[] other) {
      int extra = 0;
      int missing = 0;
      for (int i = 0; i < letters.length; i++) {
        int d = letters[i] - other[i];
        if (d > 0) {
          extra += d;
        } else {
          missing -= d;
        }
      }
      return Math.max(extra, missing);
    }
  }
}
