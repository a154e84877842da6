package dev.ratebot.adapter.dataset;

import dev.ratebot.adapter.dataset.DatasetJson.TaxonomyJson;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the taxonomy's neutral locations ("level 'senior', rank", "region 'x', country DE",
 * "technology 'python', alias 'sr'", "country alias 'usa'") as JSON paths into the file they were
 * read from. A location it does not recognise is shown in its neutral words under {@code
 * $.taxonomy}.
 */
final class TaxonomyPaths {
  private static final Pattern TERM =
      Pattern.compile(
          "(level|technology|region) '([^']*)'(?:, (rank|country (\\S+)|alias '([^']*)'))?");
  private static final Pattern WITHOUT_DATA =
      Pattern.compile("technology without data '([^']*)'(?:, alias '[^']*')?");
  private static final Pattern COUNTRY_ALIAS = Pattern.compile("country alias '([^']*)'");

  private TaxonomyPaths() {}

  static String render(String location, TaxonomyJson taxonomy) {
    String fallback = "$.taxonomy (" + location + ")";
    if (taxonomy == null) {
      return fallback;
    }
    Matcher term = TERM.matcher(location);
    if (term.matches()) {
      String path = termPath(term, taxonomy);
      return path == null ? fallback : path;
    }
    Matcher withoutData = WITHOUT_DATA.matcher(location);
    if (withoutData.matches() && taxonomy.technologiesWithoutData() != null) {
      int i = indexOfWord(taxonomy.technologiesWithoutData(), withoutData.group(1));
      return i < 0 ? fallback : "$.taxonomy.technologiesWithoutData[" + i + "]";
    }
    Matcher alias = COUNTRY_ALIAS.matcher(location);
    if (alias.matches()) {
      return "$.taxonomy.countryAliases" + key(alias.group(1));
    }
    return fallback;
  }

  /** A JSON path step for an object key: {@code .name}, or {@code ['two words']}. */
  static String key(String name) {
    return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + name : "['" + name + "']";
  }

  private static String termPath(Matcher term, TaxonomyJson taxonomy) {
    String kind = term.group(1);
    String id = term.group(2);
    String base;
    int index;
    List<String> aliases;
    String label;
    List<String> countries = List.of();
    switch (kind) {
      case "level" -> {
        base = "$.taxonomy.levels";
        index = indexOf(taxonomy.levels(), l -> l.id(), id);
        aliases = index < 0 ? null : taxonomy.levels().get(index).aliases();
        label = index < 0 ? null : taxonomy.levels().get(index).label();
      }
      case "technology" -> {
        base = "$.taxonomy.technologies";
        index = indexOf(taxonomy.technologies(), t -> t.id(), id);
        aliases = index < 0 ? null : taxonomy.technologies().get(index).aliases();
        label = index < 0 ? null : taxonomy.technologies().get(index).label();
      }
      default -> {
        base = "$.taxonomy.regions";
        index = indexOf(taxonomy.regions(), r -> r.id(), id);
        aliases = index < 0 ? null : taxonomy.regions().get(index).aliases();
        label = index < 0 ? null : taxonomy.regions().get(index).label();
        countries = index < 0 ? null : taxonomy.regions().get(index).countries();
      }
    }
    if (index < 0) {
      return null;
    }
    String path = base + "[" + index + "]";
    if (term.group(3) == null) {
      return path;
    }
    if (term.group(3).equals("rank")) {
      return path + ".rank";
    }
    if (term.group(4) != null) {
      int c = countries == null ? -1 : indexOfWord(countries, term.group(4));
      return c < 0 ? path + ".countries" : path + ".countries[" + c + "]";
    }
    String word = term.group(5);
    int a = aliases == null ? -1 : indexOfWord(aliases, word);
    if (a >= 0) {
      return path + ".aliases[" + a + "]";
    }
    if (id.toLowerCase(Locale.ROOT).strip().equals(word)) {
      return path + ".id";
    }
    if (label != null && label.toLowerCase(Locale.ROOT).strip().equals(word)) {
      return path + ".label";
    }
    return path;
  }

  private static <T> int indexOf(List<T> items, Function<T, String> id, String wanted) {
    if (items == null) {
      return -1;
    }
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) != null && wanted.equals(id.apply(items.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOfWord(List<String> words, String wanted) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i) != null && words.get(i).strip().equalsIgnoreCase(wanted)) {
        return i;
      }
    }
    return -1;
  }
}
