package dev.ratebot.core.estimate;

import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.TableKind;
import dev.ratebot.core.rates.Technology;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The arithmetic of docs/METHOD.md over the market source: a region's stated range is for all
 * levels, so a level is placed within it by where its US salary sits among the levels, scaled by a
 * technology factor, given the spread of its own salary row (at most {@link LevelBand#MAX_SPREAD}),
 * and kept between the region's stated low end and its top end. Pure functions of the dataset.
 */
public final class RateModel {
  private final RateDataset dataset;
  // Rows by the key they are looked up with, indexed once: answers look up dozens of rows.
  private final Map<String, Observation> regional = new HashMap<>();
  private final Map<String, Observation> annualByLevel = new HashMap<>();
  private final Map<String, Observation> annualByTechnology = new HashMap<>();
  private final Map<String, List<Observation>> technologiesAtLevel = new HashMap<>();
  private final Map<String, Observation> vendor = new HashMap<>();
  private final Map<String, RateTable> tables = new HashMap<>();
  private final Map<TableKind, RateTable> tablesByKind = new EnumMap<>(TableKind.class);
  // The dataset never changes, so each hourly figure is worked out once.
  private final Map<String, Optional<HourlyEstimate>> hourly = new ConcurrentHashMap<>();

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
        technologiesAtLevel.computeIfAbsent(o.level(), k -> new ArrayList<>()).add(o);
      }
    }
    for (Observation o : rows(TableKind.VENDOR_HOURLY_BY_LEVEL)) {
      if (o.level() != null && o.region() != null) {
        vendor.putIfAbsent(o.level() + "/" + o.region(), o);
      }
    }
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
   * The hourly contract rate for a region at a level and technology. Without a level it is the
   * region's stated all-level range, whatever the technology; with one, an estimate placed within
   * that range.
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
    if (level.isEmpty()) {
      return Optional.of(
          new HourlyEstimate(
              row.low(), row.high(), row, 0, Factor.none(), 0, 0, true, List.of(row)));
    }
    Optional<Observation> levelRow = annual(level.get());
    if (levelRow.isEmpty() || annualByLevel.size() < 2) {
      return Optional.empty();
    }
    Factor factor = factor(technology, level.get());
    Observation spreadRow = factor.row().orElse(levelRow.get());
    List<Observation> basedOn = new ArrayList<>();
    basedOn.add(row);
    basedOn.addAll(levelRows());
    factor.row().ifPresent(basedOn::add);
    factor.peers().stream().filter(p -> !basedOn.contains(p)).forEach(basedOn::add);
    return Optional.of(LevelBand.place(row, position(level.get()), factor, spreadRow, basedOn));
  }

  /**
   * Where a level sits among the levels, 0 to 1: its US salary midpoint's distance from the lowest
   * level's midpoint over the distance from lowest to highest (ANNUAL_BY_LEVEL table).
   */
  public double position(Level level) {
    double min = levelRows().stream().mapToDouble(Observation::midpoint).min().orElse(0);
    double max = levelRows().stream().mapToDouble(Observation::midpoint).max().orElse(0);
    double own = annual(level).map(Observation::midpoint).orElse(min);
    return max > min ? (own - min) / (max - min) : 0.5;
  }

  /**
   * The technology factor at a level: the technology's midpoint over the mean of every technology's
   * midpoint at that level, all from the ANNUAL_BY_TECHNOLOGY table. 1 without a technology, and 1
   * (assumed) when the technology has no row at the level.
   */
  public Factor factor(Optional<Technology> technology, Level level) {
    if (technology.isEmpty()) {
      return Factor.none();
    }
    Optional<Observation> row = annual(technology.get(), level);
    List<Observation> peers = technologiesAtLevel.getOrDefault(level.id(), List.of());
    if (row.isEmpty() || peers.isEmpty()) {
      return Factor.assumedOne();
    }
    Factor partial = new Factor(1, row, peers, false);
    return new Factor(row.get().midpoint() / partial.peerMean(), row, peers, false);
  }

  /** The rows of the seniority baseline (ANNUAL_BY_LEVEL), in level order. */
  public List<Observation> levelRows() {
    return dataset.levels().stream().map(this::annual).flatMap(Optional::stream).toList();
  }

  private List<Observation> rows(TableKind kind) {
    return dataset.market().table(kind).map(RateTable::rows).orElse(List.of());
  }

  /** The table of a kind, if the dataset has one. */
  public Optional<RateTable> table(TableKind kind) {
    return Optional.ofNullable(tablesByKind.get(kind));
  }

  /** The market table a row belongs to. */
  public RateTable tableOf(Observation row) {
    RateTable table = tables.get(row.table());
    if (table == null) {
      throw new IllegalArgumentException("row of unknown table " + row.table());
    }
    return table;
  }
}
