package dev.ratebot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fat jar the build ships: every bundled library's licence under its own name, one merged
 * NOTICE, the third-party list and the SBOM, and the version {@code --version} reads.
 */
class PackagedJarIT {
  static final Path JAR = Path.of("target", "ratebot.jar");

  // "(licence) Name (group:artifact:version - url)" in the third-party list.
  private static final Pattern LISTED =
      Pattern.compile("\\(([^():\\s]+):([^():\\s]+):([^\\s]+) - ");

  private JarFile jar;

  @BeforeEach
  void open() throws IOException {
    jar = new JarFile(JAR.toFile());
  }

  @AfterEach
  void close() throws IOException {
    jar.close();
  }

  @Test
  void everyBundledLibraryHasItsLicenceTextUnderItsOwnName() throws IOException {
    List<String> artifacts = thirdParty();

    assertThat(artifacts).hasSizeGreaterThan(20).contains("JDA", "bolt", "jfreechart");
    for (String artifact : artifacts) {
      String prefix = "META-INF/licenses/" + artifact + "/LICENSE";
      assertThat(jar.stream().map(ZipEntry::getName).filter(n -> n.startsWith(prefix)))
          .as("licence text of %s", artifact)
          .isNotEmpty();
    }
  }

  @Test
  void theMainLibrariesLicencesAreTheRightTexts() throws IOException {
    assertThat(text("META-INF/licenses/JDA/LICENSE")).contains("Apache License", "Version 2.0");
    assertThat(text("META-INF/licenses/bolt/LICENSE"))
        .contains("The MIT License", "Slack Technologies");
    assertThat(text("META-INF/licenses/jackson-databind/LICENSE"))
        .contains("Apache License", "Version 2.0");
    assertThat(text("META-INF/licenses/jfreechart/LICENSE"))
        .contains("GNU LESSER GENERAL PUBLIC LICENSE", "Version 2.1");
    assertThat(text("META-INF/licenses/logback-classic/LICENSE-LGPL-2.1"))
        .contains("GNU LESSER GENERAL PUBLIC LICENSE");
    assertThat(text("META-INF/licenses/ratebot/LICENSE"))
        .isEqualTo(Files.readString(Path.of("LICENSE")));
  }

  @Test
  void theNoticeMergesRatebotsWithTheLibrariesNotices() throws IOException {
    assertThat(text("META-INF/NOTICE"))
        .contains("Copyright 2026 the ratebot authors")
        .contains("Jackson JSON processor")
        .contains("Apache Commons CSV");
  }

  @Test
  void theSbomListsWhatTheJarBundles() throws IOException {
    assumeFalse(
        Boolean.getBoolean("ratebot.offline"),
        "the SBOM plugin needs the network, so an offline build (-o) has no SBOM");
    JsonNode bom = new ObjectMapper().readTree(text("META-INF/sbom/bom.json"));
    List<String> names = new ArrayList<>();
    bom.path("components").forEach(c -> names.add(c.path("name").asText()));

    assertThat(bom.path("bomFormat").asText()).isEqualTo("CycloneDX");
    assertThat(names).containsAll(thirdParty()).doesNotContain("junit-jupiter", "mockito-core");
  }

  @Test
  void theManifestAndVersionFileAgree() throws IOException {
    String version = jar.getManifest().getMainAttributes().getValue("Implementation-Version");

    assertThat(version).isNotBlank();
    assertThat(text("ratebot/version.properties")).contains("version=" + version);
  }

  private List<String> thirdParty() throws IOException {
    Matcher listed = LISTED.matcher(text("META-INF/licenses/THIRD-PARTY.txt"));
    List<String> artifacts = new ArrayList<>();
    while (listed.find()) {
      artifacts.add(listed.group(2));
    }
    return artifacts;
  }

  private String text(String name) throws IOException {
    assertThat(jar.getJarEntry(name)).as(name).isNotNull();
    try (InputStream in = jar.getInputStream(jar.getJarEntry(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
