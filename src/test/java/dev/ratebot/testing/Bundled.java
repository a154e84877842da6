package dev.ratebot.testing;

import dev.ratebot.adapter.dataset.JsonRateDatasetSource;
import dev.ratebot.core.rates.RateDataset;

/** The bundled dataset, loaded once for the test run. */
public final class Bundled {
  private static final RateDataset DATASET = JsonRateDatasetSource.bundled().load();

  private Bundled() {}

  public static RateDataset dataset() {
    return DATASET;
  }
}
