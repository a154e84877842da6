package dev.ratebot.core.rates;

/**
 * A dataset that cannot be used, with the path of the offending value (e.g. {@code
 * $.tables[2].rows[1].level}) and what is wrong with it.
 */
public final class InvalidDatasetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String fault;

  public InvalidDatasetException(String path, String fault) {
    super(path + ": " + fault);
    this.path = path;
    this.fault = fault;
  }

  /** The JSON path of the offending value, starting with {@code $}. */
  public String path() {
    return path;
  }

  /** What is wrong, in one sentence. */
  public String fault() {
    return fault;
  }
}
