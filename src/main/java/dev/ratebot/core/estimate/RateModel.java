package dev.ratebot.core.estimate;

import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.TableKind;
import dev.ratebot.core.rates.Technology;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The arithmetic of docs/METHOD.md: a region's hourly range scaled by how a level (and technology)
 * is paid relative to the all-level average, capped at the region's top end. Pure functions of the
 * dataset.
 */
public final class RateModel {
  private final RateDataset dataset;
  private final double baseline;

  public RateModel(RateDataset dataset) {
    this.dataset = dataset;
    this.baseline =
        rows(TableKind.ANNUAL_BY_LEVEL).stream()
            .filter(o -> o.technology() == null)
            .mapToDouble(Observation::midpoint)
            .average()
            .orElse(0);
  }

  /** The all-level annual average the factors are relative to; 0 when the dataset has none. */
  public double baseline() {
    return baseline;
  }

  /** The region's stated hourly row (all levels), if the dataset has one. */
  public Optional<Observation> regional(Region region) {
    return rows(TableKind.HOURLY_BY_REGION).stream()
        .filter(o -> region.id().equals(o.region()) && o.level() == null)
        .findFirst();
  }

  /** The stated annual salary for a level, all technologies. */
  public Optional<Observation> annual(Level level) {
    return rows(TableKind.ANNUAL_BY_LEVEL).stream()
        .filter(o -> level.id().equals(o.level()) && o.technology() == null)
        .findFirst();
  }

  /** The stated annual salary for a technology at a level. */
  public Optional<Observation> annual(Technology technology, Level level) {
    return rows(TableKind.ANNUAL_BY_TECHNOLOGY).stream()
        .filter(o -> technology.id().equals(o.technology()) && level.id().equals(o.level()))
        .findFirst();
  }

  /** The vendor's own rate for a level in a region. */
  public Optional<Observation> vendor(Level level, Region region) {
    return rows(TableKind.VENDOR_HOURLY_BY_LEVEL).stream()
        .filter(o -> level.id().equals(o.level()) && region.id().equals(o.region()))
        .findFirst();
  }

  /**
   * The hourly range for a region at a level and technology (each optional). With neither, it is
   * the region's stated range; otherwise the stated range times {@link #factor}, capped at the
   * region's top end.
   */
  public Optional<HourlyEstimate> hourly(
      Optional<Level> level, Optional<Technology> technology, Region region) {
    Optional<Observation> stated = regional(region);
    if (stated.isEmpty()) {
      return Optional.empty();
    }
    Observation row = stated.get();
    if (level.isEmpty() && technology.isEmpty()) {
      return Optional.of(
          new HourlyEstimate(row.low(), row.high(), row.topEnd(), 1, false, true, List.of(row)));
    }
    Factor factor = factor(level, technology);
    if (factor.value() <= 0) {
      return Optional.empty();
    }
    double cap = row.topEnd() == 0 ? Double.MAX_VALUE : row.topEnd();
    double low = Math.min(row.low() * factor.value(), cap);
    double high = Math.min(row.high() * factor.value(), cap);
    boolean capped = row.high() * factor.value() > cap;
    List<Observation> basedOn = new ArrayList<>();
    basedOn.add(row);
    basedOn.addAll(factor.basedOn());
    return Optional.of(
        new HourlyEstimate(low, high, row.topEnd(), factor.value(), capped, false, basedOn));
  }

  /**
   * How a level and technology are paid relative to the all-level US average: the midpoint of their
   * annual row over the baseline. With a technology but no level, the technology's average across
   * levels; where the technology has no row for the level, the level's all-technology row.
   */
  public Factor factor(Optional<Level> level, Optional<Technology> technology) {
    if (baseline <= 0) {
      return new Factor(0, List.of());
    }
    if (level.isPresent()) {
      Optional<Observation> row =
          technology.flatMap(t -> annual(t, level.get())).or(() -> annual(level.get()));
      return row.map(o -> new Factor(o.midpoint() / baseline, List.of(o)))
          .orElse(new Factor(0, List.of()));
    }
    if (technology.isPresent()) {
      List<Observation> rows =
          dataset.levels().stream()
              .map(l -> annual(technology.get(), l))
              .flatMap(Optional::stream)
              .toList();
      double mean = rows.stream().mapToDouble(Observation::midpoint).average().orElse(0);
      return new Factor(mean / baseline, rows);
    }
    return new Factor(1, List.of());
  }

  private List<Observation> rows(TableKind kind) {
    return dataset.table(kind).map(RateTable::rows).orElse(List.of());
  }

  /** The table a row belongs to. */
  public RateTable tableOf(Observation row) {
    return dataset.tables().stream()
        .filter(t -> Objects.equals(t.id(), row.table()))
        .findFirst()
        .orElseThrow();
  }

  /**
   * A scaling factor with the rows it came from.
   *
   * @param value the factor; 0 when it cannot be computed
   * @param basedOn the annual rows used
   */
  public record Factor(double value, List<Observation> basedOn) {
    public Factor {
      basedOn = List.copyOf(basedOn);
    }
  }
}
