package dev.ratebot.adapter.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateSource;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetFilesTest {
  private static final String CARD = "config/example-rate-card.csv";

  @TempDir Path dir;

  @Test
  void bundledAloneIsTheBundledArticle() {
    assertThat(DatasetFiles.of(List.of("bundled")).load())
        .isEqualTo(DatasetFiles.bundled().load())
        .isEqualTo(JsonRateDatasetSource.bundled().load());
  }

  @Test
  void sourcesKeepTheOrderOfTheFilesAndTheFirstMarketSourceFeedsEstimates() {
    RateDataset dataset = DatasetFiles.of(List.of(CARD, "bundled")).load();

    assertThat(dataset.sources())
        .extracting(RateSource::id)
        .containsExactly("example-co-card", "procoders-2023");
    assertThat(dataset.market().id()).isEqualTo("procoders-2023");
  }

  @Test
  void versionHashesEveryFileInOrder() throws Exception {
    byte[] bundled = Files.readAllBytes(Path.of("config/rates.json"));
    byte[] card = Files.readAllBytes(Path.of(CARD));
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update(bundled);
    sha.update(card);
    String expected = HexFormat.of().formatHex(sha.digest(), 0, 4);

    String both = DatasetFiles.of(List.of("bundled", CARD)).load().version();

    assertThat(both).isEqualTo(expected).isNotEqualTo(DatasetFiles.bundled().load().version());
    assertThat(DatasetFiles.of(List.of(CARD, "bundled")).load().version()).isNotEqualTo(both);
  }

  @Test
  void csvAloneIsRefusedSayingAMarketSourceIsNeeded() {
    assertThatThrownBy(() -> DatasetFiles.of(List.of(CARD)).load())
        .isInstanceOf(DatasetLoadException.class)
        .hasMessage(
            CARD
                + ": sources: no market source to estimate from: a CSV file is a reference source,"
                + " shown beside estimates; name the bundled article too (bundled"
                + File.pathSeparator
                + CARD
                + ") or a JSON file with a market source");
  }

  @Test
  void theSameSourceIdInTwoFilesIsRefusedInTheSecond() throws IOException {
    Path copy = dir.resolve("copy.csv");
    Files.copy(Path.of(CARD), copy);

    assertThatThrownBy(() -> DatasetFiles.of(List.of("bundled", CARD, copy.toString())).load())
        .hasMessage(
            copy
                + ": line 2, # source: the source id 'example-co-card' is also used by "
                + CARD
                + ": each source needs its own id");
    assertThatThrownBy(() -> DatasetFiles.of(List.of("bundled", "bundled")).load())
        .hasMessage(
            "bundled rates.json: $.source.id: the source id 'procoders-2023' is also used by"
                + " bundled rates.json: each source needs its own id");
  }

  @Test
  void theFirstJsonFileWithATaxonomyGivesTheTaxonomy() throws IOException {
    Path ours = write("ours.json", withJava("ours-2026"));
    Path card = dir.resolve("java.csv");
    Files.writeString(
        card,
        Files.readString(Path.of(CARD))
            + "senior,java,central-europe,58,72,hour,Java specialists\n");

    RateDataset dataset = DatasetFiles.of(List.of(ours.toString(), card.toString())).load();

    assertThat(dataset.technology("java")).isPresent();
    assertThatThrownBy(() -> DatasetFiles.of(List.of("bundled", card.toString())).load())
        .hasMessageStartingWith(
            card + ": line 20, column technology: 'java' is not a technology of the dataset");
  }

  @Test
  void aLaterDifferentTaxonomyIsRefused() throws IOException {
    Path ours = write("ours.json", withJava("ours-2026"));

    assertThatThrownBy(() -> DatasetFiles.of(List.of("bundled", ours.toString())).load())
        .hasMessage(
            ours
                + ": $.taxonomy: differs from the taxonomy of bundled rates.json, the first file"
                + " with one, which is the one used: leave the taxonomy out of this file, or use"
                + " a copy of it in place of the other (one taxonomy per dataset)");
  }

  @Test
  void aJsonFileWithoutTaxonomyUsesTheFirstOne() throws IOException {
    ObjectNode root = bundledTree();
    root.remove("taxonomy");
    ((ObjectNode) root.get("source")).put("id", "second").put("role", "REFERENCE");
    Path second = write("second.json", root.toString());

    RateDataset dataset = DatasetFiles.of(List.of("bundled", second.toString())).load();

    assertThat(dataset.others()).extracting(RateSource::id).containsExactly("second");
  }

  @Test
  void aSecondMarketSourceIsRefusedRatherThanLeftUnused() throws IOException {
    ObjectNode root = bundledTree();
    root.remove("taxonomy");
    ((ObjectNode) root.get("source")).put("id", "another-survey");
    Path second = write("survey.json", root.toString());

    assertThatThrownBy(() -> DatasetFiles.of(List.of("bundled", second.toString())).load())
        .isInstanceOf(DatasetLoadException.class)
        .hasMessageContaining("a second market source (after 'procoders-2023')")
        .hasMessageContaining("role REFERENCE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rates.json", "bands.csv"})
  void aDirectoryIsRefused(String name) throws IOException {
    Path directory = Files.createDirectory(dir.resolve(name));

    assertRefused(directory, directory + ": is a directory, not a file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rates.json", "bands.csv"})
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoIsRefusedWithoutWaitingForAWriter(String name) throws Exception {
    Path fifo = dir.resolve(name);
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");

    assertRefused(fifo, fifo + ": is not a regular file (a FIFO, socket or device?): name a file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rates.json", "bands.csv"})
  void anUnreadableFileIsRefused(String name) throws IOException {
    Path file = Files.writeString(dir.resolve(name), "{}");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "running as a user who can read anything (root)");

    assertRefused(file, file + ": cannot be read: permission denied");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rates.json", "bands.csv"})
  void aMissingOrEmptyFileIsRefused(String name) throws IOException {
    Path file = dir.resolve(name);
    assertRefused(file, file + ": file not found");

    Files.createFile(file);
    assertRefused(file, file + ": the file is empty");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
    Path big = dir.resolve("big.json");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(DatasetFile.MAX_BYTES + 1);
    }

    assertRefused(
        big,
        big + ": is 104,857,601 bytes; a dataset file may be at most 100 MiB (104,857,600 bytes)");
  }

  @Test
  void aFileOfUnknownFormatIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("rates.txt"), "{}");

    assertRefused(file, file + ": neither .json nor .csv: name the file by its format");
  }

  private static void assertRefused(Path file, String expected) {
    assertThatThrownBy(() -> DatasetFiles.of(List.of("bundled", file.toString())).load())
        .isInstanceOf(DatasetLoadException.class)
        .hasMessage(expected);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  // The bundled article under another id, with Java moved among the technologies with figures.
  private static String withJava(String id) {
    ObjectNode root = bundledTree();
    ((ObjectNode) root.get("source")).put("id", id);
    ObjectNode taxonomy = (ObjectNode) root.get("taxonomy");
    ArrayNode withoutData = (ArrayNode) taxonomy.get("technologiesWithoutData");
    for (int i = 0; i < withoutData.size(); i++) {
      if (withoutData.get(i).asText().equals("java")) {
        withoutData.remove(i);
        break;
      }
    }
    ((ArrayNode) taxonomy.get("technologies"))
        .addObject()
        .put("id", "java")
        .put("label", "Java")
        .putArray("aliases");
    return root.toString();
  }

  private static ObjectNode bundledTree() {
    try {
      return (ObjectNode) new ObjectMapper().readTree(Path.of("config/rates.json").toFile());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
