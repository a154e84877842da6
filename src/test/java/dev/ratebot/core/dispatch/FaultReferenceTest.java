package dev.ratebot.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FaultReferenceTest {
  @Test
  void eachFaultGetsItsOwnReference() {
    String first = FaultReference.next();
    String second = FaultReference.next();

    assertThat(first).matches(FaultReference.FORMAT.pattern());
    assertThat(second).matches(FaultReference.FORMAT.pattern()).isNotEqualTo(first);
  }
}
