package dev.ratebot.core.query;

import dev.ratebot.core.rates.Countries;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.Term;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every phrase the parser knows, normalised, with what it means. Built once per dataset.
 *
 * <p>Precedence, highest first: levels, technologies and regions (with their aliases), country
 * names and common names, technologies without data, inexact level words ("staff", "intern") and
 * other roles ("frontend"), then filler words, then ISO country codes typed in lower case. A code
 * typed in upper case ("IT", "NO") is always a country.
 */
final class Vocabulary {

  /** Words for people a head count can stand before ("3 devs"), besides levels and roles. */
  static final Set<String> PEOPLE =
      Set.of(
          "dev",
          "devs",
          "developer",
          "developers",
          "engineer",
          "engineers",
          "programmer",
          "programmers",
          "coder",
          "coders",
          "people",
          "person",
          "persons",
          "contractor",
          "contractors",
          "freelancer",
          "freelancers",
          "hire",
          "hires",
          "seniors",
          "juniors",
          "backend");

  private final Map<String, Meaning> phrases = new HashMap<>();
  private final Map<String, Meaning> isoCodes = new HashMap<>();
  // Every ISO code, for codes typed in upper case ("IN", "AU"): a country outside the regions is
  // then said to have no data, never dropped.
  private final Map<String, Meaning> upperCaseCodes = new HashMap<>();
  private final Map<String, String> countryNames = new HashMap<>();
  private final int longestPhrase;

  Vocabulary(RateDataset dataset) {
    FillerWords.FILLER.forEach(w -> phrases.put(w, Meaning.FILLER));
    Roles.WORDS.forEach(
        (phrase, role) -> phrases.put(Words.normalize(phrase), Meaning.of(Kind.ROLE, role)));
    Roles.NOT_ROLES.forEach(phrase -> phrases.put(phrase, Meaning.FILLER));
    BroadRegions.WORDS.forEach(
        (phrase, name) ->
            phrases.put(Words.normalize(phrase), Meaning.of(Kind.BROAD_REGION, name)));
    LevelWords.meanings(dataset.levels())
        .forEach((phrase, meaning) -> phrases.put(Words.normalize(phrase), meaning));
    for (String code : java.util.Locale.getISOCountries()) {
      countryNames.put(code, Countries.englishName(code));
      upperCaseCodes.put(code.toLowerCase(java.util.Locale.ROOT), Meaning.of(Kind.COUNTRY, code));
    }
    for (String code : dataset.memberCountries()) {
      phrases.put(Words.normalize(countryNames.get(code)), Meaning.of(Kind.COUNTRY, code));
      isoCodes.put(code.toLowerCase(java.util.Locale.ROOT), Meaning.of(Kind.COUNTRY, code));
    }
    dataset
        .countryAliases()
        .forEach(
            (name, code) -> phrases.put(Words.normalize(name), Meaning.of(Kind.COUNTRY, code)));
    dataset
        .technologiesWithoutData()
        .forEach(t -> phrases.put(Words.normalize(t), Meaning.of(Kind.TECHNOLOGY_WITHOUT_DATA, t)));
    addTerms(dataset.regions(), Kind.REGION);
    addTerms(dataset.technologies(), Kind.TECHNOLOGY);
    addTerms(dataset.levels(), Kind.LEVEL);
    longestPhrase =
        phrases.keySet().stream()
            .mapToInt(p -> (int) p.chars().filter(c -> c == ' ').count() + 1)
            .max()
            .orElse(1);
  }

  private void addTerms(List<? extends Term> terms, Kind kind) {
    for (Term term : terms) {
      Meaning meaning = Meaning.of(kind, term.id());
      phrases.put(Words.normalize(term.id()), meaning);
      phrases.put(Words.normalize(term.label()), meaning);
      term.aliases().forEach(a -> phrases.put(Words.normalize(a), meaning));
    }
  }

  /** The meaning of a normalised phrase, or null. */
  Meaning phrase(String normalized) {
    return phrases.get(normalized);
  }

  /** The country an ISO code names, or null. */
  Meaning isoCode(String lowerCaseCode) {
    return isoCodes.get(lowerCaseCode);
  }

  /** The country any ISO code names, member or not, or null; for codes typed in upper case. */
  Meaning anyIsoCode(String lowerCaseCode) {
    return upperCaseCodes.get(lowerCaseCode);
  }

  /** The English name of a member country, looked up once: the JDK's lookup is slow. */
  String countryName(String isoCode) {
    return countryNames.getOrDefault(isoCode, isoCode);
  }

  int longestPhrase() {
    return longestPhrase;
  }

  /** Every single-word phrase with a meaning, for typo correction. */
  Map<String, Meaning> words() {
    Map<String, Meaning> words = new HashMap<>();
    phrases.forEach(
        (phrase, meaning) -> {
          if (phrase.indexOf(' ') < 0) {
            words.put(phrase, meaning);
          }
        });
    return words;
  }

  /** Every phrase with a meaning, including multi-word ones. */
  Map<String, Meaning> phrases() {
    return Map.copyOf(phrases);
  }

  /** What a known phrase stands for. */
  enum Kind {
    LEVEL,
    TECHNOLOGY,
    TECHNOLOGY_WITHOUT_DATA,
    REGION,
    COUNTRY,
    ROLE,
    BROAD_REGION,
    FILLER
  }

  /**
   * The meaning of a phrase.
   *
   * @param kind what it stands for
   * @param id the level, technology, region or ISO country code, or the role as the answer names it
   *     ("frontend developers"); empty for filler
   * @param note what the answer says when the word is read inexactly ("No intern data; entry
   *     shown."), or empty
   */
  record Meaning(Kind kind, String id, String note) {
    static final Meaning FILLER = new Meaning(Kind.FILLER, "", "");

    static Meaning of(Kind kind, String id) {
      return new Meaning(kind, id, "");
    }

    /** True for words that name people or what they do: a number before one is a head count. */
    boolean isPersonWord() {
      return kind == Kind.LEVEL
          || kind == Kind.TECHNOLOGY
          || kind == Kind.TECHNOLOGY_WITHOUT_DATA
          || kind == Kind.ROLE;
    }

    /** True for meanings a user asks about (not filler). */
    boolean isTerm() {
      return kind != Kind.FILLER;
    }
  }
}
