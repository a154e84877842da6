package dev.ratebot.core.query;

import dev.ratebot.core.query.Vocabulary.Kind;
import dev.ratebot.core.query.Vocabulary.Meaning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Typo correction and "did you mean" for words the vocabulary does not know. */
final class Typos {
  // Suggestions further than this from an unknown word would only puzzle the user.
  private static final int SUGGESTION_DISTANCE = 3;

  private final WordsByLength correctable;

  Typos(WordsByLength correctable) {
    this.correctable = correctable;
  }

  /**
   * Corrects a clear typo of one known term: a word of five letters or more within one edit (nine
   * or more: two edits) of exactly one meaning. Places and known words are never corrected (they
   * are read before this); a slip of one letter in a filler word is ignored; anything else is
   * reported.
   */
  void correct(String word, String typed, Findings found) {
    int limit = word.length() < 5 ? 0 : word.length() < 9 ? 1 : 2;
    List<WordsByLength.Candidate> nearest = nearest(word, limit);
    Set<Meaning> meanings =
        nearest.stream().map(WordsByLength.Candidate::meaning).collect(Collectors.toSet());
    if (meanings.size() == 1) {
      WordsByLength.Candidate best = nearest.get(0);
      if (best.meaning().isTerm()) {
        found.add(best.meaning(), best.word());
        found.notes.add("Assuming " + best.word() + " for '" + typed + "'.");
        return;
      }
      if (Words.distance(word, best.word(), 1) <= 1) {
        return; // "develper"
      }
    }
    found.unknown.add(typed);
    found.suggestions.addAll(closestTerms(word));
  }

  private List<WordsByLength.Candidate> nearest(String word, int limit) {
    if (limit == 0) {
      return List.of();
    }
    int best = limit + 1;
    List<WordsByLength.Candidate> nearest = new ArrayList<>();
    for (WordsByLength.Candidate candidate : correctable.near(word, limit)) {
      int d = Words.distance(word, candidate.word(), limit);
      if (d < best) {
        best = d;
        nearest.clear();
      }
      if (d == best && d <= limit) {
        nearest.add(candidate);
      }
    }
    nearest.sort(Comparator.comparing(WordsByLength.Candidate::word));
    return nearest;
  }

  // The three known terms (not filler) closest to an unknown word, for "did you mean".
  private List<String> closestTerms(String word) {
    record Scored(int distance, String term) {}
    List<Scored> scored = new ArrayList<>();
    for (WordsByLength.Candidate candidate : correctable.near(word, SUGGESTION_DISTANCE)) {
      int d = Words.distance(word, candidate.word(), SUGGESTION_DISTANCE);
      if (candidate.meaning().isTerm()
          && candidate.meaning().kind() != Kind.ROLE
          && d <= SUGGESTION_DISTANCE) {
        scored.add(new Scored(d, candidate.word()));
      }
    }
    return scored.stream()
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::term))
        .limit(3)
        .map(Scored::term)
        .toList();
  }
}
