package dev.ratebot.core.estimate;

import dev.ratebot.core.query.Query;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.Origin;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.TableKind;
import dev.ratebot.core.rates.Technology;
import dev.ratebot.core.rates.Unit;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.Citation;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Refinement;
import dev.ratebot.core.reply.Row;
import dev.ratebot.core.reply.RowTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Query and dataset to an answer with provenance: figures the article states are shown exactly and
 * labelled with their source; anything else is an estimate, labelled as one, with its method and
 * the rows it used. A dimension the question left open is shown across its values.
 */
public final class Estimator {
  private final RateDataset dataset;
  private final RateModel model;
  private final EstimateSettings settings;
  private final Map<String, String> sourceNames = new HashMap<>();
  private final Map<String, Answer> answers = new java.util.concurrent.ConcurrentHashMap<>();

  public Estimator(RateDataset dataset, EstimateSettings settings) {
    this.dataset = dataset;
    this.model = new RateModel(dataset);
    this.settings = settings;
    for (RateTable table : dataset.market().tables()) {
      sourceNames.put(
          table.id(),
          String.join(
              ", ",
              table.originIds().stream()
                  .map(id -> dataset.market().origin(id).map(Origin::name).orElse(id))
                  .toList()));
    }
  }

  /** The model the estimates come from, for tests and benchmarks. */
  public RateModel model() {
    return model;
  }

  /** Answers one query; never returns null. */
  public Answer estimate(Query query) {
    if (settings.cachedAnswers() == 0) {
      return compute(query);
    }
    String key = query.canonicalText() + '\n' + String.join("\n", query.notes());
    Answer cached = answers.get(key);
    if (cached != null) {
      return cached;
    }
    Answer fresh = compute(query);
    if (answers.size() >= settings.cachedAnswers()) {
      answers.clear(); // crude but bounded: unknown words make the key space open-ended
    }
    answers.put(key, fresh);
    return fresh;
  }

  private Answer compute(Query query) {
    AnswerDraft draft = new AnswerDraft(title(query), query.canonicalText());
    draft.notes.addAll(query.notes());
    query
        .technologyWithoutData()
        .ifPresent(
            t ->
                draft.notes.add(
                    "No "
                        + display(t)
                        + "-specific figures in the dataset: showing all-technology figures."));
    if (query.region().isPresent()) {
      regionAnswer(query, query.region().get(), draft);
    } else if (query.level().isPresent()) {
      levelAnswer(query, query.level().get(), draft);
    } else if (query.technology().isPresent()) {
      technologyAnswer(query.technology().get(), draft);
    } else {
      overview(draft);
    }
    draft.refinements.addAll(refinements(query));
    return draft.build();
  }

  // A region was asked for: the hourly figure there, and how the other regions compare.
  private void regionAnswer(Query query, Region region, AnswerDraft draft) {
    Optional<HourlyEstimate> found = model.hourly(query.level(), query.technology(), region);
    if (found.isEmpty()) {
      draft.notes.add("The dataset has no hourly figures for " + region.label() + ".");
      return;
    }
    HourlyEstimate here = found.get();
    Basis basis = here.observed() ? Basis.OBSERVED : Basis.ESTIMATE;
    String label = here.observed() ? "Average range" : "Hourly";
    draft.key(
        label,
        Money.range(here.low(), here.high(), Unit.USD_PER_HOUR, false),
        basis,
        here.observed() ? sourceNames(tableOfKind(TableKind.HOURLY_BY_REGION)) : methodShort(here));
    if (here.topEnd() > 0) {
      draft.key(
          "Top end",
          Money.single(here.topEnd(), Unit.USD_PER_HOUR),
          Basis.OBSERVED,
          region.label() + ", all levels; " + sourceNames(tableOfKind(TableKind.HOURLY_BY_REGION)));
    }
    equivalents(here.low(), here.high(), draft);
    compare(query, region, here, draft);
    if (query.level().isPresent()) {
      model.vendor(query.level().get(), region).ifPresent(v -> vendorFigure(v, draft));
    } else {
      vendorRates(region, draft);
    }
    here.basedOn().forEach(draft::use);
    if (!here.observed()) {
      draft.notes.add(methodLine(query, region, here));
      draft.notes.add(basedOnLine(here));
    }
    if (query.level().isPresent()) {
      draft.table = regionRows(query.level(), query.technology(), Optional.of(region));
    } else {
      draft.table = levelRows(query.technology(), region);
      draft.notes.add(
          "Level rows are estimates: the region's average range scaled by each level's US pay"
              + " relative to the all-level US average, capped at the region's top end. Method:"
              + " docs/METHOD.md.");
    }
  }

  // A level without a region: the stated US salary, and the hourly estimate in every region.
  private void levelAnswer(Query query, Level level, AnswerDraft draft) {
    Optional<Observation> annual =
        query.technology().flatMap(t -> model.annual(t, level)).or(() -> model.annual(level));
    annual.ifPresent(
        row -> {
          RateTable table = model.tableOf(row);
          draft.key(
              "US salary",
              Money.range(row.low(), row.high(), Unit.USD_PER_YEAR, row.orMore()),
              Basis.OBSERVED,
              table.place() + "; " + sourceNames(table));
          draft.key(
              "Hourly equivalent",
              Money.range(
                  row.low() / settings.hoursPerYear(),
                  row.high() / settings.hoursPerYear(),
                  Unit.USD_PER_HOUR,
                  false),
              Basis.EQUIVALENT,
              "salary ÷ " + Money.group(settings.hoursPerYear()) + " h/yr");
          draft.use(row);
          draft.notes.add(
              "US salaries are national averages; the rows below estimate hourly rates by region.");
        });
    draft.table = regionRows(Optional.of(level), query.technology(), Optional.empty());
    draft.notes.add(methodGeneric());
  }

  // A technology alone: its stated US salary at every level.
  private void technologyAnswer(Technology technology, AnswerDraft draft) {
    List<Row> rows = new ArrayList<>();
    double max = 0;
    double low = Double.MAX_VALUE;
    double high = 0;
    for (Level level : dataset.levels()) {
      Optional<Observation> row = model.annual(technology, level);
      if (row.isEmpty()) {
        continue;
      }
      Observation o = row.get();
      draft.use(o);
      rows.add(
          new Row(
              level.label(),
              Money.range(o.low(), o.high(), Unit.USD_PER_YEAR, o.orMore()),
              o.low(),
              o.high(),
              0,
              Basis.OBSERVED,
              false));
      max = Math.max(max, o.high());
      low = Math.min(low, o.low());
      high = Math.max(high, o.high());
    }
    if (rows.isEmpty()) {
      return;
    }
    RateTable table = tableOfKind(TableKind.ANNUAL_BY_TECHNOLOGY);
    draft.key(
        "US salary",
        Money.range(low, high, Unit.USD_PER_YEAR, false),
        Basis.OBSERVED,
        "entry to senior; " + table.place() + "; " + sourceNames(table));
    draft.table = new RowTable(technology.label() + ", US salary by level", max, rows);
    draft.notes.add(
        "Add a level and a region for an hourly estimate, e.g. /rate senior "
            + technology.id()
            + " latam.");
  }

  // Nothing named: the article's regional table.
  private void overview(AnswerDraft draft) {
    draft.table = regionRows(Optional.empty(), Optional.empty(), Optional.empty());
    RateTable table = tableOfKind(TableKind.HOURLY_BY_REGION);
    table.rows().forEach(draft::use);
    draft.notes.add(
        "Name a level, technology or region (or a country) for more, e.g. /rate senior python"
            + " latam.");
  }

  private RowTable regionRows(
      Optional<Level> level, Optional<Technology> technology, Optional<Region> highlighted) {
    List<Row> rows = new ArrayList<>();
    for (Region region : dataset.regions()) {
      model
          .hourly(level, technology, region)
          .ifPresent(
              e ->
                  rows.add(
                      hourlyRow(
                          region.label(),
                          e,
                          true,
                          highlighted.map(h -> h.id().equals(region.id())).orElse(false))));
    }
    String who = describe(level, technology);
    return table((who.isEmpty() ? "All levels, hourly" : who + ", hourly") + " by region", rows);
  }

  private RowTable levelRows(Optional<Technology> technology, Region region) {
    List<Row> rows = new ArrayList<>();
    for (Level level : dataset.levels()) {
      model
          .hourly(Optional.of(level), technology, region)
          .ifPresent(e -> rows.add(hourlyRow(level.label(), e, false, false)));
    }
    String who = technology.map(Technology::label).orElse("");
    return table(
        (who.isEmpty() ? "" : who + ", ") + region.label() + " by level (estimates)", rows);
  }

  private static Row hourlyRow(
      String label, HourlyEstimate e, boolean showTopEnd, boolean highlighted) {
    String value = Money.range(e.low(), e.high(), Unit.USD_PER_HOUR, false);
    if (showTopEnd && e.topEnd() > 0) {
      value += " · top " + Money.single(e.topEnd(), Unit.USD_PER_HOUR);
    }
    return new Row(
        label,
        value,
        e.low(),
        e.high(),
        e.topEnd(),
        e.observed() ? Basis.OBSERVED : Basis.ESTIMATE,
        highlighted);
  }

  // Bars are drawn to one scale: the largest high or top end among the rows.
  private static RowTable table(String heading, List<Row> rows) {
    double max = rows.stream().mapToDouble(r -> Math.max(r.high(), r.topEnd())).max().orElse(0);
    return rows.isEmpty() ? RowTable.empty() : new RowTable(heading, max, rows);
  }

  private void equivalents(double low, double high, AnswerDraft draft) {
    draft.key(
        "Monthly",
        Money.monthly(low * settings.hoursPerMonth(), high * settings.hoursPerMonth()),
        Basis.EQUIVALENT,
        "at " + Math.round(settings.hoursPerMonth()) + " h/month");
    draft.key(
        "Annual",
        Money.annualEquivalent(low * settings.hoursPerYear(), high * settings.hoursPerYear()),
        Basis.EQUIVALENT,
        "at " + Money.group(settings.hoursPerYear()) + " h/yr");
  }

  // How the asked region compares: against the dearest other region, or the cheapest if it is
  // the dearest itself.
  private void compare(Query query, Region region, HourlyEstimate here, AnswerDraft draft) {
    Map<Region, HourlyEstimate> others = new java.util.LinkedHashMap<>();
    for (Region candidate : dataset.regions()) {
      if (!candidate.id().equals(region.id())) {
        model
            .hourly(query.level(), query.technology(), candidate)
            .ifPresent(e -> others.put(candidate, e));
      }
    }
    boolean dearest = others.values().stream().allMatch(e -> e.midpoint() <= here.midpoint());
    Comparator<Map.Entry<Region, HourlyEstimate>> byMidpoint =
        Comparator.comparingDouble(e -> e.getValue().midpoint());
    Optional<Map.Entry<Region, HourlyEstimate>> other =
        dearest
            ? others.entrySet().stream().min(byMidpoint)
            : others.entrySet().stream().max(byMidpoint);
    if (other.isEmpty() || other.get().getValue().midpoint() <= 0) {
      return;
    }
    double ratio = here.midpoint() / other.get().getValue().midpoint();
    String name = other.get().getKey().label();
    String value =
        ratio < 1
            ? Math.round((1 - ratio) * 100) + "% below " + name
            : Money.decimals(ratio, 1) + "× " + name;
    draft.key("Compared", value, Basis.ESTIMATE, "midpoints compared");
  }

  private void vendorFigure(Observation vendor, AnswerDraft draft) {
    RateTable table = model.tableOf(vendor);
    draft.key(
        "Vendor's own rate",
        Money.range(vendor.low(), vendor.high(), Unit.USD_PER_HOUR, vendor.orMore()),
        Basis.OBSERVED,
        sourceNames(table) + "; a vendor's price, not a market survey");
    draft.use(vendor);
  }

  private void vendorRates(Region region, AnswerDraft draft) {
    List<String> parts = new ArrayList<>();
    RateTable table = null;
    for (Level level : dataset.levels()) {
      Optional<Observation> vendor = model.vendor(level, region);
      if (vendor.isPresent()) {
        Observation v = vendor.get();
        table = model.tableOf(v);
        parts.add(
            level.label().toLowerCase(Locale.ROOT)
                + " "
                + Money.range(v.low(), v.high(), Unit.USD_PER_HOUR, v.orMore()));
        draft.use(v);
      }
    }
    if (table != null) {
      draft.key(
          "Vendor's own rates",
          String.join(" · ", parts),
          Basis.OBSERVED,
          sourceNames(table) + "; a vendor's prices, not a market survey");
    }
  }

  private String methodShort(HourlyEstimate e) {
    return "region range × "
        + Money.decimals(e.factor(), 2)
        + (e.capped() ? ", capped at top end" : "");
  }

  private String methodLine(Query query, Region region, HourlyEstimate e) {
    String who = describe(query.level(), query.technology());
    return "Estimate: "
        + region.label()
        + "'s average range scaled by "
        + Money.decimals(e.factor(), 2)
        + " ("
        + (who.isEmpty() ? "this" : who)
        + " US pay ÷ all-level US average)"
        + (e.capped() ? ", capped at the region's top end" : "")
        + ". Method: docs/METHOD.md.";
  }

  private String basedOnLine(HourlyEstimate e) {
    List<String> parts = new ArrayList<>();
    for (Observation o : e.basedOn()) {
      RateTable table = model.tableOf(o);
      parts.add(
          rowName(o)
              + " "
              + Money.range(o.low(), o.high(), table.unit(), o.orMore())
              + (o.topEnd() > 0 ? " (top " + Money.single(o.topEnd(), table.unit()) + ")" : "")
              + " ["
              + sourceNames(table)
              + "]");
    }
    parts.add(
        "all-level US average "
            + Money.amount(Math.round(model.baseline()))
            + "/yr (mean of the level midpoints)");
    return "Based on: " + String.join("; ", parts) + ".";
  }

  private String methodGeneric() {
    return "Hourly rows are estimates: each region's average range scaled by this level's US pay"
        + " relative to the all-level US average, capped at the region's top end. Method:"
        + " docs/METHOD.md.";
  }

  private String rowName(Observation o) {
    List<String> words = new ArrayList<>();
    if (o.level() != null) {
      dataset.level(o.level()).ifPresent(l -> words.add(l.label()));
    }
    if (o.technology() != null) {
      dataset.technology(o.technology()).ifPresent(t -> words.add(t.label()));
    }
    if (o.region() != null) {
      dataset.region(o.region()).ifPresent(r -> words.add(r.label()));
    }
    String place = model.tableOf(o).place();
    if (!place.isEmpty()) {
      words.add("(" + place + ")");
    }
    return String.join(" ", words);
  }

  private List<Refinement> refinements(Query query) {
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

  private String title(Query query) {
    StringBuilder title = new StringBuilder();
    query.level().ifPresent(l -> title.append(l.label()).append(' '));
    query.technology().ifPresent(t -> title.append(t.label()).append(' '));
    query.technologyWithoutData().ifPresent(t -> title.append(display(t)).append(' '));
    title.append(title.length() == 0 ? "Backend developer" : "backend developer");
    if (query.region().isPresent()) {
      title.append(" · ");
      if (query.country().isPresent()) {
        title
            .append(query.country().get())
            .append(" (")
            .append(query.region().get().label())
            .append(')');
      } else {
        title.append(query.region().get().label());
      }
    } else if (query.level().isEmpty() && query.technology().isEmpty()) {
      title.append(" rates by region");
    }
    return title.toString();
  }

  private static String describe(Optional<Level> level, Optional<Technology> technology) {
    List<String> words = new ArrayList<>();
    level.ifPresent(l -> words.add(l.label()));
    technology.ifPresent(t -> words.add(t.label()));
    return String.join(" ", words);
  }

  // How a technology without data is shown: "java" → "Java", "php" → "PHP", ".net" → ".NET".
  private static String display(String technology) {
    boolean shortAcronym =
        technology.length() <= 3
            && !technology.equals("go")
            && technology.chars().allMatch(Character::isLetter);
    if (shortAcronym || technology.startsWith(".")) {
      return technology.toUpperCase(Locale.ROOT);
    }
    return Character.toUpperCase(technology.charAt(0)) + technology.substring(1);
  }

  private RateTable tableOfKind(TableKind kind) {
    return model.table(kind).orElseThrow();
  }

  private String sourceNames(RateTable table) {
    return sourceNames.get(table.id());
  }

  /** An answer being assembled. */
  private final class AnswerDraft {
    final String title;
    final String query;
    final List<KeyFigure> keys = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final Set<String> sourceIds = new LinkedHashSet<>();
    final List<Refinement> refinements = new ArrayList<>();
    RowTable table = RowTable.empty();

    AnswerDraft(String title, String query) {
      this.title = title;
      this.query = query;
    }

    void key(String label, String value, Basis basis, String detail) {
      keys.add(new KeyFigure(label, value, basis, detail));
    }

    void use(Observation row) {
      sourceIds.addAll(model.tableOf(row).originIds());
    }

    Answer build() {
      // Rows rest on the regional table; estimated rows also on the level baseline.
      for (Row row : table.rows()) {
        if (row.basis() == Basis.ESTIMATE) {
          model.table(TableKind.ANNUAL_BY_LEVEL).ifPresent(t -> sourceIds.addAll(t.originIds()));
        }
      }
      if (table.rows().stream().anyMatch(r -> r.topEnd() > 0)) {
        model.table(TableKind.HOURLY_BY_REGION).ifPresent(t -> sourceIds.addAll(t.originIds()));
      }
      boolean anyEquivalent = keys.stream().anyMatch(k -> k.basis() == Basis.EQUIVALENT);
      if (anyEquivalent) {
        notes.add(
            "Equivalents assume "
                + Money.group(settings.hoursPerYear())
                + " working hours a year ("
                + Math.round(settings.hoursPerMonth())
                + " a month).");
      }
      List<Citation> citations =
          sourceIds.stream()
              .map(dataset.market()::origin)
              .flatMap(Optional::stream)
              .map(s -> new Citation(s.name(), s.vintage(), dataset.market().name()))
              .toList();
      return new Answer(
          title, query, keys, table, notes, citations, dataset.vintage(), refinements, "", "");
    }
  }
}
