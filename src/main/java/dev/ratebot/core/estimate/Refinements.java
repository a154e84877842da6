package dev.ratebot.core.estimate;

import dev.ratebot.core.query.Query;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.reply.Refinement;
import java.util.ArrayList;
import java.util.List;

/** The menus under a lookup that re-ask it at another level or in another region. */
final class Refinements {
  private Refinements() {}

  /** A Level menu and a Region menu, each re-asking the question with one value changed. */
  static List<Refinement> of(RateDataset dataset, Query query) {
    List<Refinement.Choice> levels = new ArrayList<>();
    for (Level level : dataset.levels()) {
      levels.add(
          new Refinement.Choice(
              level.label(),
              query.withLevel(level).canonicalText(),
              query.level().map(l -> l.id().equals(level.id())).orElse(false)));
    }
    List<Refinement.Choice> regions = new ArrayList<>();
    for (Region region : dataset.regions()) {
      regions.add(
          new Refinement.Choice(
              region.label(),
              query.withRegion(region).canonicalText(),
              query.region().map(r -> r.id().equals(region.id())).orElse(false)));
    }
    return List.of(new Refinement("Level", levels), new Refinement("Region", regions));
  }
}
