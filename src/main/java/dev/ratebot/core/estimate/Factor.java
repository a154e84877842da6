package dev.ratebot.core.estimate;

import dev.ratebot.core.rates.Observation;
import java.util.List;
import java.util.Optional;

/**
 * A technology factor: the technology's salary midpoint at a level over the mean of every
 * technology's midpoint at that level, all from one table.
 *
 * @param value the factor; 1 when no technology was asked for or it has no figures at the level
 * @param row the technology's own row at the level, if any
 * @param peers every technology's row at the level (the mean's terms); empty when not computed
 * @param assumed true when a technology was asked for but the factor is 1 for lack of figures
 */
public record Factor(
    double value, Optional<Observation> row, List<Observation> peers, boolean assumed) {
  public Factor {
    peers = List.copyOf(peers);
  }

  /** No technology asked for: factor 1. */
  public static Factor none() {
    return new Factor(1, Optional.empty(), List.of(), false);
  }

  /** A technology without figures at the level: factor 1, and the answer says so. */
  public static Factor assumedOne() {
    return new Factor(1, Optional.empty(), List.of(), true);
  }

  /** The mean of the peers' midpoints, the factor's denominator; 0 without peers. */
  public double peerMean() {
    return peers.stream().mapToDouble(Observation::midpoint).average().orElse(0);
  }
}
