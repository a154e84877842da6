package dev.ratebot.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.testing.Bundled;
import org.junit.jupiter.api.Test;

/**
 * The trace redoes the README's worked example (docs/METHOD.md) in numbers a reader can check:
 * senior at (120,000 − 60,000) ÷ (120,000 − 60,000) = 1.00; 45 + 1.00 × 20 = 65.00; × 122,500 ÷
 * 118,125 = 1.037 → 67.41; ± 25,000 ÷ 245,000 = 10.2% → 60.53–74.29; shown $61–74/h.
 */
class WhyTraceTest {
  private static final EstimateSettings SETTINGS =
      EstimateSettings.defaults().withClock(EstimatorTest.TODAY);

  @Test
  void everyStepOfTheEstimateWithItsNumbers() {
    Info why = (Info) Bundled.reply("why senior python latam", SETTINGS);

    assertThat(why.title()).isEqualTo("Why: Senior Python backend developer · Latin America");
    assertThat(why.sections().get(0).heading()).isEqualTo("Source rows");
    assertThat(why.sections().get(0).lines())
        .first()
        .asString()
        .startsWith(
            "Latin America: $45–65/h, top end $95/h (Backend developer hourly rate by region");
    assertThat(why.sections().get(1).lines())
        .containsExactly(
            "1. Where Senior sits among the levels, by US salary midpoints (Entry 60,000, Mid 87,500,"
                + " Senior 120,000): (120,000 − 60,000) ÷ (120,000 − 60,000) = 1.00.",
            "2. That far up Latin America's all-level $45–65/h: 45 + 1.00 × (65 − 45) = $65.00/h.",
            "3. Python's senior salary midpoint 122,500 ÷ the 4 technologies' mean 118,125 = 1.037,"
                + " so $67.41/h.",
            "4. Width ±10.2%: (135,000 − 110,000) ÷ (135,000 + 110,000), the spread of Senior"
                + " Python's salary range, at most ±11.1% (a 25% spread): $60.53–74.29/h.",
            "5. Kept between the stated low end $45/h and the top end $95/h: it fits, no move.",
            "6. Shown with its ends rounded to whole units: $61–74/h; comparisons use the midpoints"
                + " of the rounded ends.");
    assertThat(why.sections().get(2).lines().get(0))
        .startsWith("2,080 h a year (40 h × 52 weeks")
        .contains("a month is 173.3 h");
  }

  @Test
  void withoutALevelTheStatedRowIsTheWholeStory() {
    Info why = (Info) Bundled.reply("why latam", SETTINGS);

    assertThat(why.sections().get(1).lines())
        .containsExactly(
            "No level named: the range is Latin America's all-level row as the source states it,"
                + " unchanged: $45–65/h.");
  }

  @Test
  void withoutARegionItAsksForOne() {
    Reply reply = Bundled.reply("why senior python", SETTINGS);

    assertThat(((Problem) reply).message())
        .isEqualTo("Name a region to see the steps, e.g. 'why senior python latam'.");
  }
}
