package dev.ratebot.core.query;

import dev.ratebot.core.query.Gazetteer.Named;
import java.util.List;

/**
 * Finds the longest known phrase at a token: a domain phrase ("ruby on rails") or a place ("sao
 * paulo", "austin"). Kept apart from {@link QueryParser} because deciding when a word reads as a
 * place is its own set of rules.
 */
final class PhraseMatcher {
  private final Vocabulary vocabulary;
  private final Gazetteer gazetteer;
  private final CommandWords words;

  PhraseMatcher(Vocabulary vocabulary, Gazetteer gazetteer, CommandWords words) {
    this.vocabulary = vocabulary;
    this.gazetteer = gazetteer;
    this.words = words;
  }

  /**
   * The longest known phrase at token {@code start}: a domain phrase of two words or more ("ruby on
   * rails", "united kingdom"), or a place ("sao paulo", "austin") unless a domain word is at least
   * as long. Returns the number of tokens used, 0 if none.
   */
  int match(List<Tokens.Token> tokens, int start, Findings found) {
    int longest =
        Math.min(
            Math.max(vocabulary.longestPhrase(), gazetteer.longestPhrase()), tokens.size() - start);
    String[] phrases = new String[longest + 1];
    StringBuilder phrase = new StringBuilder();
    for (int n = 1; n <= longest; n++) {
      phrase.append(n == 1 ? "" : " ").append(tokens.get(start + n - 1).lower());
      phrases[n] = phrase.toString();
    }
    int domain = 0;
    for (int n = Math.min(longest, vocabulary.longestPhrase()); n >= 1 && domain == 0; n--) {
      if (vocabulary.phrase(phrases[n]) != null) {
        domain = n;
      }
    }
    for (int n = longest; n > domain; n--) {
      List<Named> places = gazetteer.lookup(phrases[n]);
      if (!places.isEmpty() && readsAsPlace(tokens.get(start), n, places)) {
        found.place(Tokens.typed(tokens, start, n), places);
        return n;
      }
    }
    if (domain >= 2) {
      found.add(vocabulary.phrase(phrases[domain]), phrases[domain]);
      return domain;
    }
    return 0;
  }

  // Command words are never places. A single word typed in lower case is a city only when it is not
  // an everyday word ("nice", "most") and names a large city ("austin", "lagos"): small towns named
  // like words ("Comé", "Date", "Thān") are places only when typed with a capital.
  private boolean readsAsPlace(Tokens.Token first, int length, List<Named> places) {
    if (length > 1) {
      return true;
    }
    if (words.starts().containsKey(first.lower())) {
      return false;
    }
    boolean capitalised = !first.original().equals(first.lower()); // "Nice", "eSikhaleni"
    if (places.get(0).country() || capitalised) {
      return true;
    }
    return !Gazetteer.ORDINARY_WORDS.contains(first.lower())
        && places.get(0).population() >= Gazetteer.LOWER_CASE_CITY_POPULATION;
  }
}
