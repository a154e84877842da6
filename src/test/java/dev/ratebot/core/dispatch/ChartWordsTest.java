package dev.ratebot.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartWordsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          senior python latam chart       | true  | senior python latam
          chart senior python latam       | true  | senior python latam
          Chart: senior python latam      | true  | senior python latam
          CHART of senior python latam    | true  | senior python latam
          senior python latam as a chart  | true  | senior python latam
          senior python latam in a chart! | true  | senior python latam
          senior python latam with chart  | true  | senior python latam
          senior python latam             | false | senior python latam
          senior chart python latam       | false | senior chart python latam
          senior python latam charts      | false | senior python latam charts
          chartered accountant latam      | false | chartered accountant latam
          """)
  void theWordIsTakenOffTheStartOrTheEnd(String text, boolean asked, String rest) {
    ChartWords words = ChartWords.of(text);

    assertThat(words.asked()).isEqualTo(asked);
    assertThat(words.text().strip()).isEqualTo(rest);
  }

  @ParameterizedTest
  @CsvSource({"chart", "'  chart  '"})
  void theWordAloneLeavesNoQuestion(String text) {
    assertThat(ChartWords.of(text)).isEqualTo(new ChartWords("", true));
  }
}
