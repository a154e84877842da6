package dev.ratebot.core.query;

import dev.ratebot.core.rates.MarketContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Words that name an industry ("fintech", "bank", "health"). The market source may name the
 * industries that pay the most; the figures are never adjusted by industry, and a note says what
 * the source says, inventing nothing.
 */
final class IndustryWords {
  /** Each industry word, lower case, and the industry it names as sources do. */
  static final Map<String, String> INDUSTRY =
      Map.ofEntries(
          Map.entry("fintech", "finance"),
          Map.entry("finance", "finance"),
          Map.entry("financial", "finance"),
          Map.entry("bank", "finance"),
          Map.entry("banks", "finance"),
          Map.entry("banking", "finance"),
          Map.entry("trading", "finance"),
          Map.entry("health", "healthcare"),
          Map.entry("healthcare", "healthcare"),
          Map.entry("healthtech", "healthcare"),
          Map.entry("medtech", "healthcare"),
          Map.entry("medical", "healthcare"),
          Map.entry("hospital", "healthcare"),
          Map.entry("ecommerce", "e-commerce"),
          Map.entry("saas", "technology"),
          Map.entry("gaming", "gaming"),
          Map.entry("gamedev", "gaming"),
          Map.entry("edtech", "education"),
          Map.entry("education", "education"),
          Map.entry("government", "government"),
          Map.entry("nonprofit", "non-profit"),
          Map.entry("crypto", "crypto"),
          Map.entry("blockchain", "crypto"),
          Map.entry("logistics", "logistics"),
          Map.entry("insurance", "insurance"),
          Map.entry("media", "media"));

  // "e-commerce" and "non-profit" are one word each, though the tokenizer splits at hyphens.
  private static final java.util.regex.Pattern HYPHENATED =
      java.util.regex.Pattern.compile(
          "(?i)(?<![\\p{L}\\p{N}])(e|non)-(commerce|profit)(?![\\p{L}\\p{N}])");

  private IndustryWords() {}

  /** The text with hyphenated industry words joined ("e-commerce" → "ecommerce"). */
  static String joined(String text) {
    return text.indexOf('-') < 0 ? text : HYPHENATED.matcher(text).replaceAll("$1$2");
  }

  /** The industry a word names, if any. */
  static Optional<String> industry(String word) {
    return Optional.ofNullable(INDUSTRY.get(word.toLowerCase(Locale.ROOT)));
  }

  /**
   * What the source says about an industry, one sentence, e.g. "Fintech: the article names finance
   * among the industries that pay backend developers the highest hourly rates (finance, healthcare,
   * e-commerce and technology) and gives no figures by industry, so none here are adjusted."
   */
  static String note(String typed, String industry, MarketContext context, String whose) {
    List<String> paying = context.highestPayingIndustries();
    String shown = typed.equalsIgnoreCase(industry.replace("-", "")) ? industry : typed;
    String word = Character.toUpperCase(shown.charAt(0)) + shown.substring(1);
    if (paying.isEmpty()) {
      return word + ": the data says nothing about industries, so the figures are not adjusted.";
    }
    String list = and(paying);
    String rarity =
        context.factors().stream()
            .filter(f -> f.toLowerCase(Locale.ROOT).contains("rarity"))
            .findFirst()
            .map(f -> "; it also names the " + f + " as something that moves a rate")
            .orElse("");
    if (paying.contains(industry)) {
      return word
          + ": "
          + whose
          + " names "
          + industry
          + " among the industries that pay backend developers the highest hourly rates ("
          + list
          + ") but gives no figures by industry, so none here are adjusted"
          + rarity
          + ".";
    }
    return word
        + ": "
        + whose
        + " names "
        + list
        + " as the industries that pay backend developers the highest hourly rates and says"
        + " nothing about "
        + industry
        + "; the figures here are not adjusted by industry.";
  }

  private static String and(List<String> words) {
    return words.size() == 1
        ? words.get(0)
        : String.join(", ", words.subList(0, words.size() - 1))
            + " and "
            + words.get(words.size() - 1);
  }
}
