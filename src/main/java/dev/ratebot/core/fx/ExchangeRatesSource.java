package dev.ratebot.core.fx;

/**
 * The port through which the core gets exchange rates; an adapter keeps them current (from a
 * bundled file, refreshed from the network in the background).
 */
@FunctionalInterface
public interface ExchangeRatesSource {
  /**
   * The newest rates this source holds. Safe to call from any thread; never waits for the network.
   */
  ExchangeRates current();
}
