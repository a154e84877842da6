package dev.ratebot.core.estimate;

import dev.ratebot.core.rates.Origin;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateTable;
import java.util.Optional;

/**
 * What every answer shape works with: the dataset, its model, the settings, and the shared row and
 * beside-figure builders.
 */
record AnswerParts(
    RateDataset dataset,
    RateModel model,
    EstimateSettings settings,
    RateRows rows,
    BesideFigures beside) {

  static AnswerParts of(RateDataset dataset, EstimateSettings settings) {
    RateModel model = new RateModel(dataset);
    return new AnswerParts(
        dataset, model, settings, new RateRows(dataset, model), new BesideFigures(dataset, model));
  }

  /** "Payscale, Glassdoor": the origins the market source names for a table. */
  String origins(RateTable table) {
    return String.join(
        ", ",
        table.originIds().stream()
            .map(dataset.market()::origin)
            .flatMap(Optional::stream)
            .map(Origin::name)
            .toList());
  }
}
