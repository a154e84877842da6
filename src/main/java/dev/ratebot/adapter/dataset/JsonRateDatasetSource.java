package dev.ratebot.adapter.dataset;

import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateDatasetSource;
import java.nio.file.Path;
import java.util.List;

/**
 * One JSON dataset file (or the copy bundled in the jar), loaded as {@link DatasetFiles} does: a
 * file without a taxonomy uses the bundled one.
 */
public final class JsonRateDatasetSource implements RateDatasetSource {
  private final DatasetFiles files;

  private JsonRateDatasetSource(DatasetFile file) {
    this.files = new DatasetFiles(List.of(file.asJson()));
  }

  /** The dataset bundled in the jar. */
  public static JsonRateDatasetSource bundled() {
    return new JsonRateDatasetSource(DatasetFile.bundled());
  }

  /** A dataset file. */
  public static JsonRateDatasetSource file(Path path) {
    return new JsonRateDatasetSource(DatasetFile.path(path));
  }

  /** JSON text, for tests; {@code name} stands for the file in messages. */
  public static JsonRateDatasetSource text(String name, String json) {
    return new JsonRateDatasetSource(DatasetFile.text(name, json));
  }

  @Override
  public RateDataset load() {
    return files.load();
  }
}
