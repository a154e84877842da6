package dev.ratebot.adapter.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratebot.core.rates.RateDataset;
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

    assertThat(dataset.tables())
        .extracting(t -> t.kind())
        .containsExactlyInAnyOrder(TableKind.values());
    assertThat(dataset.levels()).extracting(l -> l.id()).containsExactly("entry", "mid", "senior");
    assertThat(dataset.regions()).hasSize(4);
    assertThat(dataset.vintage()).isEqualTo("2023");
    assertThat(dataset.table(TableKind.ANNUAL_BY_TECHNOLOGY).orElseThrow().rows()).hasSize(12);
  }

  @Test
  void bundledCopyIsTheConfigFile() throws IOException {
    RateDataset fromFile = JsonRateDatasetSource.file(Path.of("config/rates.json")).load();

    assertThat(fromFile).isEqualTo(JsonRateDatasetSource.bundled().load());
  }

  @Test
  void unknownKeyIsNamedWithItsPath() {
    assertFault(
        root -> ((ObjectNode) root.at("/tables/1/rows/0")).put("lowest", 3),
        "$.tables[1].rows[0].lowest: unknown key 'lowest'");
  }

  @Test
  void lowAboveHighIsRefused() {
    assertFault(
        root -> ((ObjectNode) root.at("/tables/1/rows/1")).put("low", 90),
        "$.tables[1].rows[1]: low 90 is above high 65");
  }

  @Test
  void undefinedLevelIsRefused() {
    assertFault(
        root -> ((ObjectNode) root.at("/tables/0/rows/2")).put("level", "principal"),
        "$.tables[0].rows[2].level: level 'principal' is referenced but not defined");
  }

  @Test
  void undefinedSourceIsRefused() {
    assertFault(
        root -> ((ArrayNode) root.at("/tables/1/sources")).add("stackoverflow"),
        "$.tables[1].sources[2]: source 'stackoverflow' is referenced but not defined");
  }

  @Test
  void aliasClaimedTwiceIsRefused() {
    assertFault(
        root -> ((ArrayNode) root.at("/technologies/3/aliases")).add("sr"),
        "$.technologies[3].aliases[5]: alias 'sr' is claimed twice (also at $.levels[2].aliases[0])");
  }

  @Test
  void seniorityThatCostsLessIsRefused() {
    assertFault(
        root -> ((ObjectNode) root.at("/tables/0/rows/2")).put("low", 50000).put("high", 60000),
        "level 'senior' costs less than the lower level");
  }

  @Test
  void countryInTwoRegionsIsRefused() {
    assertFault(
        root -> ((ArrayNode) root.at("/regions/1/countries")).add("DE"),
        "country DE is already in region");
  }

  @Test
  void wrongTypeIsNamed() {
    assertFault(
        root -> ((ObjectNode) root.at("/tables/1/rows/0")).put("high", "lots"),
        "$.tables[1].rows[0].high: expected a number");
  }

  @Test
  void missingRequiredFieldIsNamed() {
    assertFault(
        root -> ((ObjectNode) root.at("/tables/1/rows/0")).remove("quote"),
        "$.tables[1].rows[0].quote: missing (required)");
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
