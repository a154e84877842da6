package dev.ratebot.adapter.dataset;

import dev.ratebot.core.rates.InvalidDatasetException;
import dev.ratebot.core.rates.MarketContext;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.Period;
import dev.ratebot.core.rates.RateSource;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.RateType;
import dev.ratebot.core.rates.SourceLocation;
import dev.ratebot.core.rates.SourceRole;
import dev.ratebot.core.rates.TableKind;
import dev.ratebot.core.rates.Taxonomy;
import dev.ratebot.core.rates.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Your own rates as CSV (UTF-8): leading {@code # key: value} lines describe the source, then a
 * header names the columns, then one figure a line. A CSV source is a reference source (shown
 * beside estimates, never fed into them) with one table of kind {@link TableKind#FIGURES} per
 * period used. Levels, technologies and regions are matched to the dataset's taxonomy by id, label
 * or alias, in any case. Every place is named as {@code line N} (and {@code column c}, or {@code #
 * key}). The shape is documented in the README under "Your own rates".
 */
final class CsvSourceFile implements SourceFile {
  private final String name;
  private final CsvKeys keys;
  private final CsvRows rows;

  private CsvSourceFile(String name, CsvText text, CsvKeys keys) {
    this.name = name;
    this.keys = keys;
    this.rows = new CsvRows(name, text, keys);
  }

  /** Reads the file's lines and its {@code # key: value} lines; the rows are read by source(). */
  static CsvSourceFile parse(String name, byte[] bytes) {
    CsvText text = CsvText.decode(name, bytes);
    return new CsvSourceFile(name, text, CsvKeys.read(name, text, CsvRows.COLUMNS));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<Taxonomy> taxonomy() {
    return Optional.empty();
  }

  @Override
  public RateSource source(Taxonomy taxonomy) {
    String id = keys.value("source");
    String currency = keys.parsed("currency", v -> new Unit(v, Period.HOUR).currency());
    RateType rateType =
        keys.parsed(
            "rate_type",
            v ->
                Arrays.stream(RateType.values())
                    .filter(t -> t.name().equalsIgnoreCase(v.replace(' ', '_')))
                    .findFirst()
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "'"
                                    + v
                                    + "' is not a rate type (contract_rate, vendor_price or"
                                    + " salary)")));
    keys.parsed(
        "role",
        v -> {
          if (!v.equalsIgnoreCase("reference")) {
            throw new IllegalArgumentException(
                "a CSV source is a reference source, shown beside estimates: only a JSON source"
                    + " can feed them (market)");
          }
          return v;
        });
    Map<Period, List<Observation>> figures = rows.read(id, taxonomy);
    List<RateTable> tables = new ArrayList<>();
    figures.forEach(
        (period, observations) ->
            tables.add(
                new RateTable(
                    CsvRows.tableId(period),
                    keys.value("name") + ", per " + period.word(),
                    TableKind.FIGURES,
                    rateType,
                    "",
                    keys.value("note"),
                    new Unit(currency, period),
                    "",
                    List.of(),
                    observations)));
    try {
      return new RateSource(
          id,
          keys.value("name"),
          keys.value("publisher"),
          keys.value("publisher_kind"),
          keys.value("vintage"),
          SourceRole.REFERENCE,
          currency,
          keys.value("coverage"),
          MarketContext.none(),
          List.of(),
          tables);
    } catch (IllegalArgumentException e) {
      throw new DatasetLoadException(name, "line " + keys.headerLine(), e.getMessage());
    }
  }

  @Override
  public String render(InvalidDatasetException fault) {
    if (fault.at().isEmpty()) {
      return fault.location();
    }
    SourceLocation at = fault.at().get();
    if (at.table() == null) {
      return "id".equals(at.field())
          ? "line " + keys.line("source") + ", # source"
          : "line " + keys.headerLine();
    }
    int line = rows.line(at.table(), at.row());
    if (line == 0) {
      return "line " + keys.headerLine();
    }
    return at.field() != null && rows.hasColumn(at.field())
        ? "line " + line + ", column " + at.field()
        : "line " + line;
  }
}
