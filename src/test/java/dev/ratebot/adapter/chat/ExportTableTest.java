package dev.ratebot.adapter.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Export;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ExportTableTest {
  private final Answer answer =
      ChatRendererTest.answer(
          "senior python latam",
          "Contract rates · 2023 data",
          ChatRendererTest.full("q").table(),
          List.of("A note, with a comma and \"quotes\" | and a pipe."));

  @Test
  void csvReadsBackAsFiveColumnsWithEveryFigureRowNoteAndSource() throws IOException {
    String csv = ExportTable.of(answer, Export.Format.CSV);

    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    assertThat(records).allSatisfy(r -> assertThat(r.size()).isEqualTo(5));
    assertThat(records.get(0).toList())
        .containsExactly("Part", "What", "Figure", "Basis", "Detail");
    assertThat(records.get(1).toList())
        .containsExactly("figure", "Hourly", "$62–89/h", "estimate", "");
    assertThat(records.get(2).toList())
        .containsExactly(
            "row", "Latin America", "$62–89/h", "estimate", "Hourly by region (asked)");
    assertThat(records.get(3).get(4))
        .isEqualTo("A note, with a comma and \"quotes\" | and a pipe.");
    assertThat(records.get(4).toList()).startsWith("source");
    assertThat(records.get(5).get(4)).isEqualTo("data vintage 2023, version 1a2b3c4d");
  }

  @Test
  void markdownEscapesPipesSoEveryLineHasFiveCells() {
    String markdown = ExportTable.of(answer, Export.Format.MARKDOWN);

    assertThat(markdown.lines())
        .allSatisfy(
            line -> assertThat(line.replace("\\|", "").chars().filter(c -> c == '|')).hasSize(6));
    assertThat(markdown).contains("and \"quotes\" \\| and a pipe.");
  }
}
