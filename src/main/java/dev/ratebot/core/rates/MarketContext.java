package dev.ratebot.core.rates;

import java.util.List;

/**
 * What the source says moves a rate, beyond the figures: shown with the sources so users can weigh
 * an estimate.
 *
 * @param factors what moves a rate, e.g. "cost of living"
 * @param highestPayingIndustries industries that pay the highest hourly rates
 * @param trend the market trend at the data's vintage, one sentence; may be empty
 * @param attribution whose word the context is, as answers show it, e.g. "per the article"; may be
 *     empty
 */
public record MarketContext(
    List<String> factors, List<String> highestPayingIndustries, String trend, String attribution) {
  public MarketContext {
    factors = List.copyOf(factors);
    highestPayingIndustries = List.copyOf(highestPayingIndustries);
    trend = trend == null ? "" : trend;
    attribution = attribution == null ? "" : attribution;
  }

  /** No context. */
  public static MarketContext none() {
    return new MarketContext(List.of(), List.of(), "", "");
  }
}
