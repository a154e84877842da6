package dev.ratebot.core.estimate;

import dev.ratebot.core.fx.ExchangeRates;
import dev.ratebot.core.fx.ExchangeRatesSource;
import dev.ratebot.core.query.Query;
import dev.ratebot.core.rates.RateDataset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The estimator a question's figures are shown with: in the currency it names ("in eur", "€40/h"),
 * else the install's display currency, converted at the European Central Bank's reference rates,
 * with a note giving the rate and its date (and a warning when the rates are over a week old).
 * Without exchange rates, or for a currency the rates lack, figures stay in the data's currency and
 * the answer says why.
 */
public final class Pricing {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final RateDataset dataset;
  private final EstimateSettings settings;
  private final Optional<ExchangeRatesSource> fx;
  private final String displayCurrency;
  private final Estimator base;
  private final Map<String, Estimator> converted = new ConcurrentHashMap<>();

  /** Figures in the data's own currency only. */
  public Pricing(RateDataset dataset, EstimateSettings settings) {
    this(dataset, settings, Optional.empty(), dataset.market().currency());
  }

  /**
   * @param fx the exchange rates, if any
   * @param displayCurrency the currency answers are shown in when a question names none
   */
  public Pricing(
      RateDataset dataset,
      EstimateSettings settings,
      Optional<ExchangeRatesSource> fx,
      String displayCurrency) {
    this.dataset = dataset;
    this.settings = settings;
    this.fx = fx;
    this.displayCurrency = displayCurrency;
    this.base = new Estimator(dataset, settings, List.of(), fx);
  }

  /** The estimator in the data's own currency. */
  public Estimator base() {
    return base;
  }

  /** The estimator for a question: its named currency, its amount's, or the install's. */
  public Estimator of(Query query) {
    return of(List.of(query));
  }

  /** The estimator for the groups of a team question. */
  public Estimator of(List<Query> groups) {
    return in(Query.shownIn(groups).orElse(displayCurrency));
  }

  /** The estimator showing figures in a currency, when the rates allow. */
  Estimator in(String currency) {
    String own = dataset.market().currency();
    if (fx.isEmpty()
        || (currency.equals(own)
            && dataset.others().stream().allMatch(s -> s.currency().equals(own)))) {
      return base;
    }
    ExchangeRates rates = fx.get().current();
    String key = currency + "@" + rates.date();
    if (converted.size() > 64) {
      converted.clear(); // a new day's rates: the old conversions are dropped
    }
    return converted.computeIfAbsent(key, k -> build(currency, rates));
  }

  private Estimator build(String currency, ExchangeRates rates) {
    String own = dataset.market().currency();
    if (!rates.has(currency) || !rates.has(own)) {
      return new Estimator(
          dataset,
          settings,
          List.of(
              rates.noRateFor(rates.has(currency) ? own : currency)
                  + " Figures are in "
                  + own
                  + "."),
          Optional.of(() -> rates));
    }
    RateDataset shown =
        CurrencyView.convert(
            dataset, currency, rates::has, (from, to) -> rates.rate(from, to).doubleValue());
    // Name every conversion made: the market's, and a card's in another currency ("1 EUR = …").
    List<String> from =
        dataset.sources().stream()
            .map(dev.ratebot.core.rates.RateSource::currency)
            .distinct()
            .filter(c -> !c.equals(currency) && rates.has(c))
            .toList();
    if (from.isEmpty()) {
      return new Estimator(dataset, settings, List.of(), Optional.of(() -> rates));
    }
    List<String> each =
        from.stream()
            .map(
                c ->
                    "1 "
                        + c
                        + " = "
                        + rates
                            .rate(c, currency)
                            .round(new java.math.MathContext(5))
                            .toPlainString()
                        + " "
                        + currency)
            .toList();
    String note =
        (from.size() == 1
                ? "Converted from "
                    + from.get(0)
                    + " to "
                    + currency
                    + " at the European Central"
                    + " Bank's reference rate of "
                : "Converted into "
                    + currency
                    + " at the European Central Bank's reference rates"
                    + " of ")
            + DAY.format(rates.date())
            + ": "
            + String.join(", ", each)
            + (rates.stale(settings.clock())
                ? "; those rates are "
                    + rates.ageInDays(settings.clock())
                    + " days old, so today's may differ."
                : ".");
    return new Estimator(shown, settings, List.of(note), Optional.of(() -> rates));
  }
}
