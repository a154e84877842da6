package dev.ratebot.adapter.dataset;

/**
 * A dataset that could not be loaded: the one message start-up prints, naming the file, the JSON
 * path and the fault, e.g. {@code config/rates.json: $.tables[1].rows[0].low: low 90 is above high
 * 65}.
 */
public final class DatasetLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DatasetLoadException(String file, String path, String fault) {
    super(file + ": " + path + ": " + fault);
  }
}
