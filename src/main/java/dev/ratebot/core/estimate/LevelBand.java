package dev.ratebot.core.estimate;

import dev.ratebot.core.rates.Observation;
import java.util.List;

/** Places one level's band within a region's stated all-level range (docs/METHOD.md, steps 1–4). */
final class LevelBand {
  /**
   * The widest a single-level estimate may be: its high end at most 25% above its low end. The
   * widest single-level range the article states is 23.8% (Ruby on Rails senior, $105,000–
   * 130,000); the bound leaves room for that and for $1 rounding, and no more.
   */
  static final double MAX_SPREAD = 0.25;

  // high / low − 1 = 2h / (1 − h) ≤ MAX_SPREAD  ⇔  h ≤ MAX_SPREAD / (2 + MAX_SPREAD).
  private static final double MAX_HALF_WIDTH = MAX_SPREAD / (2 + MAX_SPREAD);

  private LevelBand() {}

  /**
   * The band for a level at a position in the region's range.
   *
   * @param stated the region's stated all-level row: low, high and top end
   * @param position 0 (lowest-paid level) to 1 (highest-paid level)
   * @param factor the technology factor at the level
   * @param spreadRow the salary row whose relative spread the band takes
   * @param basedOn every row used, for provenance
   */
  static HourlyEstimate place(
      Observation stated,
      double position,
      Factor factor,
      Observation spreadRow,
      List<Observation> basedOn) {
    double centre = (stated.low() + position * (stated.high() - stated.low())) * factor.value();
    double halfWidth =
        Math.min(
            MAX_HALF_WIDTH,
            (spreadRow.high() - spreadRow.low()) / (spreadRow.high() + spreadRow.low()));
    double floor = stated.low();
    double ceiling = stated.topEnd() > 0 ? stated.topEnd() : stated.high();
    double width = Math.min(2 * centre * halfWidth, ceiling - floor);
    double unmoved = centre - width / 2;
    double low = Math.max(floor, Math.min(unmoved, ceiling - width));
    double high = low + width;
    double moved = low - unmoved;
    return new HourlyEstimate(
        low, high, stated, position, factor, halfWidth, moved, false, basedOn);
  }
}
