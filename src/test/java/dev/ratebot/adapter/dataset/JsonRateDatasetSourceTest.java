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
  void lowAboveHighIsRefused() {
    assertFault(
        root -> ((ObjectNode) root.at("/source/tables/1/rows/1")).put("low", 90),
        "$.source.tables[1].rows[1]: low 90 is above high 65");
  }

  @Test
  void undefinedLevelIsRefused() {
    assertFault(
        root -> ((ObjectNode) root.at("/source/tables/0/rows/2")).put("level", "principal"),
        "source 'procoders-2023', table 'us-annual-by-level', row 3, level: level 'principal' is referenced but not defined");
  }

  @Test
  void undefinedSourceIsRefused() {
    assertFault(
        root -> ((ArrayNode) root.at("/source/tables/1/origins")).add("stackoverflow"),
        "source 'procoders-2023', table 'hourly-by-region': origin 'stackoverflow' is referenced but not defined");
  }

  @Test
  void aliasClaimedTwiceIsRefused() {
    assertFault(
        root -> ((ArrayNode) root.at("/taxonomy/technologies/3/aliases")).add("sr"),
        "technology 'python', alias 'sr': the word is claimed twice (also by level 'senior')");
  }

  @Test
  void seniorityThatCostsLessIsRefused() {
    assertFault(
        root ->
            ((ObjectNode) root.at("/source/tables/0/rows/2")).put("low", 50000).put("high", 60000),
        "level 'senior' costs less than the lower level");
  }

  @Test
  void countryInTwoRegionsIsRefused() {
    assertFault(
        root -> ((ArrayNode) root.at("/taxonomy/regions/1/countries")).add("DE"),
        "country DE is already in region");
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
        .hasMessageContaining("test.json: ")
        .hasMessageContaining("Duplicate field 'low'");
  }

  @Test
  void sameCellTwiceIsRefused() {
    assertFault(
        root -> ((ObjectNode) root.at("/source/tables/1/rows/1")).put("region", "north-america"),
        "table 'hourly-by-region', row 2: the same cell (region north-america) is stated twice");
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
        .hasMessageStartingWith(broken + ": $: not valid JSON");
    assertThatThrownBy(() -> JsonRateDatasetSource.file(dir.resolve("none.json")).load())
        .hasMessage(dir.resolve("none.json") + ": $: file not found");
  }

  private static void assertFault(Consumer<JsonNode> change, String expected) {
    JsonNode root;
    try {
      root = JSON.readTree(Path.of("config/rates.json").toFile());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    change.accept(root);

    assertThatThrownBy(() -> JsonRateDatasetSource.text("test.json", root.toString()).load())
        .isInstanceOf(DatasetLoadException.class)
        .hasMessageStartingWith("test.json: ")
        .hasMessageContaining(expected);
  }
}
