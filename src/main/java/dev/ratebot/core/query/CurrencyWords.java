package dev.ratebot.core.query;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How people name a currency: a symbol ("$", "€"), a word ("euros", "bucks") or an ISO 4217 code
 * ("eur", "PLN"). Codes that are also English words ("all", "try") count only in upper case.
 */
final class CurrencyWords {
  private static final Pattern CURRENCY_ALONE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?<cur>us\\$|[$€£]|dollars?|euros?|pounds?|bucks)(?![\\p{L}\\p{N}])"
              + "|(?<symbol>[$€£])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // "… in pen", "… into ars": last in the question after "in", a code that is also a word ("pen",
  // "cop") names a currency, unless the word reads naturally there ("in all"); followed by more
  // words it is English ("in cad software", "in top companies").
  private static final Pattern IN_CODE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:in|into)\\s+(?<code>\\p{L}{3})(?=\\s*(?:$|[?!.,;:)]))",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Set<String> WORDS_AFTER_IN =
      Set.of("all", "top", "cup", "mad", "sit", "xxx");

  private static final Set<String> ISO_CURRENCIES =
      Currency.getAvailableCurrencies().stream()
          .map(Currency::getCurrencyCode)
          .collect(Collectors.toUnmodifiableSet());

  /** ISO 4217 codes that are also English words: currencies only in upper case ("TRY"). */
  static final Set<String> ORDINARY_CODES =
      Set.of(
          "all", "top", "try", "cup", "mad", "bob", "gel", "mop", "pen", "cop", "sos", "cad", "ang",
          "nad", "bam", "sit", "std", "esp", "che", "ron", "mur", "kes", "lak", "xxx", "afa", "rol",
          "dem", "ats", "sar", "bif", "fim", "ars", "lvl");

  private static final Map<String, String> CURRENCY_WORDS =
      Map.ofEntries(
          Map.entry("$", "USD"),
          Map.entry("us$", "USD"),
          Map.entry("€", "EUR"),
          Map.entry("£", "GBP"),
          Map.entry("dollar", "USD"),
          Map.entry("dollars", "USD"),
          Map.entry("bucks", "USD"),
          Map.entry("euro", "EUR"),
          Map.entry("euros", "EUR"),
          Map.entry("pound", "GBP"),
          Map.entry("pounds", "GBP"));

  private CurrencyWords() {}

  // Symbols and currency words; codes standing alone ("eur") are words, read by the parser.
  static void alone(StringBuilder rest, List<String> currencies) {
    Matcher alone = CURRENCY_ALONE.matcher(rest.toString());
    while (alone.find()) {
      String typed = alone.group("cur") != null ? alone.group("cur") : alone.group("symbol");
      currencies.add(CURRENCY_WORDS.get(typed.toLowerCase(Locale.ROOT)));
      QuantityReader.blank(rest, alone.start(), alone.end());
    }
    Matcher in = IN_CODE.matcher(rest.toString());
    while (in.find()) {
      String code = in.group("code");
      String lower = code.toLowerCase(Locale.ROOT);
      if (ORDINARY_CODES.contains(lower) && !WORDS_AFTER_IN.contains(lower)) {
        currencies.add(code.toUpperCase(Locale.ROOT));
        QuantityReader.blank(rest, in.start("code"), in.end("code"));
      }
    }
  }

  /**
   * A code that is also a word, typed beside a number and followed by a period ("45 pen/h", "90k
   * ars a year"): the period makes it an amount of money, not "45 pens".
   */
  static Optional<String> ordinaryBeforePeriod(String typed) {
    String lower = typed.toLowerCase(Locale.ROOT);
    return ORDINARY_CODES.contains(lower) && !WORDS_AFTER_IN.contains(lower)
        ? Optional.of(typed.toUpperCase(Locale.ROOT))
        : Optional.empty();
  }

  /**
   * The ISO 4217 code a word standing alone names ("eur", "PLN", "TRY"), if any. Codes that are
   * also English words ("all", "try") count only in upper case.
   */
  static Optional<String> currencyCode(String typed) {
    String upper = typed.toUpperCase(Locale.ROOT);
    if (typed.length() != 3 || !ISO_CURRENCIES.contains(upper)) {
      return Optional.empty();
    }
    boolean ordinary = ORDINARY_CODES.contains(typed.toLowerCase(Locale.ROOT));
    return !ordinary || typed.equals(upper) ? Optional.of(upper) : Optional.empty();
  }

  // A currency typed next to a number: any ISO code, except English words typed in lower case.
  static Optional<String> besideNumber(String typed, Predicate<String> knownWord) {
    String lower = typed.toLowerCase(Locale.ROOT);
    String word = CURRENCY_WORDS.get(lower);
    if (word != null) {
      return Optional.of(word);
    }
    String upper = typed.toUpperCase(Locale.ROOT);
    boolean ordinary =
        (ORDINARY_CODES.contains(lower) || knownWord.test(lower)) && !typed.equals(upper);
    return ISO_CURRENCIES.contains(upper) && !ordinary ? Optional.of(upper) : Optional.empty();
  }

  /** The currency a symbol typed before a number names; a bare "$" is USD. */
  static String symbol(String pre) {
    return CURRENCY_WORDS.getOrDefault(pre.toLowerCase(Locale.ROOT), "USD");
  }
}
