package dev.ratebot.core.rates;

/**
 * The port through which the core gets the cities it recognises; adapters read them from a file.
 */
@FunctionalInterface
public interface PlacesSource {
  /** Loads the cities. */
  Places load();
}
