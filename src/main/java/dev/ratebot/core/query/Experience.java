package dev.ratebot.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years of experience in a question ("senior python dev with 5 years experience"), taken out before
 * the numbers are read: otherwise "5 years" is a period, and a rate question becomes a five-year
 * budget. Levels are by title in the data, so the years are said and not used, never mapped to a
 * level.
 */
final class Experience {
  private static final Pattern YEARS =
      Pattern.compile(
          "(?:\\bwith\\s+)?\\b\\d+(?:\\.\\d+)?\\+?\\s*(?:years?|yrs?|y)\\s*(?:of\\s+)?"
              + "(?:experience|exp|xp)\\b"
              + "|\\bwith\\s+\\d+(?:\\.\\d+)?\\+?\\s*(?:years?|yrs?)\\b",
          Pattern.CASE_INSENSITIVE);

  private Experience() {}

  /** The text without its years of experience, and the note saying so; no note when none. */
  static Stripped strip(String text) {
    Matcher years = YEARS.matcher(text);
    List<String> typed = new ArrayList<>();
    StringBuilder rest = new StringBuilder();
    while (years.find()) {
      typed.add(years.group().strip());
      years.appendReplacement(rest, " ");
    }
    years.appendTail(rest);
    String note =
        typed.isEmpty()
            ? ""
            : "Not used: '"
                + String.join("', '", typed)
                + "': levels here are by title (entry, mid, senior), not years of experience.";
    return new Stripped(rest.toString(), note);
  }

  /**
   * A text with something taken out, and the note that says what.
   *
   * @param text the text left to read
   * @param note one sentence for every question read from it; empty when nothing was taken out
   */
  record Stripped(String text, String note) {
    /** The text parsed, with the note on every question it holds. */
    ParseResult parsed(java.util.function.Function<String, ParseResult> parse) {
      ParseResult result = parse.apply(text);
      return note.isEmpty() ? result : Notes.onEveryQuestion(result, note);
    }
  }
}
