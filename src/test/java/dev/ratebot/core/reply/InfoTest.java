package dev.ratebot.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InfoTest {
  @Test
  void theSummaryIsTheTitleAndAVisitorIsCalledForInfo() {
    Info info = new Info("ratebot help", List.of(new Info.Section("", List.of("a line"))));

    assertThat(info.summary()).isEqualTo("ratebot help");
    assertThat(info.accept(new ProblemTest.Kinds())).isEqualTo("info");
  }
}
