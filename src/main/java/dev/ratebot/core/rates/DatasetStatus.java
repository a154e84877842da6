package dev.ratebot.core.rates;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The dataset being served and how the last attempt to load a new one went: what {@code admin
 * status}, readiness checks and metrics report.
 *
 * @param version the short content hash of the data serving, e.g. "1a2b3c4d"
 * @param vintage the year the serving data describes, e.g. "2023"
 * @param loadedAt when the serving data was loaded
 * @param lastError the validation message of the last load that was refused, while the data before
 *     it serves; empty once a load succeeds
 */
public record DatasetStatus(
    String version, String vintage, Instant loadedAt, Optional<String> lastError) {
  public DatasetStatus {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(vintage, "vintage");
    Objects.requireNonNull(loadedAt, "loadedAt");
    Objects.requireNonNull(lastError, "lastError");
  }

  /** A dataset just loaded, with no error. */
  public static DatasetStatus loaded(RateDataset dataset, Instant at) {
    return new DatasetStatus(dataset.version(), dataset.vintage(), at, Optional.empty());
  }

  /** The same data still serving after a refused load. */
  public DatasetStatus refused(String error) {
    return new DatasetStatus(version, vintage, loadedAt, Optional.of(error));
  }

  /** Told each time the status changes: a new dataset swapped in, or a load refused. */
  @FunctionalInterface
  public interface Listener {
    void changed(DatasetStatus status);
  }
}
