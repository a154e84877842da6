package dev.ratebot.core.estimate;

import dev.ratebot.core.rates.Observation;
import java.util.List;

/**
 * An hourly range for a region, observed or derived, with what it was derived from.
 *
 * @param low the low end, USD per hour
 * @param high the high end, USD per hour
 * @param topEnd the region's stated top end, or 0
 * @param factor the seniority/technology factor applied to the region's range (1 when observed)
 * @param capped true when the top end cut the range
 * @param observed true when the figure is the source's own, unscaled
 * @param basedOn the source rows used
 */
public record HourlyEstimate(
    double low,
    double high,
    double topEnd,
    double factor,
    boolean capped,
    boolean observed,
    List<Observation> basedOn) {
  public HourlyEstimate {
    basedOn = List.copyOf(basedOn);
  }

  public double midpoint() {
    return (low + high) / 2;
  }
}
