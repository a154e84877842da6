package dev.ratebot.core.rates;

/** The port through which the core gets its dataset; adapters read it from a file. */
@FunctionalInterface
public interface RateDatasetSource {
  /**
   * Loads and validates the dataset.
   *
   * @throws InvalidDatasetException when the dataset cannot be used
   */
  RateDataset load();
}
