package dev.ratebot.adapter.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateType;
import dev.ratebot.core.rates.TableKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRateDatasetSourceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void bundledDatasetLoadsWithEveryTableOfTheArticle() {
    RateDataset dataset = JsonRateDatasetSource.bundled().load();

    assertThat(dataset.market().tables())
        .extracting(t -> t.kind())
        .containsExactlyInAnyOrder(
            TableKind.ANNUAL_BY_LEVEL,
            TableKind.HOURLY_BY_REGION,
            TableKind.VENDOR_HOURLY_BY_LEVEL,
            TableKind.ANNUAL_BY_TECHNOLOGY);
    assertThat(dataset.market().table(TableKind.HOURLY_BY_REGION).orElseThrow().rateType())
        .isEqualTo(RateType.CONTRACT_RATE);
    assertThat(dataset.market().table(TableKind.ANNUAL_BY_LEVEL).orElseThrow().rateType())
        .isEqualTo(RateType.SALARY);
    assertThat(dataset.market().table(TableKind.VENDOR_HOURLY_BY_LEVEL).orElseThrow().rateType())
        .isEqualTo(RateType.VENDOR_PRICE);
    assertThat(dataset.version()).matches("[0-9a-f]{8}");
    assertThat(dataset.levels()).extracting(l -> l.id()).containsExactly("entry", "mid", "senior");
    assertThat(dataset.regions()).hasSize(4);
    assertThat(dataset.vintage()).isEqualTo("2023");
    assertThat(dataset.market().table(TableKind.ANNUAL_BY_TECHNOLOGY).orElseThrow().rows())
        .hasSize(12);
  }

  @Test
  void bundledCopyIsTheConfigFile() throws IOException {
    RateDataset fromFile = JsonRateDatasetSource.file(Path.of("config/rates.json")).load();

    assertThat(fromFile).isEqualTo(JsonRateDatasetSource.bundled().load());
  }

  @Test
  void unknownKeyIsNamedWithItsPath() {
    assertFault(
        root -> ((ObjectNode) root.at("/source/tables/1/rows/0")).put("lowest", 3),
        "$.source.tables[1].rows[0].lowest: unknown key 'lowest'");
  }

  @Test
  void aMarketSourceWithoutTheTablesTheMethodNeedsIsRefused() {
    assertFault(
        root -> ((ArrayNode) root.at("/source/tables")).remove(1),
        "a market source needs a table of kind HOURLY_BY_REGION");
    assertFault(
        root -> ((ArrayNode) root.at("/source/tables")).remove(0),
        "a market source needs a table of kind ANNUAL_BY_LEVEL");
    assertFault(
        root -> ((ObjectNode) root.at("/source/tables/1/rows/0")).putNull("region"),
        "a HOURLY_BY_REGION row names a region and no level or technology");
  }

  @Test
  void aCurrencyOutsideIso4217IsRefused() {
    assertFault(
        root -> ((ObjectNode) root.at("/source")).put("currency", "XYZ"),
        "'XYZ' is not an ISO 4217 currency code");
  }

  @Test
  void aVintageThatIsNotAPastYearIsRefused() {
    assertFault(
        root -> ((ObjectNode) root.at("/source")).put("vintage", "20266"),
        "vintage '20266' is not a year from 1990 to");
    assertFault(
        root -> ((ObjectNode) root.at("/source")).put("vintage", "2099"),
        "vintage '2099' is not a year from 1990 to");
  }

  @Test
  void aFigureTooSmallToBeARateIsRefused() {
    assertFault(
        root -> ((ObjectNode) root.at("/source/tables/1/rows/0")).put("low", 0.0001),
        "is not a plausible figure (at least 1)");
  }

  @Test
  void lowAboveHighIsRefused() {
    assertFault(
        root -> ((ObjectNode) root.at("/source/tables/1/rows/1")).put("low", 90),
        "$.source.tables[1].rows[1]: low 90 is above high 65");
  }

  @Test
  void undefinedLevelIsRefused() {
    assertFault(
        root -> ((ObjectNode) root.at("/source/tables/0/rows/2")).put("level", "principal"),
        "$.source.tables[0].rows[2].level: level 'principal' is referenced but not defined");
  }

  @Test
  void undefinedSourceIsRefused() {
    assertFault(
        root -> ((ArrayNode) root.at("/source/tables/1/origins")).add("stackoverflow"),
        "$.source.tables[1].origins: origin 'stackoverflow' is referenced but not defined");
  }

  @Test
  void aliasClaimedTwiceIsRefused() {
    assertFault(
        root -> ((ArrayNode) root.at("/taxonomy/technologies/3/aliases")).add("sr"),
        "$.taxonomy.technologies[3].aliases[5]: the word 'sr' is claimed twice (also by level 'senior')");
  }

  @Test
  void seniorityThatCostsLessIsRefused() {
    assertFault(
        root ->
            ((ObjectNode) root.at("/source/tables/0/rows/2")).put("low", 50000).put("high", 60000),
        "$.source.tables[0].rows[2]: level 'senior' costs less than the lower level 'mid'");
  }

  @Test
  void countryInTwoRegionsIsRefused() {
    assertFault(
        root -> ((ArrayNode) root.at("/taxonomy/regions/1/countries")).add("DE"),
        "$.taxonomy.regions[2].countries[6]: country DE is already in region 'latin-america'");
  }

  @Test
  void wrongTypeIsNamed() {
    assertFault(
        root -> ((ObjectNode) root.at("/source/tables/1/rows/0")).put("high", "lots"),
        "$.source.tables[1].rows[0].high: expected a number");
  }

  @Test
  void missingRequiredFieldIsNamed() {
    assertFault(
        root -> ((ObjectNode) root.at("/source/tables/1/rows/0")).remove("quote"),
        "$.source.tables[1].rows[0].quote: missing (required)");
  }

  @Test
  void duplicateKeyIsRefused() {
    String json = readBundled().replaceFirst("\"low\": 45,", "\"low\": 45, \"low\": 44,");

    assertThatThrownBy(() -> JsonRateDatasetSource.text("test.json", json).load())
        .isInstanceOf(DatasetLoadException.class)
        .hasMessage("test.json: $.source.tables[1].rows[1].low: the key 'low' appears twice");
  }

  @Test
  void stringWhereANumberBelongsIsRefused() {
    assertFault(
        root -> ((ObjectNode) root.at("/source/tables/1/rows/0")).put("low", "85"),
        "$.source.tables[1].rows[0].low: expected a number, not a string");
  }

  @Test
  void numberWhereAStringBelongsIsRefused() {
    assertFault(
        root -> ((ObjectNode) root.at("/source")).put("vintage", 2023),
        "$.source.vintage: expected a string, not a number");
  }

  @Test
  void fractionWhereAWholeNumberBelongsIsRefused() {
    assertFault(
        root -> ((ObjectNode) root.at("/taxonomy/levels/0")).put("rank", 1.5),
        "$.taxonomy.levels[0].rank: expected a whole number, not a fraction");
  }

  @Test
  void sourceWithoutTablesIsRefused() {
    assertFault(
        root -> ((ArrayNode) root.at("/source/tables")).removeAll(),
        "$.source.tables: no tables: a source needs at least one");
  }

  @Test
  void tableWithoutRowsIsRefused() {
    assertFault(
        root -> ((ArrayNode) root.at("/source/tables/2/rows")).removeAll(),
        "$.source.tables[2]: no rows: a table needs at least one figure");
  }

  @Test
  void infiniteFigureIsRefused() {
    String json = readBundled().replaceFirst("\"high\": 110,", "\"high\": 1e999,");

    assertThatThrownBy(() -> JsonRateDatasetSource.text("test.json", json).load())
        .hasMessage("test.json: $.source.tables[1].rows[0]: figures must be finite numbers");
  }

  @Test
  void notANumberIsRefused() {
    String json = readBundled().replaceFirst("\"high\": 110,", "\"high\": NaN,");

    assertThatThrownBy(() -> JsonRateDatasetSource.text("test.json", json).load())
        .hasMessageStartingWith(
            "test.json: $.source.tables[1].rows[0].high: not a number: figures must be finite");
  }

  @Test
  void absurdHourlyFigureIsRefused() {
    assertFault(
        root -> ((ObjectNode) root.at("/source/tables/1/rows/0")).put("topEnd", 25_000),
        "$.source.tables[1].rows[0].topEnd: 25,000 USD per hour is not a plausible figure (at"
            + " most 10,000 per hour in USD)");
  }

  @Test
  void absurdYearlyFigureIsRefused() {
    assertFault(
        root -> ((ObjectNode) root.at("/source/tables/0/rows/2")).put("high", 2e10),
        "$.source.tables[0].rows[2].high: 20,000,000,000 USD per year is not a plausible figure"
            + " (at most 10,000,000 per year in USD)");
  }

  @Test
  void hugeStringIsRefused() {
    assertFault(
        root -> ((ObjectNode) root.at("/source/tables/0")).put("note", "x".repeat(200_000)),
        "$.source.tables[0].note: a string over 100,000 characters");
  }

  @Test
  void emptyFileIsRefused() {
    assertThatThrownBy(() -> JsonRateDatasetSource.text("test.json", " \n").load())
        .isInstanceOf(DatasetLoadException.class)
        .hasMessage("test.json: the file is empty");
  }

  @Test
  void fileWithoutTaxonomyUsesTheBundledOne() {
    assertThat(loadChanged(root -> ((ObjectNode) root).remove("taxonomy")).taxonomy())
        .isEqualTo(JsonRateDatasetSource.bundled().load().taxonomy());
  }

  @Test
  void sameCellTwiceIsRefused() {
    assertFault(
        root -> ((ObjectNode) root.at("/source/tables/1/rows/1")).put("region", "north-america"),
        "$.source.tables[1].rows[1]: the same cell (region north-america) is stated twice");
  }

  @Test
  void currencyOtherThanTheSourcesIsNamed() {
    assertFault(
        root -> ((ObjectNode) root.at("/source")).put("currency", "euro"),
        "$.source.currency: 'EURO' is not a three-letter currency code");
  }

  @Test
  void versionChangesWithTheContent() {
    String json = readBundled();
    String edited = json.replace("\"low\": 45", "\"low\": 46");

    assertThat(JsonRateDatasetSource.text("a", json).load().version())
        .isNotEqualTo(JsonRateDatasetSource.text("b", edited).load().version())
        .isEqualTo(JsonRateDatasetSource.bundled().load().version());
  }

  private static String readBundled() {
    try {
      return Files.readString(Path.of("config/rates.json"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void brokenJsonAndMissingFilesSayWhich(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{ \"title\": ");

    assertThatThrownBy(() -> JsonRateDatasetSource.file(broken).load())
        .isInstanceOf(DatasetLoadException.class)
        .hasMessageStartingWith(broken + ": $.title: not valid JSON (line 1, column 12)");
    assertThatThrownBy(() -> JsonRateDatasetSource.file(dir.resolve("none.json")).load())
        .hasMessage(dir.resolve("none.json") + ": file not found");
  }

  private static RateDataset loadChanged(Consumer<JsonNode> change) {
    JsonNode root = bundledTree();
    change.accept(root);
    return JsonRateDatasetSource.text("test.json", root.toString()).load();
  }

  private static JsonNode bundledTree() {
    try {
      return JSON.readTree(Path.of("config/rates.json").toFile());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertFault(Consumer<JsonNode> change, String expected) {
    JsonNode root = bundledTree();
    change.accept(root);

    assertThatThrownBy(() -> JsonRateDatasetSource.text("test.json", root.toString()).load())
        .isInstanceOf(DatasetLoadException.class)
        .hasMessageStartingWith("test.json: ")
        .hasMessageContaining(expected);
  }
}
