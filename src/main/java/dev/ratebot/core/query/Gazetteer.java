package dev.ratebot.core.query;

import dev.ratebot.core.rates.Countries;
import dev.ratebot.core.rates.Place;
import dev.ratebot.core.rates.Places;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every place ratebot recognises by name: each country of the JDK's ISO 3166 list (by English name,
 * and the dataset's common names such as "usa") and each city of the bundled gazetteer, indexed by
 * normalised name. A name may stand for several places ("valencia", "london"); they are kept most
 * populous first. Countries come before cities of the same name.
 *
 * <p>Derived names, so that people's spellings work without hand-typed place data: a name is also
 * known without a parenthesised tail ("Myanmar (Burma)", "Halle (Saale)"), without what follows a
 * comma ("Washington, D.C."), and without a trailing "City" when at least two words remain ("New
 * York City" → "new york").
 */
final class Gazetteer {
  /**
   * City names that are also everyday English words ("nice", "reading", "best", "most"): in lower
   * case they are read as words, and only typed with a capital ("Nice") as places.
   */
  static final Set<String> ORDINARY_WORDS =
      Set.of(
          "nice",
          "split",
          "reading",
          "bath",
          "van",
          "male",
          "normal",
          "bend",
          "sale",
          "bury",
          "temple",
          "orange",
          "mission",
          "surprise",
          "independence",
          "union",
          "paradise",
          "vista",
          "salt",
          "boom",
          "bra",
          "wedding",
          "deal",
          "eagle",
          "concord",
          "enterprise",
          "liberty",
          "rugby",
          "march",
          "colon",
          "police",
          "best",
          "goes",
          "gap",
          "lens",
          "tours",
          "mentor",
          "bountiful",
          "sandy",
          "cypress",
          "sunrise",
          "plantation",
          "homestead",
          "boulder",
          "portage",
          "alliance",
          "slough",
          "barking",
          "fleet",
          "cork",
          "bray",
          "swords",
          "delta",
          "most",
          "worms",
          "turbo",
          "natal",
          "derby",
          "grays",
          "much",
          "bay",
          "grove",
          "ode",
          "man",
          "bar",
          "green",
          "central",
          "federal",
          "same",
          "lira");

  /**
   * A single word typed in lower case reads as a city only when the city has at least this many
   * people: below it, town names collide with everyday words ("come" is Comé, Benin).
   */
  static final long LOWER_CASE_CITY_POPULATION = 100_000;

  private final Map<String, List<Named>> byName = new HashMap<>(64_000);
  private final int longestPhrase;

  Gazetteer(Places places, Map<String, String> countryAliases) {
    Map<String, String> countryNames = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      String name = Countries.englishName(code);
      countryNames.put(code, name);
      Named country = new Named(name, code, name, Long.MAX_VALUE, true);
      names(name).forEach(n -> add(n, country));
    }
    countryAliases.forEach(
        (alias, code) -> {
          String name = countryNames.computeIfAbsent(code, Countries::englishName);
          add(Words.normalize(alias), new Named(name, code, name, Long.MAX_VALUE, true));
        });
    for (Place place : places.cities()) {
      // The JDK's lookup is slow: each country is named once, not once per city.
      String country = countryNames.computeIfAbsent(place.countryCode(), Countries::englishName);
      Named city = new Named(place.name(), place.countryCode(), country, place.population(), false);
      names(place.name()).forEach(n -> add(n, city));
      if (!place.asciiName().isEmpty()) {
        names(place.asciiName()).forEach(n -> add(n, city));
      }
    }
    // Each name's places are in the order a reader means them without asking: countries were added
    // first, then cities as Places lists them, the most populous first. No sort is needed.
    int longest = 1;
    for (String name : byName.keySet()) {
      longest = Math.max(longest, words(name));
    }
    longestPhrase = longest;
  }

  private static int words(String phrase) {
    int words = 1;
    for (int i = 0; i < phrase.length(); i++) {
      if (phrase.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }

  /** The places a normalised phrase names, countries first, then cities most populous first. */
  List<Named> lookup(String phrase) {
    return byName.getOrDefault(phrase, List.of());
  }

  /** True when a normalised phrase names any country or city. */
  boolean isPlace(String phrase) {
    return byName.containsKey(phrase);
  }

  int longestPhrase() {
    return longestPhrase;
  }

  private void add(String name, Named place) {
    if (name.length() < 3) {
      return; // "bo", "ba": two-letter names collide with words and codes
    }
    List<Named> named = byName.computeIfAbsent(name, n -> new ArrayList<>(1));
    for (Named known : named) {
      if (known.name().equals(place.name()) && known.countryCode().equals(place.countryCode())) {
        return; // one entry per place and name, even when a name is derived twice
      }
    }
    named.add(place);
  }

  private static List<String> names(String name) {
    String plain = Words.normalize(name);
    if (name.indexOf('(') < 0 && name.indexOf(',') < 0 && !plain.endsWith(" city")) {
      return List.of(plain);
    }
    List<String> names = new ArrayList<>();
    names.add(plain);
    int paren = name.indexOf(" (");
    if (paren > 0) {
      names.add(Words.normalize(name.substring(0, paren)));
    }
    int comma = name.indexOf(',');
    if (comma > 0) {
      names.add(Words.normalize(name.substring(0, comma)));
    }
    if (plain.endsWith(" city") && plain.indexOf(' ') < plain.length() - " city".length()) {
      names.add(plain.substring(0, plain.length() - " city".length()));
    }
    names.removeIf(String::isEmpty);
    return names;
  }

  /**
   * A place of the gazetteer.
   *
   * @param name its name as the gazetteer spells it, e.g. "São Paulo" or "Brazil"
   * @param countryCode the ISO code of its country
   * @param countryName the English name of its country
   * @param population its population; countries sort before every city
   * @param country true for a country, false for a city
   */
  record Named(
      String name, String countryCode, String countryName, long population, boolean country) {

    /** How an answer names it: "Brazil", or "Austin (United States)". */
    String described() {
      return country ? name : name + " (" + countryName + ")";
    }
  }
}
