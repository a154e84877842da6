package dev.ratebot.core.query;

import dev.ratebot.core.query.ParseResult.Ask;
import dev.ratebot.core.query.ParseResult.Rejected;
import dev.ratebot.core.query.Vocabulary.Meaning;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.Technology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parses the text after {@code /rate}: words in any order and any case, aliases, countries, plain
 * questions (filler words are ignored), typos within a small edit distance (corrected, and said),
 * and sub-commands. Thread-safe; build one per dataset.
 */
public final class QueryParser {
  /** Longer input is refused rather than parsed. */
  public static final int MAX_LENGTH = 500;

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  // Suggestions further than this from an unknown word would only puzzle the user.
  private static final int SUGGESTION_DISTANCE = 3;
  private static final java.util.regex.Pattern CONTROL =
      java.util.regex.Pattern.compile("\\p{Cntrl}");
  private static final Set<String> SUB_COMMANDS = Set.of("help", "list", "sources");
  private static final Map<String, String> SUB_COMMAND_ALIASES =
      Map.of("?", "help", "--help", "help", "-h", "help", "source", "sources", "ls", "list");
  // "how reliable is this data?" is answered by the sources, which say age and confidence.
  private static final Set<String> ABOUT_THE_DATA =
      Set.of("reliable", "reliability", "confidence", "trustworthy", "accurate", "accuracy");

  private final RateDataset dataset;
  private final Vocabulary vocabulary;
  private final WordsByLength correctable;

  public QueryParser(RateDataset dataset) {
    this.dataset = dataset;
    this.vocabulary = new Vocabulary(dataset);
    this.correctable = new WordsByLength(vocabulary.words());
  }

  /** Parses one message; never throws. */
  public ParseResult parse(String text) {
    String raw = text == null ? "" : text.strip();
    if (raw.length() > MAX_LENGTH) {
      return new Rejected(
          "That's "
              + raw.length()
              + " characters; please keep a question under "
              + MAX_LENGTH
              + ".",
          List.of());
    }
    List<Token> tokens = tokens(raw);
    if (tokens.isEmpty()) {
      return new ParseResult.SubCommand("help");
    }
    String first = tokens.get(0).lower();
    String command = SUB_COMMAND_ALIASES.getOrDefault(first, first);
    if (SUB_COMMANDS.contains(command)) {
      return new ParseResult.SubCommand(command);
    }
    if (tokens.stream().anyMatch(t -> ABOUT_THE_DATA.contains(t.lower()))) {
      return new ParseResult.SubCommand("sources");
    }
    return interpret(tokens);
  }

  private ParseResult interpret(List<Token> tokens) {
    Found found = new Found();
    int i = 0;
    while (i < tokens.size()) {
      int used = matchPhrase(tokens, i, found);
      if (used == 0) {
        matchWord(tokens.get(i), found);
        used = 1;
      }
      i += used;
    }
    return found.toResult();
  }

  // Longest known phrase starting at token i ("ruby on rails", "united kingdom"); 0 if none.
  private int matchPhrase(List<Token> tokens, int start, Found found) {
    int longest = Math.min(vocabulary.longestPhrase(), tokens.size() - start);
    if (longest < 2) {
      return 0;
    }
    String[] phrases = new String[longest + 1];
    StringBuilder phrase = new StringBuilder(tokens.get(start).lower());
    for (int n = 2; n <= longest; n++) {
      phrases[n] = phrase.append(' ').append(tokens.get(start + n - 1).lower()).toString();
    }
    for (int n = longest; n >= 2; n--) {
      Meaning meaning = vocabulary.phrase(phrases[n]);
      if (meaning != null) {
        found.add(meaning, phrases[n]);
        return n;
      }
    }
    return 0;
  }

  private void matchWord(Token token, Found found) {
    String word = token.lower();
    if (token.upperCaseCode()) {
      Meaning code = vocabulary.isoCode(word);
      if (code != null) {
        found.add(code, token.original());
        return;
      }
    }
    Meaning meaning = vocabulary.phrase(word);
    if (meaning == null) {
      meaning = vocabulary.isoCode(word);
    }
    if (meaning != null) {
      found.add(meaning, token.original());
      return;
    }
    if (!Words.hasLetter(word)) {
      return;
    }
    correct(token, found);
  }

  private void correct(Token token, Found found) {
    String word = token.lower();
    int limit = word.length() <= 2 ? 0 : word.length() <= 5 ? 1 : 2;
    List<WordsByLength.Candidate> nearest = nearest(word, limit);
    Set<Meaning> meanings =
        nearest.stream().map(WordsByLength.Candidate::meaning).collect(Collectors.toSet());
    if (meanings.size() == 1) {
      WordsByLength.Candidate best = nearest.get(0);
      if (best.meaning().isTerm()) {
        found.add(best.meaning(), best.word());
        found.notes.add("Assuming " + best.word() + " for '" + token.original() + "'.");
        return;
      }
      // A slip of one letter in a filler word ("develper") is ignored quietly; anything further
      // ("devops" is two edits from "devs") is a word we do not know, and we say so.
      if (Words.distance(word, best.word(), 1) <= 1) {
        return;
      }
    }
    found.unknown.add(token.original());
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
      if (candidate.meaning().isTerm() && d <= SUGGESTION_DISTANCE) {
        scored.add(new Scored(d, candidate.word()));
      }
    }
    return scored.stream()
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::term))
        .limit(3)
        .map(Scored::term)
        .toList();
  }

  private static List<Token> tokens(String raw) {
    String cleaned = CONTROL.matcher(raw).replaceAll(" ");
    String plain =
        Words.withoutAccents(cleaned)
            .replace("&", " and ")
            .replace('-', ' ')
            .replace('_', ' ')
            .replace('/', ' ');
    List<Token> tokens = new ArrayList<>();
    for (String piece : WHITESPACE.split(plain)) {
      for (String word : Words.split(piece.toLowerCase(Locale.ROOT))) {
        String original = originalCase(piece, word);
        tokens.add(new Token(word, original));
      }
    }
    return tokens;
  }

  // Recover how the user typed a word, so "IT" (Italy) can be told from "it".
  private static String originalCase(String piece, String lower) {
    int at = piece.toLowerCase(Locale.ROOT).indexOf(lower);
    return at < 0 ? lower : piece.substring(at, at + lower.length());
  }

  /**
   * A word of the input.
   *
   * @param lower the word in lower case
   * @param original the word as typed
   */
  private record Token(String lower, String original) {
    boolean upperCaseCode() {
      return original.length() == 2 && original.equals(original.toUpperCase(Locale.ROOT));
    }
  }

  /** What the words of one message named so far. */
  private final class Found {
    final Set<Level> levels = new LinkedHashSet<>();
    final Set<Technology> technologies = new LinkedHashSet<>();
    final Set<String> withoutData = new LinkedHashSet<>();
    final Set<Region> regions = new LinkedHashSet<>();
    final Set<String> countries = new LinkedHashSet<>();
    final List<String> notes = new ArrayList<>();
    final List<String> unknown = new ArrayList<>();
    final Set<String> suggestions = new LinkedHashSet<>();
    boolean lowerCaseUs;

    void add(Meaning meaning, String typed) {
      switch (meaning.kind()) {
        case LEVEL -> dataset.level(meaning.id()).ifPresent(levels::add);
        case TECHNOLOGY -> dataset.technology(meaning.id()).ifPresent(technologies::add);
        case TECHNOLOGY_WITHOUT_DATA -> withoutData.add(meaning.id());
        case REGION -> dataset.region(meaning.id()).ifPresent(regions::add);
        case COUNTRY -> {
          if (typed.equals("us")) {
            lowerCaseUs =
                true; // "cost us" is usually a pronoun; used only if nothing else says where
          } else {
            countries.add(meaning.id());
          }
        }
        case FILLER -> {}
      }
    }

    ParseResult toResult() {
      if (lowerCaseUs && regions.isEmpty() && countries.isEmpty()) {
        countries.add("US");
      }
      Optional<String> country = Optional.empty();
      for (String code : countries) {
        dataset.regionOfCountry(code).ifPresent(regions::add);
      }
      if (countries.size() == 1) {
        country = Optional.of(vocabulary.countryName(countries.iterator().next()));
      }
      if (levels.size() > 1) {
        return conflict("level", levels.stream().map(Level::label).toList());
      }
      if (regions.size() > 1) {
        return conflict("region", regions.stream().map(Region::label).toList());
      }
      if (technologies.size() > 1) {
        return conflict("technology", technologies.stream().map(Technology::label).toList());
      }
      Optional<String> otherTechnology = Optional.empty();
      if (technologies.isEmpty() && withoutData.size() > 1) {
        return conflict("technology", List.copyOf(withoutData));
      } else if (technologies.isEmpty() && withoutData.size() == 1) {
        otherTechnology = Optional.of(withoutData.iterator().next());
      } else if (!technologies.isEmpty() && !withoutData.isEmpty()) {
        notes.add(
            "Using "
                + technologies.iterator().next().label()
                + " figures; there are none for "
                + String.join(", ", withoutData)
                + ".");
      }
      boolean namedNothing =
          levels.isEmpty() && technologies.isEmpty() && withoutData.isEmpty() && regions.isEmpty();
      if (!unknown.isEmpty() && namedNothing) {
        return new Rejected(
            "I don't know " + quoted(unknown) + ". Ask like: senior python latam.",
            List.copyOf(suggestions));
      }
      List<String> allNotes = new ArrayList<>(notes);
      if (!unknown.isEmpty()) {
        allNotes.add(
            "Ignored "
                + quoted(unknown)
                + (suggestions.isEmpty()
                    ? ""
                    : " (did you mean " + String.join(", ", suggestions) + "?)")
                + ".");
      }
      return new Ask(
          new Query(
              levels.stream().findFirst(),
              technologies.stream().findFirst(),
              otherTechnology,
              regions.stream().findFirst(),
              country,
              allNotes));
    }

    private Rejected conflict(String dimension, List<String> values) {
      return new Rejected(
          "Pick one " + dimension + " at a time: " + String.join(" or ", values) + ".",
          values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList());
    }

    // Echo at most a few short words back: the reply must stay short whatever was typed.
    private String quoted(List<String> words) {
      String shown =
          words.stream()
              .limit(5)
              .map(w -> "'" + (w.length() > 30 ? w.substring(0, 30) + "…" : w) + "'")
              .collect(Collectors.joining(", "));
      return words.size() > 5 ? shown + " and " + (words.size() - 5) + " more" : shown;
    }
  }
}
