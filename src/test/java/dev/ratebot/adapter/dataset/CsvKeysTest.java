package dev.ratebot.adapter.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvKeysTest {
  private static final String REQUIRED =
      "# source: s\n# name: N\n# vintage: 2026\n# currency: EUR\n# rate_type: salary\n";

  @Test
  void readsKeysAboveTheHeaderAndSkipsComments() {
    CsvKeys keys =
        read("# Our bands, made up\n\n" + REQUIRED + "# Publisher-Kind: a company\nlow,period\n");

    assertThat(keys.value("name")).isEqualTo("N");
    assertThat(keys.value("publisher_kind")).isEqualTo("a company");
    assertThat(keys.value("coverage")).isEmpty();
    assertThat(keys.line("vintage")).isEqualTo(5);
    assertThat(keys.headerLine()).isEqualTo(9);
  }

  @Test
  void aBadValueIsRefusedAtItsLine() {
    CsvKeys keys = read(REQUIRED + "low,period\n");

    assertThatThrownBy(
            () ->
                keys.parsed(
                    "vintage",
                    v -> {
                      throw new IllegalArgumentException("not a year");
                    }))
        .hasMessage("f.csv: line 3, # vintage: not a year");
  }

  @Test
  void aRequiredKeyLeftEmptyIsRefused() {
    assertThatThrownBy(() -> read(REQUIRED.replace("# name: N", "# name:") + "low,period\n"))
        .hasMessage("f.csv: line 6: # name is missing: give it above the header line");
  }

  private static CsvKeys read(String text) {
    return CsvKeys.read(
        "f.csv", CsvText.decode("f.csv", text.getBytes(StandardCharsets.UTF_8)), List.of("low"));
  }
}
