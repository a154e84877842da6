package dev.ratebot.core.reply;

import java.util.List;
import java.util.Objects;

/**
 * Where figures of an answer come from, exactly: the origins a source names, the source, the table
 * and the rows used.
 *
 * @param name the origins the source names for the table, e.g. "Payscale, Glassdoor"
 * @param vintage the year its data describes, e.g. "2023"
 * @param via the source the bot read it in, e.g. the article that cites it; may be empty
 * @param table the table, with what its figures are, e.g. "Backend developer hourly rate by region
 *     (contract rates, ratebot's reading)"; may be empty
 * @param rows the rows used, e.g. "Latin America"; may be empty
 */
public record Citation(String name, String vintage, String via, String table, List<String> rows) {
  public Citation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(vintage, "vintage");
    via = via == null ? "" : via;
    table = table == null ? "" : table;
    rows = List.copyOf(rows);
  }

  /** A citation of a whole source, without table or rows. */
  public Citation(String name, String vintage, String via) {
    this(name, vintage, via, "", List.of());
  }

  /**
   * "Payscale, Glassdoor (2023), via ProCoders …: Backend developer hourly rate by region (contract
   * rates), row Latin America".
   */
  public String text() {
    StringBuilder out = new StringBuilder(name).append(" (").append(vintage).append(')');
    if (!via.isEmpty()) {
      out.append(", via ").append(via);
    }
    if (!table.isEmpty()) {
      out.append(": ").append(table);
      if (!rows.isEmpty()) {
        out.append(rows.size() == 1 ? ", row " : ", rows ").append(String.join("; ", rows));
      }
    }
    return out.toString();
  }
}
