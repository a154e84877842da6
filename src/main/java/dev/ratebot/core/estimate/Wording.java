package dev.ratebot.core.estimate;

import dev.ratebot.core.query.Query;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.RateType;
import dev.ratebot.core.rates.Technology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How answers name things: titles, rows, rate types. Wording about one source lives in its data.
 */
final class Wording {
  /** The one line shown when an answer shows both a contract rate and a salary. */
  static final String RATE_VERSUS_SALARY =
      "Why rates and salaries differ: a contract rate is what a client pays, including the"
          + " vendor's or contractor's overheads and margin; a salary is what an employee is paid.";

  private Wording() {}

  static String title(Query query) {
    StringBuilder title = new StringBuilder();
    query.level().ifPresent(l -> title.append(l.label()).append(' '));
    query.technology().ifPresent(t -> title.append(t.label()).append(' '));
    query.technologyWithoutData().ifPresent(t -> title.append(display(t)).append(' '));
    title.append(title.length() == 0 ? "Backend developer" : "backend developer");
    if (query.region().isPresent()) {
      title.append(" · ");
      if (query.country().isPresent()) {
        title.append(query.country().get()).append(" (").append(query.region().get().label());
        title.append(')');
      } else {
        title.append(query.region().get().label());
      }
    } else if (query.level().isEmpty() && query.technology().isEmpty()) {
      title.append(" rates by region");
    }
    return title.toString();
  }

  /** "Senior Python backend developer", "Python backend developer", "Backend developer". */
  static String subject(Optional<Level> level, Query query) {
    StringBuilder title = new StringBuilder();
    level.ifPresent(l -> title.append(l.label()).append(' '));
    query.technology().ifPresent(t -> title.append(t.label()).append(' '));
    query.technologyWithoutData().ifPresent(t -> title.append(display(t)).append(' '));
    return title.append(title.length() == 0 ? "Backend developer" : "backend developer").toString();
  }

  /** "Senior Python", "Senior", "Python" or "". */
  static String describe(Optional<Level> level, Optional<Technology> technology) {
    List<String> words = new ArrayList<>();
    level.ifPresent(l -> words.add(l.label()));
    technology.ifPresent(t -> words.add(t.label()));
    return String.join(" ", words);
  }

  /** How a technology without data is shown: "java" → "Java", "php" → "PHP", ".net" → ".NET". */
  static String display(String technology) {
    boolean shortAcronym =
        technology.length() <= 3
            && !technology.equals("go")
            && technology.chars().allMatch(Character::isLetter);
    if (shortAcronym || technology.startsWith(".")) {
      return technology.toUpperCase(Locale.ROOT);
    }
    return Character.toUpperCase(technology.charAt(0)) + technology.substring(1);
  }

  /** A row as users name it: "Senior Python", "Latin America", "all rows" when it has no keys. */
  static String row(Observation o, RateDataset dataset) {
    List<String> words = new ArrayList<>();
    if (o.level() != null) {
      words.add(dataset.level(o.level()).map(Level::label).orElse(o.level()));
    }
    if (o.technology() != null) {
      words.add(dataset.technology(o.technology()).map(Technology::label).orElse(o.technology()));
    }
    if (o.region() != null) {
      words.add(dataset.region(o.region()).map(r -> r.label()).orElse(o.region()));
    }
    return words.isEmpty() ? "all levels" : String.join(" ", words);
  }

  /** "contract rates, ratebot's reading" or "salaries": what a table's figures are. */
  static String rateType(RateTable table) {
    return table.rateType().plural() + (table.reading().isEmpty() ? "" : ", ratebot's reading");
  }

  /** "Contract rate", "Vendor's price", "Salary". */
  static String label(RateType type) {
    String word = type.singular();
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** "a, b and c". */
  static String and(List<String> words) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " and "
        + words.get(words.size() - 1);
  }

  /**
   * How one midpoint stands against another, in whole percent of the other: "41% below North
   * America", "58% above Latin America", or "same as Latin America" when under half a percent.
   */
  static String against(double mine, double other, String otherLabel) {
    double difference = mine / other - 1;
    if (Math.round(Math.abs(difference) * 100) == 0) {
      return "same as " + otherLabel;
    }
    return percent(Math.abs(difference)) + (difference < 0 ? " below " : " above ") + otherLabel;
  }

  /** "two", "three", "four", or the number in digits. */
  static String count(int n) {
    return n >= 2 && n <= 4 ? List.of("two", "three", "four").get(n - 2) : String.valueOf(n);
  }

  /** A percentage to the nearest whole number: 0.227 → "23%". */
  static String percent(double fraction) {
    return Math.round(fraction * 100) + "%";
  }
}
