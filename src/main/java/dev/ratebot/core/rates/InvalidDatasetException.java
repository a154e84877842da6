package dev.ratebot.core.rates;

/**
 * A dataset that cannot be used, with where the offending value is, in the dataset's own terms
 * (e.g. "source procoders-2023, table hourly-by-region, row 2, low"), and what is wrong with it.
 * Adapters render the location in their file's own terms.
 */
public final class InvalidDatasetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String location;
  private final String fault;

  public InvalidDatasetException(String location, String fault) {
    super(location + ": " + fault);
    this.location = location;
    this.fault = fault;
  }

  /** Where the offending value is, in neutral words. */
  public String location() {
    return location;
  }

  /** What is wrong, in one sentence. */
  public String fault() {
    return fault;
  }
}
