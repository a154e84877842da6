package dev.ratebot.core.query;

import dev.ratebot.core.query.Quantities.Amount;
import dev.ratebot.core.query.Quantities.Count;
import dev.ratebot.core.query.Quantities.Period;
import dev.ratebot.core.query.Quantities.TimeUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers of a question before its words are read: amounts ("$45/h", "90k", "€40/h", "45
 * usd per hour", "7000/month"), currencies ("in eur", "€"), periods ("6 months", "for a year") and
 * head counts ("2 senior devs"). What it takes is blanked out of the text, so the words left are
 * parsed as usual. Never throws.
 */
final class QuantityReader {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.#+_$€£])(?<pre>us\\$|[$€£])?\\s?"
              + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,12}(?:\\.\\d{1,6})?)"
              + "(?<mult>[km](?![\\p{L}\\p{N}]))?",
          FLAGS);
  private static final Pattern CURRENCY_AFTER =
      Pattern.compile(
          "\\s?(?<cur>us\\$|[$€£]|dollars?|euros?|pounds?|bucks|\\p{L}{3})(?![\\p{L}\\p{N}])",
          FLAGS);
  private static final String UNITS =
      "(?<unit>hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?|mths?|m|years?|yrs?|yr|y|annum)";
  private static final Pattern PER =
      Pattern.compile(
          "\\s*(?:/|(?:per|an?|every|each)\\s)\\s*"
              + UNITS
              + "(?![\\p{L}\\p{N}])"
              + "|\\s+(?<adverb>hourly|daily|weekly|monthly|yearly|annually|p\\.?a\\.?)"
              + "(?![\\p{L}\\p{N}])",
          FLAGS);
  private static final Pattern PERIOD_UNIT =
      Pattern.compile(
          "\\s*-?\\s*(?<unit>hours?|hrs?|days?|weeks?|wks?|months?|mos?|mths?|years?|yrs?)"
              + "(?![\\p{L}\\p{N}])",
          FLAGS);
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  // The word after a number, also past a times sign, as titles write a head count ("3 × senior").
  private static final Pattern NEXT_WORD =
      Pattern.compile("(?:\\s*[×*]\\s*|\\s+x\\s+|\\s+)(?<word>[\\p{L}][\\p{L}.#+]*)");
  private static final Pattern WORD_NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
              + "(?=\\s+(?<next>\\p{L}+))",
          FLAGS);
  private static final Pattern ONE_PERIOD =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:for|over|during|within)\\s+(?<span>(?:an?|one)\\s+"
              + "(?<unit>hour|day|week|month|year))(?![\\p{L}\\p{N}])",
          FLAGS);

  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12));

  private final Predicate<String> personWord;
  private final Predicate<String> knownWord;

  /**
   * @param personWord true for a lower-case word that names people or what they do ("devs",
   *     "senior", "python"): a number before one is a head count
   * @param knownWord true for a lower-case word the vocabulary knows ("php", "2023"): never read as
   *     a currency or an amount
   */
  QuantityReader(Predicate<String> personWord, Predicate<String> knownWord) {
    this.personWord = personWord;
    this.knownWord = knownWord;
  }

  /**
   * The numbers in a text, and the text with them blanked out.
   *
   * @param quantities what was found
   * @param rest the text left for the word parser, the same length as the input
   */
  record Read(Quantities quantities, String rest) {}

  Read read(String text) {
    StringBuilder rest = new StringBuilder(text);
    List<Amount> amounts = new ArrayList<>();
    List<Period> periods = new ArrayList<>();
    List<Count> counts = new ArrayList<>();
    List<String> currencies = new ArrayList<>();
    numbers(text, rest, amounts, periods, counts);
    wordNumbers(rest, periods, counts);
    onePeriods(rest, periods);
    CurrencyWords.alone(rest, currencies);
    return new Read(new Quantities(amounts, currencies, periods, counts), rest.toString());
  }

  private void numbers(
      String text,
      StringBuilder rest,
      List<Amount> amounts,
      List<Period> periods,
      List<Count> counts) {
    Matcher number = NUMBER.matcher(text);
    while (number.find()) {
      int end = number.end();
      String pre = number.group("pre");
      String digits = number.group("num");
      String mult = number.group("mult");
      Optional<String> currency = Optional.ofNullable(pre).map(CurrencyWords::symbol);
      Optional<TimeUnit> per = Optional.empty();
      Matcher after = CURRENCY_AFTER.matcher(text).region(end, text.length());
      if (currency.isEmpty() && after.lookingAt()) {
        Optional<String> code = CurrencyWords.besideNumber(after.group("cur"), knownWord);
        if (code.isEmpty() && PER.matcher(text).region(after.end(), text.length()).lookingAt()) {
          code = CurrencyWords.ordinaryBeforePeriod(after.group("cur"));
        }
        if (code.isPresent()) {
          currency = code;
          end = after.end();
        }
      }
      Matcher perMatch = PER.matcher(text).region(end, text.length());
      if (perMatch.lookingAt()) {
        per = Optional.of(unit(perMatch.group("unit"), perMatch.group("adverb")));
        end = perMatch.end();
      }
      boolean plain = pre == null && mult == null && currency.isEmpty() && per.isEmpty();
      if (plain) {
        Matcher period = PERIOD_UNIT.matcher(text).region(end, text.length());
        if (period.lookingAt()) {
          BigDecimal length = new BigDecimal(digits.replace(",", ""));
          end = period.end();
          periods.add(
              new Period(length, unit(period.group("unit"), null), typed(text, number, end)));
          blank(rest, number.start(), end);
          continue;
        }
        if (end < text.length() && Character.isLetter(text.charAt(end))) {
          continue; // "2nd", "3x": a word, not a number
        }
        if (knownWord.test(digits) || YEAR.matcher(digits).matches()) {
          continue; // "2023", "2025": a year is a word, and the parser says if it does not know it
        }
        Matcher next = NEXT_WORD.matcher(text).region(end, text.length());
        if (digits.matches("\\d{1,3}")
            && next.lookingAt()
            && personWord.test(next.group("word").toLowerCase(Locale.ROOT))) {
          counts.add(new Count(Integer.parseInt(digits), digits));
          blank(rest, number.start(), next.start("word"));
          continue;
        }
      } else if (end < text.length() && Character.isLetter(text.charAt(end))) {
        continue;
      }
      BigDecimal value = new BigDecimal(digits.replace(",", ""));
      if (mult != null) {
        value =
            value.multiply(
                mult.equalsIgnoreCase("k")
                    ? BigDecimal.valueOf(1_000)
                    : BigDecimal.valueOf(1_000_000));
      }
      amounts.add(new Amount(value, currency, per, typed(text, number, end)));
      blank(rest, number.start(), end);
    }
  }

  private void wordNumbers(StringBuilder rest, List<Period> periods, List<Count> counts) {
    Matcher word = WORD_NUMBER.matcher(rest.toString());
    while (word.find()) {
      int n = NUMBER_WORDS.get(word.group("n").toLowerCase(Locale.ROOT));
      String next = word.group("next");
      Matcher period = PERIOD_UNIT.matcher(rest.toString()).region(word.end(), rest.length());
      if (period.lookingAt()) {
        periods.add(
            new Period(
                BigDecimal.valueOf(n),
                unit(period.group("unit"), null),
                rest.substring(word.start(), period.end())));
        blank(rest, word.start(), period.end());
      } else if (personWord.test(next.toLowerCase(Locale.ROOT))) {
        counts.add(new Count(n, word.group("n")));
        blank(rest, word.start(), word.end());
      }
    }
  }

  private static void onePeriods(StringBuilder rest, List<Period> periods) {
    Matcher one = ONE_PERIOD.matcher(rest.toString());
    while (one.find()) {
      periods.add(new Period(BigDecimal.ONE, unit(one.group("unit"), null), one.group("span")));
      blank(rest, one.start("span"), one.end("span"));
    }
  }

  private static TimeUnit unit(String unit, String adverb) {
    String word = (unit != null ? unit : adverb).toLowerCase(Locale.ROOT);
    if (word.startsWith("h")) {
      return TimeUnit.HOUR;
    }
    if (word.startsWith("d")) {
      return TimeUnit.DAY;
    }
    if (word.startsWith("w")) {
      return TimeUnit.WEEK;
    }
    if (word.startsWith("m")) {
      return TimeUnit.MONTH;
    }
    return TimeUnit.YEAR; // years, yr, y, annum, annually, yearly, pa
  }

  private static String typed(String text, Matcher number, int end) {
    return text.substring(number.start(), end).strip();
  }

  static void blank(StringBuilder text, int start, int end) {
    for (int i = start; i < end; i++) {
      text.setCharAt(i, ' ');
    }
  }
}
