package dev.ratebot.adapter.dataset;

/**
 * A dataset that could not be loaded: the one line start-up prints, naming the file, the place in
 * it in the file's own terms (a JSON path, a CSV line and column) and the fault, e.g. {@code
 * config/rates.json: $.source.tables[1].rows[0].low: low 90 is above high 65} or {@code bands.csv:
 * line 7, column level: 'staff' is not a known level (entry, mid, senior)}. A fault of the file as
 * a whole (not found, a directory, empty) has no place: {@code bands.csv: file not found}.
 */
public final class DatasetLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String location;
  private final String fault;

  public DatasetLoadException(String file, String location, String fault) {
    super(
        file
            + ": "
            + (location == null || location.isEmpty() ? "" : location + ": ")
            + oneLine(fault));
    this.file = file;
    this.location = location == null ? "" : location;
    this.fault = oneLine(fault);
  }

  /** A fault of the file as a whole. */
  static DatasetLoadException ofFile(String file, String fault) {
    return new DatasetLoadException(file, "", fault);
  }

  /** The file, as it was named. */
  public String file() {
    return file;
  }

  /** The place in the file, in its own terms; empty for the file as a whole. */
  public String location() {
    return location;
  }

  /** What is wrong, in one line. */
  public String fault() {
    return fault;
  }

  // The message is printed as one line: a library's multi-line message keeps its first line.
  private static String oneLine(String text) {
    if (text == null) {
      return "unknown fault";
    }
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }
}
