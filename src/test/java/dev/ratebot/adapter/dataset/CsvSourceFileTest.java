package dev.ratebot.adapter.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.Period;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateSource;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.RateType;
import dev.ratebot.core.rates.SourceRole;
import dev.ratebot.core.rates.TableKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSourceFileTest {
  private static final String HEAD =
      """
      # source: acme-card
      # name: Acme rate card 2026
      # publisher: Acme
      # vintage: 2026
      # role: reference
      # currency: EUR
      # rate_type: contract_rate
      level,technology,region,low,high,period,note
      """;

  // The first row of a file written as HEAD + rows is on line 9.

  @Test
  void sampleCardLoadsBesideTheArticleAsAReferenceSource() {
    RateDataset dataset =
        new DatasetFiles(
                List.of(
                    DatasetFile.bundled(),
                    DatasetFile.path(Path.of("config/example-rate-card.csv"))))
            .load();

    RateSource card = dataset.source("example-co-card").orElseThrow();
    assertThat(dataset.market().id()).isEqualTo("procoders-2023");
    assertThat(card.name()).isEqualTo("Example Co. rate card (sample)");
    assertThat(card.role()).isEqualTo(SourceRole.REFERENCE);
    assertThat(card.currency()).isEqualTo("EUR");
    assertThat(card.vintage()).isEqualTo("2026");
    assertThat(card.tables()).extracting(RateTable::id).containsExactly("per-hour", "per-month");
    assertThat(card.tables())
        .allSatisfy(
            t -> {
              assertThat(t.kind()).isEqualTo(TableKind.FIGURES);
              assertThat(t.rateType()).isEqualTo(RateType.CONTRACT_RATE);
            });
    assertThat(card.tables().get(1).unit().period()).isEqualTo(Period.MONTH);
    assertThat(card.tables().get(0).rows())
        .extracting(Observation::region)
        .contains("latin-america", "central-europe");
  }

  @Test
  void wordsMatchTheTaxonomyByIdLabelOrAliasInAnyCase() {
    Observation row = onlyRow(load(HEAD + "SR,Django,LATAM,50,60,hour,\n"));

    assertThat(row.level()).isEqualTo("senior");
    assertThat(row.technology()).isEqualTo("python");
    assertThat(row.region()).isEqualTo("latin-america");
  }

  @Test
  void emptyCellsMeanAllAndASingleFigureNeedsNoHigh() {
    Observation row = onlyRow(load(HEAD + ",,,95000,,year,Any backend developer\n"));

    assertThat(row.level()).isNull();
    assertThat(row.technology()).isNull();
    assertThat(row.region()).isNull();
    assertThat(row.low()).isEqualTo(95000);
    assertThat(row.high()).isEqualTo(95000);
    assertThat(row.quote()).isEqualTo("Any backend developer");
  }

  @Test
  void aRowWithoutNoteIsQuotedByFileAndLine() {
    assertThat(onlyRow(load(HEAD + "mid,,,40,50,hour,\n")).quote()).isEqualTo("bands.csv, line 9");
  }

  @Test
  void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
    String csv = HEAD.replace("level,technology,region,low,high,period,note", "period,low,level");

    Observation row = onlyRow(load(csv + "hour,45,mid\n"));

    assertThat(row.level()).isEqualTo("mid");
    assertThat(row.low()).isEqualTo(45);
  }

  @Test
  void smallUnitCurrenciesMayStateLargeFigures() {
    String csv = HEAD.replace("# currency: EUR", "# currency: JPY");

    assertThat(onlyRow(load(csv + "senior,,,12000000,15000000,year,\n")).high())
        .isEqualTo(15_000_000);
  }

  @Test
  void unknownWordIsRefusedAtItsLineAndColumn() {
    assertRefused(
        HEAD + "mid,,,40,50,hour,\nstaff,,,60,80,hour,\n",
        "bands.csv: line 10, column level: 'staff' is not a level of the dataset (entry, mid,"
            + " senior)");
  }

  @Test
  void technologyOutsideTheTaxonomyIsRefused() {
    assertRefused(
        HEAD + "senior,java,,60,80,hour,\n",
        "bands.csv: line 9, column technology: 'java' is not a technology of the dataset");
  }

  @Test
  void textWhereANumberBelongsIsRefused() {
    assertRefused(
        HEAD + "mid,,,lots,50,hour,\n",
        "bands.csv: line 9, column low: 'lots' is not a number: write digits only, e.g. 95000 or"
            + " 62.5");
  }

  @Test
  void thousandsSeparatorsAreRefusedRatherThanGuessed() {
    assertRefused(
        HEAD + "mid,,,\"80,000\",\"95,000\",year,\n",
        "bands.csv: line 9, column low: '80,000' is not a number");
  }

  @Test
  void notANumberAndInfinityAreRefused() {
    assertRefused(
        HEAD + "mid,,,40,NaN,hour,\n", "bands.csv: line 9, column high: 'NaN' is not a number");
    assertRefused(
        HEAD + "mid,,,Infinity,50,hour,\n",
        "bands.csv: line 9, column low: 'Infinity' is not a number");
  }

  @Test
  void absurdFigureIsRefused() {
    assertRefused(
        HEAD + "mid,,,40,50,hour,\nsenior,,,60,20000,hour,\n",
        "bands.csv: line 10, column high: 20,000 EUR per hour is not a plausible figure (at most"
            + " 10,000 per hour in EUR)");
  }

  @Test
  void lowAboveHighIsRefused() {
    assertRefused(HEAD + "mid,,,90,65,hour,\n", "bands.csv: line 9: low 90 is above high 65");
  }

  @Test
  void sameCellTwiceIsRefused() {
    assertRefused(
        HEAD + "senior,,central-europe,60,80,hour,\nsenior,,cee,62,82,hour,\n",
        "bands.csv: line 10: the same cell (level senior, region central-europe) is stated twice"
            + " in this table");
  }

  @Test
  void sameCellInAnotherPeriodIsAnotherTable() {
    RateSource card =
        load(HEAD + "senior,,,60,80,hour,\nsenior,,,9000,12000,month,\n")
            .source("acme-card")
            .orElseThrow();

    assertThat(card.tables()).extracting(RateTable::id).containsExactly("per-hour", "per-month");
  }

  @Test
  void seniorityThatCostsLessIsRefusedAtItsLine() {
    assertRefused(
        HEAD + "mid,,,40,50,hour,\nentry,,,20,30,hour,\nsenior,,,30,45,hour,\n",
        "bands.csv: line 11: level 'senior' costs less than the lower level 'mid'");
  }

  @Test
  void headerWithoutRowsIsRefused() {
    assertRefused(
        HEAD + "\n# nothing yet\n",
        "bands.csv: line 8: no figures: the header is not followed by any row");
  }

  @Test
  void emptyFileIsRefused() {
    assertRefused("", "bands.csv: the file is empty");
  }

  @Test
  void fileWithOnlyCommentsIsRefused() {
    assertRefused(
        "# source: acme\n\n",
        "bands.csv: no header line: after the '# key: value' lines, a line names the columns");
  }

  @Test
  void hugeLineIsRefused() {
    assertRefused(
        HEAD + "mid,,,40,50,hour," + "x".repeat(20_000) + "\n",
        "bands.csv: line 9: the line is 20,017 characters long; at most 10,000");
  }

  @Test
  void unknownColumnIsRefused() {
    assertRefused(
        HEAD.replace(",note", ",notes") + "mid,,,40,50,hour,\n",
        "bands.csv: line 8: unknown column 'notes' (known:"
            + " level,technology,region,low,high,period,note)");
  }

  @Test
  void missingOrRepeatedColumnIsRefused() {
    assertRefused(
        HEAD.replace(",period", "") + "mid,,,40,50,\n",
        "bands.csv: line 8: the column 'period' is missing");
    assertRefused(
        HEAD.replace(",note", ",low") + "mid,,,40,50,hour,41\n",
        "bands.csv: line 8: the column 'low' appears twice");
  }

  @Test
  void missingKeyIsRefused() {
    assertRefused(
        HEAD.replace("# currency: EUR\n", "") + "mid,,,40,50,hour,\n",
        "bands.csv: line 7: # currency is missing: give it above the header line");
  }

  @Test
  void unknownOrRepeatedKeyIsRefused() {
    assertRefused(
        "# curency: EUR\n" + HEAD + "mid,,,40,50,hour,\n",
        "bands.csv: line 1: unknown key '# curency' (known: source, name,");
    assertRefused(
        HEAD.replace("# vintage: 2026\n", "# vintage: 2026\n# vintage: 2025\n")
            + "mid,,,40,50,hour,\n",
        "bands.csv: line 5: # vintage is given twice (also on line 4)");
  }

  @Test
  void badKeyValuesAreRefusedAtTheirLine() {
    assertRefused(
        HEAD.replace("# role: reference", "# role: market") + "mid,,,40,50,hour,\n",
        "bands.csv: line 5, # role: a CSV source is a reference source, shown beside estimates:"
            + " only a JSON source can feed them (market)");
    assertRefused(
        HEAD.replace("# rate_type: contract_rate", "# rate_type: wage") + "mid,,,40,50,hour,\n",
        "bands.csv: line 7, # rate_type: 'wage' is not a rate type (contract_rate, vendor_price"
            + " or salary)");
    assertRefused(
        HEAD.replace("# currency: EUR", "# currency: euro") + "mid,,,40,50,hour,\n",
        "bands.csv: line 6, # currency: 'EURO' is not a three-letter currency code");
  }

  @Test
  void badPeriodIsRefused() {
    assertRefused(
        HEAD + "mid,,,40,50,week,\n",
        "bands.csv: line 9, column period: 'week' is not a period (hour, month or year)");
  }

  @Test
  void rowWithTooFewValuesIsRefused() {
    assertRefused(
        HEAD + "mid,,,40\n", "bands.csv: line 9: 4 values, but the header names 7 columns");
  }

  @Test
  void unclosedQuoteIsRefused() {
    assertRefused(
        HEAD + "mid,,,40,50,hour,\"never closed\n",
        "bands.csv: line 9: not valid CSV: a quoted value starts here and is never closed");
  }

  @Test
  void textThatIsNotUtf8IsRefused() {
    byte[] latin1 = (HEAD + "mid,,,40,50,hour,Zürich\n").getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> CsvSourceFile.parse("bands.csv", latin1).source(bundledTaxonomy()))
        .isInstanceOf(DatasetLoadException.class)
        .hasMessage("bands.csv: not UTF-8 text: save the file as UTF-8");
  }

  @Test
  void byteOrderMarkIsIgnored() {
    assertThat(onlyRow(load("\uFEFF" + HEAD + "mid,,,40,50,hour,\n")).level()).isEqualTo("mid");
  }

  private static dev.ratebot.core.rates.Taxonomy bundledTaxonomy() {
    return JsonRateDatasetSource.bundled().load().taxonomy();
  }

  private static RateDataset load(String csv) {
    return new DatasetFiles(List.of(DatasetFile.bundled(), DatasetFile.text("bands.csv", csv)))
        .load();
  }

  private static Observation onlyRow(RateDataset dataset) {
    List<RateTable> tables = dataset.source("acme-card").orElseThrow().tables();
    assertThat(tables).hasSize(1);
    assertThat(tables.get(0).rows()).hasSize(1);
    return tables.get(0).rows().get(0);
  }

  private static void assertRefused(String csv, String expected) {
    assertThatThrownBy(() -> load(csv))
        .isInstanceOf(DatasetLoadException.class)
        .hasMessageStartingWith(expected)
        .hasMessageNotContaining("\n");
  }
}
