package dev.ratebot.core.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RateDatasetTest {
  static final Taxonomy TAXONOMY =
      new Taxonomy(
          List.of(
              new Level("senior", "Senior", 3, List.of()), new Level("mid", "Mid", 2, List.of())),
          List.of(new Technology("python", "Python", List.of("py"))),
          List.of("Cobol"),
          List.of(
              new Region("latam", "Latin America", List.of(), List.of("BR", "AR")),
              new Region("us", "United States", List.of("usa"), List.of("US"))),
          Map.of("america", "US"));

  @Test
  void theFirstMarketSourceFeedsEstimatesAndEveryOtherIsShownBeside() {
    RateSource card = source("card", SourceRole.REFERENCE, "USD", table("t", row("t", 40, 50)));
    RateSource first = source("first", SourceRole.MARKET, "USD", table("t", row("t", 40, 50)));
    RateSource second = source("second", SourceRole.REFERENCE, "USD", table("t", row("t", 40, 50)));

    RateDataset dataset = new RateDataset(TAXONOMY, List.of(card, first, second), null);

    assertThat(dataset.market().id()).isEqualTo("first");
    assertThat(dataset.title()).isEqualTo("Source first");
    assertThat(dataset.vintage()).isEqualTo("2023");
    assertThat(dataset.others()).extracting(RateSource::id).containsExactly("card", "second");
    assertThat(dataset.source("card")).contains(card);
    assertThat(dataset.source("none")).isEmpty();
    assertThat(dataset.version()).isEmpty();
  }

  @Test
  void aSecondMarketSourceIsRefusedRatherThanLeftUnused() {
    RateSource first = source("first", SourceRole.MARKET, "USD", table("t", row("t", 40, 50)));
    RateSource second = source("second", SourceRole.MARKET, "USD", table("t", row("t", 40, 50)));

    assertThatThrownBy(() -> new RateDataset(TAXONOMY, List.of(first, second), null))
        .hasMessageContaining("source 'second'")
        .hasMessageContaining("a second market source (after 'first')");
  }

  @Test
  void aMarketSourceNeedsTheTablesTheMethodReads() {
    RateSource bare =
        new RateSource(
            "bare",
            "Bare",
            "",
            "",
            "2023",
            SourceRole.MARKET,
            "USD",
            "",
            MarketContext.none(),
            List.of(),
            List.of(table("t", row("t", 40, 50))));

    assertThatThrownBy(() -> dataset(bare))
        .hasMessageContaining("a market source needs a table of kind HOURLY_BY_REGION");
  }

  @Test
  void theEstimatingTablesHoldOnlyTheRowsTheMethodReads() {
    assertThatThrownBy(
            () ->
                market(
                    table(
                        "r",
                        TableKind.HOURLY_BY_REGION,
                        "USD",
                        cell("r", null, null, "latam", 40, 60),
                        cell("r", "mid", null, "us", 40, 60))))
        .hasMessage(
            "source 'm', table 'r', row 2: a HOURLY_BY_REGION row names a region and no level or"
                + " technology");
    assertThatThrownBy(
            () ->
                market(
                    table(
                        "r",
                        TableKind.HOURLY_BY_REGION,
                        "USD",
                        cell("r", null, "python", "latam", 40, 60))))
        .hasMessageContaining("row 1: a HOURLY_BY_REGION row names a region");
    assertThatThrownBy(
            () -> market(table("r", TableKind.HOURLY_BY_REGION, "USD", row("r", 40, 60))))
        .hasMessageContaining("row 1: a HOURLY_BY_REGION row names a region");
    assertThatThrownBy(
            () ->
                market(
                    table(
                        "l",
                        TableKind.ANNUAL_BY_LEVEL,
                        "USD",
                        cell("l", "mid", null, null, 40, 50),
                        cell("l", "senior", null, "us", 50, 60))))
        .hasMessage(
            "source 'm', table 'l', row 2: an ANNUAL_BY_LEVEL row names a level and nothing else");
    assertThatThrownBy(
            () ->
                market(
                    table(
                        "l",
                        TableKind.ANNUAL_BY_LEVEL,
                        "USD",
                        cell("l", "mid", "python", null, 40, 50))))
        .hasMessageContaining("row 1: an ANNUAL_BY_LEVEL row names a level and nothing else");
    assertThatThrownBy(() -> market(table("l", TableKind.ANNUAL_BY_LEVEL, "USD", row("l", 40, 50))))
        .hasMessageContaining("row 1: an ANNUAL_BY_LEVEL row names a level and nothing else");
  }

  @Test
  void theTaxonomyIsAnsweredThroughTheDataset() {
    RateDataset dataset =
        dataset(source("a", SourceRole.MARKET, "USD", table("t", row("t", 1, 2))));

    assertThat(dataset.levels()).extracting(Level::id).containsExactly("mid", "senior");
    assertThat(dataset.level("senior")).map(Level::rank).contains(3);
    assertThat(dataset.technology("python")).map(Technology::label).contains("Python");
    assertThat(dataset.technologies()).hasSize(1);
    assertThat(dataset.technologiesWithoutData()).containsExactly("cobol");
    assertThat(dataset.region("us")).map(Region::label).contains("United States");
    assertThat(dataset.regions()).hasSize(2);
    assertThat(dataset.regionOfCountry("br")).map(Region::id).contains("latam");
    assertThat(dataset.regionOfCountry("FR")).isEmpty();
    assertThat(dataset.memberCountries()).containsExactly("AR", "BR", "US");
    assertThat(dataset.countryAliases()).containsEntry("america", "US");
    assertThat(dataset.context()).isEqualTo(MarketContext.none());
  }

  @Test
  void aDatasetNeedsAMarketSourceAndDistinctSourceIds() {
    RateSource card = source("card", SourceRole.REFERENCE, "USD", table("t", row("t", 1, 2)));
    RateSource market = source("card", SourceRole.MARKET, "USD", table("t", row("t", 1, 2)));

    assertThatThrownBy(() -> dataset(card))
        .hasMessage("sources: no market source: at least one source must feed estimates");
    assertThatThrownBy(() -> dataset(card, market))
        .hasMessage("source 'card', id: the source id is used twice");
  }

  @Test
  void aSourceNeedsTablesWithRowsAndDistinctIds() {
    assertThatThrownBy(() -> dataset(source("a", SourceRole.REFERENCE, "USD")))
        .hasMessage("source 'a': no tables: a source needs at least one");
    assertThatThrownBy(() -> dataset(source("a", SourceRole.MARKET, "USD", table("t"))))
        .hasMessage("source 'a', table 't': no rows: a table needs at least one figure");
    assertThatThrownBy(
            () ->
                dataset(
                    source(
                        "a",
                        SourceRole.MARKET,
                        "USD",
                        table("t", row("t", 1, 2)),
                        table("t", row("t", 1, 2)))))
        .hasMessage("source 'a', table 't', id: the table id is used twice");
  }

  @Test
  void aMarketSourceHasOneTableOfEachEstimatingKindButAnyNumberOfFigureTables() {
    RateTable byRegion = table("a", TableKind.HOURLY_BY_REGION, "USD", row("a", 1, 2));
    RateTable again = table("b", TableKind.HOURLY_BY_REGION, "USD", row("b", 1, 2));

    assertThatThrownBy(() -> dataset(source("m", SourceRole.MARKET, "USD", byRegion, again)))
        .hasMessage(
            "source 'm', table 'b', kind: a second table of kind HOURLY_BY_REGION (one of each at"
                + " most)");
    assertThatCode(
            () ->
                dataset(
                    source("m", SourceRole.MARKET, "USD", table("a", row("a", 1, 2))),
                    source("r", SourceRole.REFERENCE, "USD", byRegion, again)))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                dataset(
                    source(
                        "m",
                        SourceRole.MARKET,
                        "USD",
                        table("a", row("a", 1, 2)),
                        table("b", row("b", 1, 2)))))
        .doesNotThrowAnyException();
  }

  @Test
  void aSourceHasOneCurrency() {
    RateTable euros = table("t", TableKind.FIGURES, "EUR", row("t", 1, 2));

    assertThatThrownBy(() -> dataset(source("m", SourceRole.MARKET, "USD", euros)))
        .hasMessage(
            "source 'm', table 't': figures in EUR but the source is in USD (one currency per"
                + " source)");
  }

  @Test
  void aTableCitesOnlyOriginsTheSourceDefines() {
    RateTable cites =
        new RateTable(
            "t",
            "T",
            TableKind.FIGURES,
            RateType.CONTRACT_RATE,
            "",
            "",
            Unit.USD_PER_HOUR,
            "",
            List.of("payscale", "glassdoor"),
            List.of(row("t", 1, 2)));
    Origin payscale = new Origin("payscale", "Payscale", "", "2023", "", OptionalInt.empty());

    assertThatThrownBy(
            () ->
                new RateDataset(
                    TAXONOMY,
                    List.of(source("m", SourceRole.MARKET, "USD", List.of(payscale), cites)),
                    "v1"))
        .hasMessage(
            "source 'm', table 't', origins: origin 'glassdoor' is referenced but not defined");
  }

  @Test
  void aRowBelongsToItsTableAndNamesOnlyDefinedTerms() {
    assertThatThrownBy(() -> market(table("t", row("other", 1, 2))))
        .hasMessage("source 'm', table 't', row 1: row belongs to table 'other'");
    assertThatThrownBy(
            () -> market(table("t", row("t", 1, 2), cell("t", "guru", null, null, 1, 2))))
        .hasMessage(
            "source 'm', table 't', row 2, level: level 'guru' is referenced but not defined");
    assertThatThrownBy(() -> market(table("t", cell("t", null, "cobol", null, 1, 2))))
        .hasMessage(
            "source 'm', table 't', row 1, technology: technology 'cobol' is referenced but not"
                + " defined");
    assertThatThrownBy(() -> market(table("t", cell("t", null, null, "mars", 1, 2))))
        .hasMessage(
            "source 'm', table 't', row 1, region: region 'mars' is referenced but not defined");
  }

  @Test
  void noCellIsStatedTwiceInATable() {
    assertThatThrownBy(
            () ->
                market(
                    table(
                        "t",
                        cell("t", "senior", "python", "us", 1, 2),
                        cell("t", "senior", "python", "us", 3, 4))))
        .hasMessage(
            "source 'm', table 't', row 2: the same cell (level senior, technology python, region"
                + " us) is stated twice in this table");
    assertThatThrownBy(() -> market(table("t", row("t", 1, 2), row("t", 3, 4))))
        .hasMessage(
            "source 'm', table 't', row 2: the same cell (no level, technology or region) is"
                + " stated twice in this table");
    assertThatCode(
            () ->
                market(
                    table(
                        "t",
                        cell("t", "senior", null, null, 1, 2),
                        cell("t", null, "python", null, 1, 2),
                        cell("t", null, null, "us", 1, 2))))
        .doesNotThrowAnyException();
  }

  @Test
  void moreSeniorityNeverCostsLessWithinAColumn() {
    assertThatThrownBy(
            () ->
                market(
                    table(
                        "t",
                        cell("t", "senior", null, "us", 50, 70),
                        cell("t", "mid", null, "us", 40, 80))))
        .hasMessage(
            "source 'm', table 't', row 1: level 'senior' costs less than the lower level 'mid'");
    assertThatThrownBy(
            () ->
                market(
                    table(
                        "t",
                        cell("t", "mid", null, "us", 40, 80),
                        cell("t", "senior", null, "us", 39, 90))))
        .hasMessage(
            "source 'm', table 't', row 2: level 'senior' costs less than the lower level 'mid'");
    assertThatCode(
            () ->
                market(
                    table(
                        "t",
                        cell("t", "senior", null, "us", 40, 80),
                        cell("t", "mid", null, "us", 40, 80),
                        cell("t", "mid", null, "latam", 90, 95),
                        cell("t", "senior", "python", "us", 10, 20))))
        .doesNotThrowAnyException();
  }

  @Test
  void aFigureAboveThePlausibleBoundForItsPeriodIsRefused() {
    assertThatCode(() -> market(table("t", TableKind.FIGURES, "USD", row("t", 10_000, 10_000))))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> market(table("t", TableKind.FIGURES, "USD", row("t", 10, 10_001))))
        .hasMessage(
            "source 'm', table 't', row 1, high: 10,001 USD per hour is not a plausible figure"
                + " (at most 10,000 per hour in USD)");
    assertThatThrownBy(
            () ->
                market(
                    table(
                        "t",
                        TableKind.FIGURES,
                        "USD",
                        new Observation("m", "t", null, null, null, 10_001, 10_001, 0, false, ""))))
        .hasMessageContaining("row 1, low: 10,001 USD per hour");
    assertThatThrownBy(
            () ->
                market(
                    table(
                        "t",
                        TableKind.FIGURES,
                        "USD",
                        new Observation("m", "t", null, null, null, 10, 20, 2e15, false, ""))))
        .hasMessageContaining("row 1, topEnd: 2.00e+15 USD per hour");
  }

  @Test
  void aFigureBelowAUnitOfCurrencyPerHourIsRefused() {
    assertThatCode(() -> market(table("t", TableKind.FIGURES, "USD", row("t", 1, 2))))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> market(table("t", TableKind.FIGURES, "USD", row("t", 0.4, 2))))
        .hasMessage(
            "source 'm', table 't', row 1, low: 0 USD per hour is not a plausible figure (at"
                + " least 1)");
  }

  @Test
  void theBoundIsPerPeriodAndAThousandTimesHigherInSmallUnitCurrencies() {
    assertThat(FigureBounds.max(Unit.USD_PER_HOUR)).isEqualTo(10_000);
    assertThat(FigureBounds.max(new Unit("USD", Period.MONTH))).isEqualTo(1_000_000);
    assertThat(FigureBounds.max(Unit.USD_PER_YEAR)).isEqualTo(10_000_000);
    assertThat(FigureBounds.max(new Unit("JPY", Period.YEAR))).isEqualTo(10_000_000_000.0);
  }

  private static RateDataset dataset(RateSource... sources) {
    return new RateDataset(TAXONOMY, List.of(sources), "v1");
  }

  private static RateDataset market(RateTable table) {
    return dataset(source("m", SourceRole.MARKET, "USD", table));
  }

  private static RateSource source(
      String id, SourceRole role, String currency, RateTable... tables) {
    return source(id, role, currency, List.of(), tables);
  }

  // A market source gets the two tables the method reads (a region's range, the level ladder)
  // unless the test gives its own.
  private static RateSource source(
      String id, SourceRole role, String currency, List<Origin> origins, RateTable... given) {
    List<RateTable> tables = new ArrayList<>(Arrays.asList(given));
    if (role == SourceRole.MARKET && !currency.equals("USD")) {
      tables.clear();
      tables.addAll(Arrays.asList(given));
    } else if (role == SourceRole.MARKET) {
      addUnlessGiven(
          tables,
          new RateTable(
              "by-region",
              "By region",
              TableKind.HOURLY_BY_REGION,
              RateType.CONTRACT_RATE,
              "",
              "",
              Unit.USD_PER_HOUR,
              "",
              List.of(),
              List.of(
                  new Observation(id, "by-region", null, null, "latam", 40, 60, 90, false, ""))));
      addUnlessGiven(
          tables,
          new RateTable(
              "ladder",
              "Ladder",
              TableKind.ANNUAL_BY_LEVEL,
              RateType.SALARY,
              "",
              "",
              Unit.USD_PER_YEAR,
              "",
              List.of(),
              List.of(
                  new Observation(id, "ladder", "mid", null, null, 80_000, 90_000, 0, false, ""),
                  new Observation(
                      id, "ladder", "senior", null, null, 100_000, 120_000, 0, false, ""))));
    }
    return new RateSource(
        id,
        "Source " + id,
        "",
        "",
        "2023",
        role,
        currency,
        "",
        MarketContext.none(),
        origins,
        tables);
  }

  private static void addUnlessGiven(List<RateTable> tables, RateTable table) {
    boolean given =
        tables.stream().anyMatch(t -> t.kind() == table.kind() || t.id().equals(table.id()));
    if (!given) {
      tables.add(table);
    }
  }

  private static RateTable table(String id, Observation... rows) {
    return table(id, TableKind.FIGURES, "USD", rows);
  }

  private static RateTable table(String id, TableKind kind, String currency, Observation... rows) {
    return new RateTable(
        id,
        "Table " + id,
        kind,
        RateType.CONTRACT_RATE,
        "",
        "",
        new Unit(currency, Period.HOUR),
        "",
        List.of(),
        List.of(rows));
  }

  private static Observation row(String table, double low, double high) {
    return cell(table, null, null, null, low, high);
  }

  private static Observation cell(
      String table, String level, String technology, String region, double low, double high) {
    return new Observation("m", table, level, technology, region, low, high, 0, false, "");
  }
}
