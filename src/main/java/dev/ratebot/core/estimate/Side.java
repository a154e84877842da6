package dev.ratebot.core.estimate;

import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.Row;
import java.util.List;

/**
 * One region or level of a comparison or ranking: its contract rate and how it is shown.
 *
 * @param label the region or level, as rows name it
 * @param estimate its hourly contract rate
 * @param value the range as shown, e.g. "$61–74/h"
 * @param topEnd the top end as shown, e.g. "$95/h", or empty when the source states none
 */
record Side(String label, HourlyEstimate estimate, String value, String topEnd) {

  /** The midpoint of the range as shown: what every percentage of a comparison is taken from. */
  double midpoint() {
    return estimate.shownMidpoint();
  }

  Basis basis() {
    return estimate.observed() ? Basis.OBSERVED : Basis.ESTIMATE;
  }

  Row row(String rowLabel, boolean highlighted) {
    return new Row(
        rowLabel,
        topEnd.isEmpty() ? value : value + " · top " + topEnd,
        estimate.low(),
        estimate.high(),
        estimate.topEnd(),
        basis(),
        highlighted);
  }

  /** "both are estimates from the same source": what the figures compared are. */
  static String kind(List<Side> sides) {
    String all = sides.size() == 2 ? "both are" : "all are";
    return sides.stream().allMatch(s -> s.estimate().observed())
        ? all + " ranges the same source states"
        : all + " estimates from the same source";
  }
}
