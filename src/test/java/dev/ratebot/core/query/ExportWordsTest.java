package dev.ratebot.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.reply.Export;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportWordsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          senior python latam as csv               | senior python latam            | CSV
          senior python latam AS CSV.              | senior python latam            | CSV
          budget 3 senior python latam as markdown | budget 3 senior python latam   | MARKDOWN
          senior python latam in md                | senior python latam            | MARKDOWN
          senior python latam as a markdown table  | senior python latam            | MARKDOWN
          senior python latam                      | senior python latam            | -
          csv                                      | csv                            | -
          senior python as csv latam               | senior python as csv latam     | -
          """)
  void theLastWordsAskForATable(String typed, String question, String format) {
    ExportWords export = ExportWords.of(typed);

    assertThat(export.text()).isEqualTo(question);
    assertThat(export.format())
        .isEqualTo(
            format.equals("-") ? Optional.empty() : Optional.of(Export.Format.valueOf(format)));
  }
}
