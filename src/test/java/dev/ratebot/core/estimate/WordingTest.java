package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.rates.RateType;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordingTest {
  @Test
  void aTechnologyWithoutDataIsShownAsItIsWritten() {
    assertThat(Wording.display("java")).isEqualTo("Java");
    assertThat(Wording.display("php")).isEqualTo("PHP");
    assertThat(Wording.display("c")).isEqualTo("C");
    assertThat(Wording.display(".net")).isEqualTo(".NET");
    assertThat(Wording.display("go")).isEqualTo("Go");
    assertThat(Wording.display("c++")).isEqualTo("C++");
    assertThat(Wording.display("rust")).isEqualTo("Rust");
  }

  @Test
  void listsAreJoinedWithCommasAndAFinalAnd() {
    assertThat(Wording.and(List.of())).isEmpty();
    assertThat(Wording.and(List.of("Payscale"))).isEqualTo("Payscale");
    assertThat(Wording.and(List.of("Payscale", "Glassdoor"))).isEqualTo("Payscale and Glassdoor");
    assertThat(Wording.and(List.of("a", "b", "c"))).isEqualTo("a, b and c");
  }

  @Test
  void percentagesAreWholeNumbers() {
    assertThat(Wording.percent(0.227)).isEqualTo("23%");
    assertThat(Wording.percent(1)).isEqualTo("100%");
    assertThat(Wording.percent(0)).isEqualTo("0%");
  }

  @Test
  void twoToFourAreCountedInWordsAndOtherCountsInDigits() {
    assertThat(Wording.count(1)).isEqualTo("1");
    assertThat(Wording.count(2)).isEqualTo("two");
    assertThat(Wording.count(4)).isEqualTo("four");
    assertThat(Wording.count(5)).isEqualTo("5");
  }

  @Test
  void rateTypesAreLabelledWithACapital() {
    assertThat(Wording.label(RateType.CONTRACT_RATE)).isEqualTo("Contract rate");
    assertThat(Wording.label(RateType.VENDOR_PRICE)).isEqualTo("Vendor's price");
    assertThat(Wording.label(RateType.SALARY)).isEqualTo("Salary");
  }
}
