package dev.ratebot.core.query;

import dev.ratebot.core.query.Vocabulary.Kind;
import dev.ratebot.core.query.Vocabulary.Meaning;
import dev.ratebot.core.rates.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Level words the data has no level for, read as the nearest level it has, with a note saying so:
 * intern and trainee as the lowest level, lead and expert as the highest, and staff, principal and
 * architect as the highest ("likely understated"). Exact synonyms ("junior", "middle") are aliases
 * in the dataset instead.
 */
final class LevelWords {
  private static final List<String> BELOW = List.of("intern", "interns", "internship", "trainee");
  private static final List<String> LEAD = List.of("lead", "leads", "tech lead", "team lead");
  private static final List<String> EXPERT = List.of("expert", "experts");
  private static final List<String> ABOVE =
      List.of("staff", "principal", "architect", "architects", "distinguished");

  private LevelWords() {}

  /** Each inexact level word with its meaning (level and note); empty without levels. */
  static Map<String, Meaning> meanings(List<Level> levels) {
    Map<String, Meaning> meanings = new HashMap<>();
    if (levels.isEmpty()) {
      return meanings;
    }
    Level lowest = levels.get(0);
    Level highest = levels.get(levels.size() - 1);
    String low = lowest.label().toLowerCase(Locale.ROOT);
    String high = highest.label().toLowerCase(Locale.ROOT);
    BELOW.forEach(w -> meanings.put(w, level(lowest, "No intern data; " + low + " shown.")));
    LEAD.forEach(
        w -> meanings.put(w, level(highest, "The data has no lead level; " + high + " shown.")));
    EXPERT.forEach(
        w -> meanings.put(w, level(highest, "The data has no expert level; " + high + " shown.")));
    ABOVE.forEach(
        w ->
            meanings.put(
                w,
                level(
                    highest,
                    "No data above " + high + "; " + high + " shown, likely understated.")));
    return meanings;
  }

  private static Meaning level(Level level, String note) {
    return new Meaning(Kind.LEVEL, level.id(), note);
  }
}
