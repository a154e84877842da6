package dev.ratebot.core.estimate;

import dev.ratebot.core.rates.Observation;
import java.util.List;

/**
 * An hourly contract rate for a region, stated or estimated, with what it was derived from.
 *
 * @param low the low end, in the region table's unit
 * @param high the high end
 * @param stated the region's stated all-level row (average range and top end) it lies within
 * @param position where the level sits among the levels, 0 (lowest paid) to 1 (highest); 0 when the
 *     figure is the stated one
 * @param technology the technology factor applied (1 when no technology was asked for)
 * @param halfWidth half the band's width over its centre, from the spread of the level's US salary
 *     row; 0 when stated
 * @param moved how far the band was moved to fit between the stated low end and the top end, in the
 *     table's unit: positive when moved up, negative when moved down, 0 when it fitted
 * @param observed true when the figure is the source's own, unchanged
 * @param basedOn every source row used
 */
public record HourlyEstimate(
    double low,
    double high,
    Observation stated,
    double position,
    Factor technology,
    double halfWidth,
    double moved,
    boolean observed,
    List<Observation> basedOn) {
  public HourlyEstimate {
    basedOn = List.copyOf(basedOn);
  }

  /** The region's stated top end, or 0 when it states none. */
  public double topEnd() {
    return stated.topEnd();
  }

  /** The unit of its figures: the stated row's table's. */
  public dev.ratebot.core.rates.Unit unit(RateModel model) {
    return model.tableOf(stated).unit();
  }

  public double midpoint() {
    return (low + high) / 2;
  }

  /** The midpoint of the range as shown, its ends rounded to whole units: what comparisons use. */
  public double shownMidpoint() {
    return (Math.round(low) + Math.round(high)) / 2.0;
  }
}
