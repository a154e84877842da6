package dev.ratebot.adapter.fx;

import dev.ratebot.core.fx.ExchangeRates;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the ECB's {@code eurofxref.csv}: a header line ({@code Date, USD, JPY, …, }) and one line
 * of rates ({@code 13 April 2026, 1.1684, 186.75, …, }), each rate in units per euro. The trailing
 * empty column is ignored, as are {@code N/A} rates (currencies the ECB no longer quotes).
 */
final class EcbCsvParser {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
  private static final DateTimeFormatter ECB_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private EcbCsvParser() {}

  /**
   * The rates in the file.
   *
   * @throws IllegalArgumentException naming the fault when the file is not in the ECB's shape
   */
  static ExchangeRates parse(byte[] bytes, String source) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<CSVRecord> records;
    try {
      records = FORMAT.parse(new StringReader(text)).getRecords();
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not CSV: " + e.getMessage(), e);
    }
    if (records.size() != 2) {
      throw new IllegalArgumentException(
          "expected a header line and one line of rates, found " + records.size() + " line(s)");
    }
    CSVRecord header = records.get(0);
    CSVRecord values = records.get(1);
    if (header.size() != values.size()) {
      throw new IllegalArgumentException(
          "the header has " + header.size() + " columns, the rates " + values.size());
    }
    if (!header.get(0).equals("Date")) {
      throw new IllegalArgumentException("the first column is '" + header.get(0) + "', not Date");
    }
    Map<String, BigDecimal> perEuro = new HashMap<>();
    for (int i = 1; i < header.size(); i++) {
      String code = header.get(i);
      String rate = values.get(i);
      if ((code.isEmpty() && rate.isEmpty()) || rate.equals("N/A")) {
        continue;
      }
      if (perEuro.put(code, number(code, rate)) != null) {
        throw new IllegalArgumentException(code + " is listed twice");
      }
    }
    return new ExchangeRates(date(values.get(0)), perEuro, source);
  }

  private static BigDecimal number(String code, String rate) {
    try {
      return new BigDecimal(rate);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "the rate of '" + code + "' is not a number: '" + rate + "'", e);
    }
  }

  // "13 April 2026" in eurofxref.csv; ISO dates, as in the ECB's history file, are read too.
  private static LocalDate date(String text) {
    try {
      return text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, ECB_DATE);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("the date '" + text + "' is not a date", e);
    }
  }
}
