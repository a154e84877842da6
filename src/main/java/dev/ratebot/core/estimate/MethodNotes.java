package dev.ratebot.core.estimate;

import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.Technology;
import dev.ratebot.core.rates.Unit;
import java.util.Optional;

/** The lines that say how an estimate was made, in the terms of docs/METHOD.md. */
final class MethodNotes {
  static final String SEE_METHOD = "Method: docs/METHOD.md.";

  private MethodNotes() {}

  /** "senior placed in range; Python × 1.04": the method in a few words, beside the figure. */
  static String brief(Level level, Optional<Technology> technology, HourlyEstimate e) {
    String placed = level.label().toLowerCase(java.util.Locale.ROOT) + " placed in region range";
    if (technology.isEmpty()) {
      return placed;
    }
    return placed
        + "; "
        + technology.get().label()
        + (e.technology().assumed() ? " factor 1 (no figures)" : " × " + factor(e));
  }

  /** How one estimate was made, step by step, in one line. */
  static String line(
      Level level,
      Optional<Technology> technology,
      Region region,
      HourlyEstimate e,
      Unit unit,
      String place) {
    double centre = e.stated().low() + e.position() * (e.stated().high() - e.stated().low());
    StringBuilder out =
        new StringBuilder("Estimate: ")
            .append(level.label())
            .append(" sits ")
            .append(Wording.percent(e.position()))
            .append(" up the salary ladder")
            .append(place.isEmpty() ? "" : " (" + place + ")")
            .append(", so it is centred that far up ")
            .append(region.label())
            .append("'s all-level ")
            .append(Money.range(e.stated().low(), e.stated().high(), unit, false))
            .append(", at ")
            .append(Money.symbol(unit.currency()))
            .append(Money.decimals(centre, 2))
            .append(unit.suffix());
    technology.ifPresent(
        t ->
            out.append(
                e.technology().assumed()
                    ? "; no " + t.label() + " figures at this level, so technology factor 1"
                    : "; × "
                        + factor(e)
                        + " for "
                        + t.label()
                        + " (its salary ÷ the "
                        + e.technology().peers().size()
                        + " technologies' mean at this level)"));
    out.append("; ±")
        .append(Money.decimals(e.halfWidth() * 100, 1))
        .append("%, its salary range's spread");
    if (e.moved() > 0) {
      out.append("; moved up to the stated low end");
    } else if (e.moved() < 0) {
      out.append("; moved down to stay under the top end");
    }
    return out.append(". ").append(SEE_METHOD).toString();
  }

  /** Under rows of estimates: how each row was made. */
  static String rows(String what, Optional<Technology> technology) {
    return what
        + " are estimates: each level placed within the region's all-level range by where its"
        + " salary sits among the levels"
        + technology.map(t -> ", × " + t.label() + "'s factor at that level").orElse("")
        + ". "
        + SEE_METHOD;
  }

  static String factor(HourlyEstimate e) {
    return Money.decimals(e.technology().value(), 2);
  }
}
