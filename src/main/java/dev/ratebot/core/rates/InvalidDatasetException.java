package dev.ratebot.core.rates;

import java.util.Optional;

/**
 * A dataset that cannot be used, with where the offending value is, in the dataset's own terms
 * (e.g. "source 'procoders-2023', table 'hourly-by-region', row 2, low"), and what is wrong with
 * it. Faults inside a source also carry a {@link SourceLocation}, which adapters render in their
 * file's own terms.
 */
public final class InvalidDatasetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String location;
  private final String fault;
  private final transient SourceLocation at;

  public InvalidDatasetException(String location, String fault) {
    super(location + ": " + fault);
    this.location = location;
    this.fault = fault;
    this.at = null;
  }

  public InvalidDatasetException(SourceLocation at, String fault) {
    super(at.describe() + ": " + fault);
    this.location = at.describe();
    this.fault = fault;
    this.at = at;
  }

  /** Where the offending value is, in neutral words. */
  public String location() {
    return location;
  }

  /** Where in a source the offending value is, when it is inside one. */
  public Optional<SourceLocation> at() {
    return Optional.ofNullable(at);
  }

  /** What is wrong, in one sentence. */
  public String fault() {
    return fault;
  }
}
