package dev.ratebot.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.ParseResult.Ask;
import dev.ratebot.core.query.ParseResult.Rejected;
import dev.ratebot.core.rates.Countries;
import dev.ratebot.core.rates.Place;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.Region;
import dev.ratebot.testing.Bundled;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Properties over every country of the JDK's ISO list and every city of the bundled gazetteer: a
 * place resolves to itself (or says there is no data for it), and is never corrected into a term.
 * And whatever is typed, the parser answers and never throws.
 */
class QueryParserPropertyTest {
  private static final RateDataset DATASET = Bundled.dataset();
  private static final QueryParser PARSER =
      new QueryParser(DATASET, Bundled.places(), Bundled.COMMAND_WORDS);
  private static final Vocabulary VOCABULARY = new Vocabulary(DATASET);
  // Each city by "name, country", as titles name it; the most populous where two share both.
  private static final Set<String> COUNTRY_NAMES =
      Set.of(Locale.getISOCountries()).stream()
          .map(c -> Words.normalize(Countries.englishName(c)))
          .collect(Collectors.toUnmodifiableSet());
  private static final Map<String, Place> BY_TITLE = new java.util.HashMap<>();

  static {
    Map<String, String> countries = new java.util.HashMap<>();
    for (Place place : Bundled.places().cities()) {
      String country = countries.computeIfAbsent(place.countryCode(), Countries::englishName);
      BY_TITLE.putIfAbsent(place.name() + ", " + country, place);
    }
  }

  @Test
  void everyCountryNameResolvesToThatCountryOrSaysThereIsNoData() {
    SoftAssertions softly = new SoftAssertions();
    for (String code : Locale.getISOCountries()) {
      String name = Countries.englishName(code);
      ParseResult result = PARSER.parse("senior python " + name);
      Optional<Region> region = DATASET.regionOfCountry(code);
      if (region.isPresent()) {
        softly.assertThat(result).as(name).isInstanceOf(Ask.class);
        if (result instanceof Ask ask) {
          softly.assertThat(ask.query().region()).as(name).contains(region.get());
          softly.assertThat(ask.query().country()).as(name).contains(name);
          softly.assertThat(ask.query().notes()).as(name).noneMatch(n -> n.startsWith("Assuming"));
        }
      } else {
        softly.assertThat(result).as(name).isInstanceOf(Rejected.class);
        if (result instanceof Rejected rejected) {
          softly.assertThat(rejected.reason()).as(name).startsWith("No data for " + name + ": ");
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void everyCountryNameInLowerCaseIsNeverCorrected() {
    SoftAssertions softly = new SoftAssertions();
    for (String code : Locale.getISOCountries()) {
      String name = Countries.englishName(code).toLowerCase(Locale.ROOT);
      ParseResult result = PARSER.parse(name);
      softly.assertThat(notes(result)).as(name).noneMatch(n -> n.startsWith("Assuming"));
      softly.assertThat(result).as(name).isNotInstanceOf(ParseResult.SubCommand.class);
    }
    softly.assertAll();
  }

  @Test
  void everyCityResolvesToAPlaceOfThatNameOrSaysThereIsNoData() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, List<Place>> entry : citiesByName().entrySet()) {
      String normal = entry.getKey();
      if (!testable(normal)) {
        continue;
      }
      checked++;
      String typed = entry.getValue().get(0).name();
      ParseResult result = PARSER.parse(typed);
      if (result instanceof Ask ask) {
        String title = ask.query().country().orElse("");
        Place place = placeOf(title);
        boolean right =
            isCityOfThatName(title, normal)
                && place != null
                && DATASET.regionOfCountry(place.countryCode()).equals(ask.query().region())
                && ask.query().notes().stream().noneMatch(n -> n.startsWith("Assuming"));
        if (!right) {
          wrong.add(typed + " → " + ask.query());
        }
      } else if (result instanceof Rejected rejected) {
        String reason = rejected.reason();
        if (!reason.startsWith("No data for ")
            || !Words.normalize(reason.substring("No data for ".length())).startsWith(normal)) {
          wrong.add(typed + " → " + reason);
        }
      } else {
        wrong.add(typed + " → " + result);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(checked).isGreaterThan(20_000);
  }

  @Test
  void theMostPopulousPlaceOfANameWins() {
    SoftAssertions softly = new SoftAssertions();
    for (Map.Entry<String, List<Place>> entry : citiesByName().entrySet()) {
      List<Place> places = entry.getValue();
      if (!testable(entry.getKey())
          || places.stream().map(Place::countryCode).distinct().count() < 2
          || places.get(0).population() == places.get(1).population()) {
        continue;
      }
      Place largest = places.get(0);
      ParseResult result = PARSER.parse(largest.name());
      if (result instanceof Ask ask && ask.query().country().isPresent()) {
        Place chosen = placeOf(ask.query().country().get());
        softly.assertThat(chosen).as(largest.name()).isNotNull();
        if (chosen != null) {
          softly
              .assertThat(chosen.population())
              .as(largest.name() + " → " + chosen)
              .isGreaterThanOrEqualTo(largest.population());
        }
        softly
            .assertThat(ask.query().notes())
            .as(largest.name())
            .anyMatch(n -> n.contains("the largest place of that name"));
      } else if (result instanceof Rejected rejected) {
        softly.assertThat(rejected.reason()).as(largest.name()).startsWith("No data for ");
      }
    }
    softly.assertAll();
  }

  @Test
  void cityNamesInLowerCaseAreNeverCorrectedIntoATerm() {
    List<String> corrected = new ArrayList<>();
    for (String name : citiesByName().keySet()) {
      if (notes(PARSER.parse(name)).stream().anyMatch(n -> n.startsWith("Assuming"))) {
        corrected.add(name);
      }
    }
    assertThat(corrected).isEmpty();
  }

  @Test
  void randomQuestionsWithNumbersPlacesAndOptionsNeverThrow() {
    String[] words = {
      "senior",
      "staff",
      "intern",
      "python",
      "pyhton",
      "frontend",
      "latam",
      "brazil",
      "austin",
      "valencia",
      "new",
      "york",
      "sao",
      "paulo",
      "south",
      "africa",
      "india",
      "Nice",
      "nice",
      "$45/h",
      "45/h",
      "€",
      "£",
      "$",
      "90k",
      "$90k/yr",
      "7000/month",
      "in",
      "eur",
      "usd",
      "TRY",
      "all",
      "2",
      "3",
      "devs",
      "6",
      "months",
      "a",
      "year",
      "for",
      "per",
      "hour",
      "12,000",
      "1.5m",
      "0",
      "-1",
      "99999999999999999999",
      "45 usd per hour",
      "/",
      "k",
      "m",
      ".",
      ",",
      "two",
      "six",
      "weeks",
      "mobile",
      "java",
      "php",
      "IT",
      "us",
      "help",
      "?",
      "ñandú",
      "İ",
      "٣",
      "\u0000",
      "💸",
      "x".repeat(40)
    };
    String[] options = {
      "senior", "python", "latam", "brazil", "austin", "india", "junior", "", "x"
    };
    Random random = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(8);
      for (int w = 0; w < n; w++) {
        text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
      }
      Map<String, String> typed = new LinkedHashMap<>();
      if (random.nextInt(4) == 0) {
        typed.put(
            TypedOptions.SLOTS.get(random.nextInt(3)), options[random.nextInt(options.length)]);
      }
      ParseResult result = PARSER.parse(text.toString(), typed);

      assertThat(result).as(text.toString()).isNotNull();
      if (result instanceof Rejected rejected) {
        assertThat(rejected.reason()).as(text.toString()).isNotBlank().hasSizeLessThan(300);
      }
    }
  }

  // Names that are words of the vocabulary, command words, countries or too short are not cities
  // to the parser; names with digits are partly numbers ("Zürich (Kreis 11)").
  private static boolean testable(String normal) {
    if (normal.length() < 3 || normal.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    for (String word : normal.split(" ")) {
      if (VOCABULARY.phrase(word) != null || Bundled.COMMAND_WORDS.containsKey(word)) {
        return false;
      }
    }
    return !COUNTRY_NAMES.contains(normal);
  }

  private static boolean isCityOfThatName(String title, String normal) {
    String city = Words.normalize(title.substring(0, Math.max(0, title.lastIndexOf(", "))));
    return city.equals(normal) || city.startsWith(normal + " ");
  }

  private static Place placeOf(String title) {
    int comma = title.lastIndexOf(", ");
    if (comma < 0) {
      return null;
    }
    String name = title.substring(0, comma);
    String country = title.substring(comma + 2);
    return Bundled.places().cities().stream()
        .filter(
            p -> p.name().equals(name) && Countries.englishName(p.countryCode()).equals(country))
        .findFirst()
        .orElse(null);
  }

  private static Map<String, List<Place>> citiesByName() {
    return Bundled.places().cities().stream()
        .collect(
            Collectors.groupingBy(
                p -> Words.normalize(p.name()), LinkedHashMap::new, Collectors.toList()));
  }

  private static List<String> notes(ParseResult result) {
    return result instanceof Ask ask ? ask.query().notes() : new ArrayList<>();
  }
}
