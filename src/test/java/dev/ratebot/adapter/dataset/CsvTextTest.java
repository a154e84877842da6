package dev.ratebot.adapter.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTextTest {

  @Test
  void namesTheLineOfAnyOffset() {
    CsvText text = decode("a,b\nc,d\r\n\ne\n");

    assertThat(text.lines()).isEqualTo(5);
    assertThat(text.lineOf(0)).isEqualTo(1);
    assertThat(text.lineOf(3)).isEqualTo(1);
    assertThat(text.lineOf(4)).isEqualTo(2);
    assertThat(text.lineOf(9)).isEqualTo(3);
    assertThat(text.lineOf(10)).isEqualTo(4);
    assertThat(text.line(2)).isEqualTo("c,d\r\n");
  }

  @Test
  void dropsAByteOrderMark() {
    assertThat(decode("\uFEFFa,b\n").line(1)).isEqualTo("a,b\n");
  }

  @Test
  void refusesALineOverTheLimit() {
    String line = "x".repeat(CsvText.MAX_LINE + 1);

    assertThat(decode("x".repeat(CsvText.MAX_LINE)).lines()).isEqualTo(1);
    assertThatThrownBy(() -> decode("ok\n" + line + "\n"))
        .hasMessage("f.csv: line 2: the line is 10,001 characters long; at most 10,000");
  }

  @Test
  void refusesTextThatIsNotUtf8() {
    byte[] bytes = "Zürich".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> CsvText.decode("f.csv", bytes))
        .hasMessage("f.csv: not UTF-8 text: save the file as UTF-8");
  }

  private static CsvText decode(String text) {
    return CsvText.decode("f.csv", text.getBytes(StandardCharsets.UTF_8));
  }
}
