package dev.ratebot.core.estimate;

import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.TableKind;
import dev.ratebot.core.rates.Technology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arithmetic of docs/METHOD.md: a region's hourly range scaled by how a level (and technology)
 * is paid relative to the all-level average, capped at the region's top end. Pure functions of the
 * dataset.
 */
public final class RateModel {
  private final RateDataset dataset;
  private final double baseline;
  // Rows by the key they are looked up with, indexed once: answers look up dozens of rows.
  private final Map<String, Observation> regional = new HashMap<>();
  private final Map<String, Observation> annualByLevel = new HashMap<>();
  private final Map<String, Observation> annualByTechnology = new HashMap<>();
  private final Map<String, Observation> vendor = new HashMap<>();
  private final Map<String, RateTable> tables = new HashMap<>();
  private final Map<TableKind, RateTable> tablesByKind = new java.util.EnumMap<>(TableKind.class);
  // The dataset never changes, so each hourly figure is worked out once.
  private final Map<String, Optional<HourlyEstimate>> hourly =
      new java.util.concurrent.ConcurrentHashMap<>();

  public RateModel(RateDataset dataset) {
    this.dataset = dataset;
    dataset.market().tables().forEach(t -> tables.put(t.id(), t));
    dataset.market().tables().forEach(t -> tablesByKind.putIfAbsent(t.kind(), t));
    for (Observation o : rows(TableKind.HOURLY_BY_REGION)) {
      if (o.level() == null && o.region() != null) {
        regional.putIfAbsent(o.region(), o);
      }
    }
    for (Observation o : rows(TableKind.ANNUAL_BY_LEVEL)) {
      if (o.technology() == null && o.level() != null) {
        annualByLevel.putIfAbsent(o.level(), o);
      }
    }
    for (Observation o : rows(TableKind.ANNUAL_BY_TECHNOLOGY)) {
      if (o.technology() != null && o.level() != null) {
        annualByTechnology.putIfAbsent(o.technology() + "/" + o.level(), o);
      }
    }
    for (Observation o : rows(TableKind.VENDOR_HOURLY_BY_LEVEL)) {
      if (o.level() != null && o.region() != null) {
        vendor.putIfAbsent(o.level() + "/" + o.region(), o);
      }
    }
    this.baseline =
        annualByLevel.values().stream().mapToDouble(Observation::midpoint).average().orElse(0);
  }

  /** The all-level annual average the factors are relative to; 0 when the dataset has none. */
  public double baseline() {
    return baseline;
  }

  /** The region's stated hourly row (all levels), if the dataset has one. */
  public Optional<Observation> regional(Region region) {
    return Optional.ofNullable(regional.get(region.id()));
  }

  /** The stated annual salary for a level, all technologies. */
  public Optional<Observation> annual(Level level) {
    return Optional.ofNullable(annualByLevel.get(level.id()));
  }

  /** The stated annual salary for a technology at a level. */
  public Optional<Observation> annual(Technology technology, Level level) {
    return Optional.ofNullable(annualByTechnology.get(technology.id() + "/" + level.id()));
  }

  /** The vendor's own rate for a level in a region. */
  public Optional<Observation> vendor(Level level, Region region) {
    return Optional.ofNullable(vendor.get(level.id() + "/" + region.id()));
  }

  /**
   * The hourly range for a region at a level and technology (each optional). With neither, it is
   * the region's stated range; otherwise the stated range times {@link #factor}, capped at the
   * region's top end.
   */
  public Optional<HourlyEstimate> hourly(
      Optional<Level> level, Optional<Technology> technology, Region region) {
    String key =
        level.map(Level::id).orElse("")
            + '/'
            + technology.map(Technology::id).orElse("")
            + '/'
            + region.id();
    return hourly.computeIfAbsent(key, k -> computeHourly(level, technology, region));
  }

  private Optional<HourlyEstimate> computeHourly(
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
    return dataset.market().table(kind).map(RateTable::rows).orElse(List.of());
  }

  /** The table of a kind, if the dataset has one. */
  public Optional<RateTable> table(TableKind kind) {
    return Optional.ofNullable(tablesByKind.get(kind));
  }

  /** The table a row belongs to. */
  public RateTable tableOf(Observation row) {
    RateTable table = tables.get(row.table());
    if (table == null) {
      throw new IllegalArgumentException("row of unknown table " + row.table());
    }
    return table;
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
