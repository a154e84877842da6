package dev.ratebot.core.query;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers typed in a shape the reader would misread, refused with what was typed rather than read
 * as something else: a negative figure ("-45/h", "- 45/h", "minus 45"; the word parser reads '-' as
 * a space, so it would be checked as 45), a figure in scientific notation ("1e9/h" is not a figure
 * anyone types for pay, and would be read as 1), a decimal comma ("1,5 years" would be 5 years) and
 * a thousands dot on an amount ("1.000/month" would be 1), and a head count with a fraction ("2.5
 * senior" would be left unused and one person budgeted). A dash between two numbers is a range, not
 * a minus ("45-60", "45 - 60").
 */
final class NumberShapes {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String DASH = "[-\u2212\u2012\u2013\uFE63\uFF0D]";
  private static final String CURRENCY = "(?:us\\$|[$€£])";
  private static final String REST = "[\\p{L}\\p{N}.,/]*";
  // Not after a letter, digit or point, nor after a number and a few spaces (a range "45 - 60").
  private static final String ALONE = "(?<![\\p{L}\\p{N}.,])(?<!\\d\\s{1,3})";

  private static final Pattern NEGATIVE =
      Pattern.compile(
          ALONE
              + "(?:"
              + DASH
              + "\\s*"
              + CURRENCY
              + "?|"
              + CURRENCY
              + "\\s?"
              + DASH
              + "|minus\\s+"
              + CURRENCY
              + "?)\\d"
              + REST,
          FLAGS);
  private static final Pattern DECIMAL_COMMA =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,])" + CURRENCY + "?\\d{1,3},\\d{1,2}(?![\\p{N},])", FLAGS);
  private static final Pattern THOUSANDS_DOT =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,])(?:"
              + CURRENCY
              + "\\s?\\d{1,3}(?:\\.\\d{3})+(?![\\p{N}.,])"
              + "|\\d{1,3}(?:\\.\\d{3})+(?=\\s*(?:/|(?:per|an?|every|each)\\s)))",
          FLAGS);

  private static final Pattern EXPONENT =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,])" + CURRENCY + "?\\d+(?:\\.\\d+)?e[+-]?\\d+(?![\\p{L}\\p{N}])",
          FLAGS);

  private NumberShapes() {}

  /** One sentence saying which number was typed in a shape that would be misread, if any. */
  static Optional<String> problem(String text) {
    Matcher negative = NEGATIVE.matcher(text);
    if (negative.find()) {
      return Optional.of(
          "A figure can't be negative: got '" + negative.group() + "'. Ask with a positive one.");
    }
    Matcher exponent = EXPONENT.matcher(text);
    if (exponent.find()) {
      return Optional.of(
          "Write the figure in full, as in 45/h or $90,000/yr: got '" + exponent.group() + "'.");
    }
    Matcher comma = DECIMAL_COMMA.matcher(text);
    if (comma.find()) {
      String typed = comma.group();
      return Optional.of(
          "Write decimals with a point: got '"
              + typed
              + "'; did you mean "
              + typed.replace(',', '.')
              + "? (Commas go between thousands only, as in 1,500.)");
    }
    Matcher dot = THOUSANDS_DOT.matcher(text);
    if (dot.find()) {
      String typed = dot.group().strip();
      return Optional.of(
          "'"
              + typed
              + "' could be "
              + typed.replace(".", "").toLowerCase(Locale.ROOT)
              + " or a decimal: write thousands with a comma or none (1,000 or 1000).");
    }
    return Optional.empty();
  }

  // A head count with a fraction: one digit, a point, one digit ("2.5 senior", "0.5 devs"); a
  // figure
  // ("45.5 senior", "62.50") or a version ("3.11 devs") has more digits. The word before it, if
  // any, is group 1: after a technology ("java 1.8 developers") it is a version.
  private static final Pattern FRACTION_BEFORE_WORD =
      Pattern.compile(
          "(?:([\\p{L}][\\p{L}\\p{N}+#.]*)\\s+)?(?<![\\p{N}.,$€£])(\\d\\.\\d)\\s+(\\p{L}+)");

  /**
   * A head count typed with a fraction ("2.5 senior python"), which would otherwise be left unused
   * and one person budgeted: one sentence saying so, naming the nearest whole counts.
   *
   * @param personWord true for a lower-case word that names people or what they do
   * @param technologyWord true for a lower-case technology: a number after one is its version
   */
  static Optional<String> fractionalHeadCount(
      String text, Predicate<String> personWord, Predicate<String> technologyWord) {
    Matcher fraction = FRACTION_BEFORE_WORD.matcher(text);
    while (fraction.find()) {
      String before = fraction.group(1);
      boolean version = before != null && technologyWord.test(before.toLowerCase(Locale.ROOT));
      if (!version && personWord.test(fraction.group(3).toLowerCase(Locale.ROOT))) {
        java.math.BigDecimal typed = new java.math.BigDecimal(fraction.group(2));
        int down = typed.setScale(0, java.math.RoundingMode.FLOOR).intValue();
        int up = typed.setScale(0, java.math.RoundingMode.CEILING).intValue();
        String whole =
            up == 0 ? "1 or more" : down == up || down == 0 ? up + "" : down + " or " + up;
        return Optional.of(
            "People come in whole numbers: got '"
                + fraction.group(2)
                + " "
                + fraction.group(3)
                + "'. Ask for "
                + whole
                + ".");
      }
    }
    return Optional.empty();
  }
}
