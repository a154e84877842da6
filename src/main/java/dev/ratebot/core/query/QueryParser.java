package dev.ratebot.core.query;

import dev.ratebot.core.query.Gazetteer.Named;
import dev.ratebot.core.query.ParseResult.Rejected;
import dev.ratebot.core.query.Vocabulary.Meaning;
import dev.ratebot.core.rates.Places;
import dev.ratebot.core.rates.RateDataset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the text after {@code /rate}: words in any order and any case, aliases, places (every
 * country and the gazetteer's cities), plain questions (filler words are ignored), numbers (kept as
 * {@link Quantities}), clear typos of known terms (corrected, and said), sub-commands, and typed
 * options that fill slots directly. It never guesses silently: what it maps inexactly, cannot
 * answer or does not use is said. Thread-safe; build one per dataset.
 */
public final class QueryParser {
  /** Longer input is refused rather than parsed. */
  public static final int MAX_LENGTH = 500;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  // Words that make a question a comparison even when only one place has data ("latam vs india").
  private static final java.util.Set<String> COMPARING = java.util.Set.of("vs", "versus");

  private final RateDataset dataset;
  private final Vocabulary vocabulary;
  private final Gazetteer gazetteer;
  private final Typos typos;
  private final CommandWords words;
  private final QuantityReader quantityReader;
  private final PhraseMatcher phrases;

  /**
   * @param dataset the levels, technologies, regions and country names to recognise
   * @param places the cities to recognise
   * @param commands each sub-command word or alias, lower case, with the command it names (e.g.
   *     "ls" → "list"); a question starting with one of them runs that command
   */
  public QueryParser(RateDataset dataset, Places places, Map<String, String> commands) {
    this(dataset, places, CommandWords.starting(commands));
  }

  /**
   * @param dataset the levels, technologies, regions and country names to recognise
   * @param places the cities to recognise
   * @param words the words that turn a question into a command, from the command registry
   */
  public QueryParser(RateDataset dataset, Places places, CommandWords words) {
    this.words = words;
    this.dataset = dataset;
    this.vocabulary = new Vocabulary(dataset);
    this.gazetteer = new Gazetteer(places, dataset.countryAliases());
    this.typos = new Typos(new WordsByLength(vocabulary.words()));
    this.phrases = new PhraseMatcher(vocabulary, gazetteer, words);
    this.quantityReader =
        new QuantityReader(this::personWord, word -> vocabulary.phrase(word) != null);
  }

  /** Parses one message; never throws. */
  public ParseResult parse(String text) {
    return parse(text, Map.of());
  }

  /**
   * Parses one message with typed options ({@code level}, {@code technology}, {@code region}, as on
   * Discord) that fill those slots directly; never throws. An option and the text naming different
   * values for one slot is a problem naming both.
   */
  public ParseResult parse(String text, Map<String, String> options) {
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
    // Full-width and other compatibility forms ("ＳＥＮＩＯＲ", "ﬁ") read as their plain letters.
    String folded =
        raw.chars().allMatch(c -> c < 0x80)
            ? raw
            : java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFKC);
    Links.Stripped links = Links.strip(CONTROL.matcher(folded).replaceAll(" "));
    if (!links.hosts().isEmpty() && links.text().isBlank() && options.isEmpty()) {
      return new Rejected(links.note() + " Ask in words, e.g. 'senior python latam'.", List.of());
    }
    return links.noted(Experience.strip(links.text()).parsed(t -> parseCleaned(t, options)));
  }

  private ParseResult parseCleaned(String cleaned, Map<String, String> options) {
    java.util.Optional<String> misread = NumberShapes.problem(cleaned);
    if (misread.isEmpty()) {
      misread = NumberShapes.fractionalHeadCount(cleaned, this::personWord, this::technologyWord);
    }
    if (misread.isPresent()) {
      return new Rejected(misread.get(), List.of());
    }
    List<Tokens.Token> tokens = Tokens.of(cleaned);
    String typed = WHITESPACE.split(cleaned.strip(), 2)[0].toLowerCase(Locale.ROOT);
    java.util.Optional<String> command = words.first(typed, tokens);
    if (command.isPresent()) {
      return words.questions().contains(command.get())
          ? question(command.get(), cleaned)
          : new ParseResult.SubCommand(command.get());
    }
    if (tokens.isEmpty() && options.isEmpty()) {
      return new ParseResult.Blank();
    }
    java.util.Optional<String> topic = words.topic(tokens);
    if (topic.isPresent()) {
      return new ParseResult.SubCommand(topic.get());
    }
    java.util.Optional<String> teamCommand = words.triggered(Trigger.TEAM);
    if (teamCommand.isPresent() && options.isEmpty()) {
      java.util.Optional<ParseResult> team =
          Triggers.team(teamCommand.get(), cleaned, t -> read(t, false));
      if (team.isPresent()) {
        return team.get();
      }
    }
    ParseResult fromText = read(cleaned, false);
    ParseResult asked =
        options.isEmpty() ? fromText : TypedOptions.apply(fromText, options, t -> read(t, false));
    return asked instanceof ParseResult.Ask ask
        ? Triggers.routed(words, ask.query()).orElse(asked)
        : asked;
  }

  // A command followed by a rate question ("rank senior python"): the words after it are parsed.
  private ParseResult question(String command, String cleaned) {
    String[] parts = WHITESPACE.split(cleaned.strip(), 2);
    if (parts.length < 2 || parts[1].isBlank()) {
      return new ParseResult.SubCommand(command);
    }
    if (words.triggered(Trigger.TEAM).filter(command::equals).isPresent()) {
      java.util.Optional<ParseResult> team = Triggers.team(command, parts[1], t -> read(t, false));
      if (team.isPresent()) {
        return team.get();
      }
    }
    ParseResult rest = read(parts[1], words.comparison().filter(command::equals).isPresent());
    if (rest instanceof ParseResult.Ask ask) {
      return new ParseResult.SubCommand(command, java.util.Optional.of(ask.query()));
    }
    return rest instanceof ParseResult.Blank ? new ParseResult.SubCommand(command) : rest;
  }

  private ParseResult read(String text, boolean comparing) {
    QuantityReader.Read read = quantityReader.read(IndustryWords.joined(text));
    List<Tokens.Token> tokens = Tokens.of(read.rest());
    Findings found = new Findings(dataset, vocabulary, read.quantities());
    for (int t = 0; t < tokens.size(); t++) {
      String word = tokens.get(t).lower();
      found.askedForSalary |= FillerWords.SALARY.contains(word);
      found.askedForPartTime |=
          word.equals("parttime")
              || (word.equals("part")
                  && t + 1 < tokens.size()
                  && tokens.get(t + 1).lower().equals("time"));
    }
    found.comparisons(words.comparison().isPresent(), comparing);
    int i = 0;
    while (i < tokens.size()) {
      int used = phrases.match(tokens, i, found);
      if (used == 0) {
        matchWord(tokens.get(i), found);
        used = 1;
      }
      i += used;
    }
    return found.toResult();
  }

  private void matchWord(Tokens.Token token, Findings found) {
    String word = token.lower();
    if (COMPARING.contains(word)) {
      found.comparing();
    }
    if (word.equals("parttime")) {
      return; // said once as "Not used: part-time", never also as ignored
    }
    java.util.Optional<String> industry = IndustryWords.industry(word);
    if (industry.isPresent()) {
      found.industry(token.original(), industry.get());
      return;
    }
    Meaning meaning = vocabulary.phrase(word);
    if (meaning != null && meaning.isTerm()) {
      found.add(meaning, token.original());
      return;
    }
    if (token.upperCaseCode()) {
      Meaning code = vocabulary.anyIsoCode(word);
      if (code != null) {
        found.add(code, token.original());
        return;
      }
    }
    if (meaning != null) {
      return; // filler
    }
    Meaning code = vocabulary.isoCode(word);
    if (code != null) {
      found.add(code, token.original());
      return;
    }
    if (!Words.hasLetter(word)) {
      if (word.chars().allMatch(Character::isDigit)) {
        found.unknown.add(word); // a year such as "2025": said, not dropped
      }
      return;
    }
    java.util.Optional<String> currency = CurrencyWords.currencyCode(token.original());
    if (currency.isPresent()) {
      found.currencies.add(currency.get());
      return;
    }
    if (gazetteer.isPlace(word)) {
      // An everyday word that is also a city ("nice"): never corrected into a term.
      found.unknown.add(token.original());
      Named largest = gazetteer.lookup(word).get(0);
      if (largest.population() >= Gazetteer.LOWER_CASE_CITY_POPULATION) {
        found.suggestions.add(largest.name()); // "nice": did you mean Nice? Not "than": Thān.
      }
      return;
    }
    typos.correct(word, token.original(), found);
  }

  // A word naming people or what they do ("devs", "senior", "python"): a number before one counts
  // them.
  private boolean personWord(String word) {
    Meaning meaning = vocabulary.phrase(word);
    return Vocabulary.PEOPLE.contains(word) || (meaning != null && meaning.isPersonWord());
  }

  // A technology ("java"): a number after one is its version ("java 1.8").
  private boolean technologyWord(String word) {
    Meaning meaning = vocabulary.phrase(word);
    return meaning != null
        && (meaning.kind() == Vocabulary.Kind.TECHNOLOGY
            || meaning.kind() == Vocabulary.Kind.TECHNOLOGY_WITHOUT_DATA);
  }
}
