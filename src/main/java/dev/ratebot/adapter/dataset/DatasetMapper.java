package dev.ratebot.adapter.dataset;

import dev.ratebot.adapter.dataset.DatasetJson.LevelJson;
import dev.ratebot.adapter.dataset.DatasetJson.OriginJson;
import dev.ratebot.adapter.dataset.DatasetJson.RegionJson;
import dev.ratebot.adapter.dataset.DatasetJson.RowJson;
import dev.ratebot.adapter.dataset.DatasetJson.SourceJson;
import dev.ratebot.adapter.dataset.DatasetJson.TableJson;
import dev.ratebot.adapter.dataset.DatasetJson.TaxonomyJson;
import dev.ratebot.adapter.dataset.DatasetJson.TermJson;
import dev.ratebot.core.rates.InvalidDatasetException;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.MarketContext;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.Origin;
import dev.ratebot.core.rates.Period;
import dev.ratebot.core.rates.RateSource;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.RateType;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.SourceRole;
import dev.ratebot.core.rates.TableKind;
import dev.ratebot.core.rates.Taxonomy;
import dev.ratebot.core.rates.Technology;
import dev.ratebot.core.rates.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Maps the JSON shape to domain types. A fault found here is reported at its JSON path (e.g. {@code
 * $.source.tables[1].rows[0].low}); faults the domain finds later are reported in its own words.
 */
final class DatasetMapper {
  private DatasetMapper() {}

  static RateSource source(SourceJson s) {
    String path = "$.source";
    if (s == null) {
      throw new InvalidDatasetException(path, "missing (required)");
    }
    String id = required(s.id(), path + ".id");
    String currency =
        guard(
            path + ".currency",
            () -> new Unit(required(s.currency(), path + ".currency"), Period.HOUR).currency());
    List<TableJson> tables = s.tables();
    if (tables == null || tables.isEmpty()) {
      throw new InvalidDatasetException(path + ".tables", "no tables: a source needs at least one");
    }
    return guard(
        path,
        () ->
            new RateSource(
                id,
                required(s.name(), path + ".name"),
                s.publisher(),
                s.publisherKind(),
                required(s.vintage(), path + ".vintage"),
                constant(SourceRole.class, s.role(), path + ".role"),
                currency,
                s.coverage(),
                s.context() == null
                    ? MarketContext.none()
                    : new MarketContext(
                        orEmpty(s.context().factors()),
                        orEmpty(s.context().highestPayingIndustries()),
                        s.context().trend(),
                        s.context().attribution()),
                map(
                    s.origins() == null ? List.of() : s.origins(),
                    path + ".origins",
                    DatasetMapper::origin),
                map(tables, path + ".tables", (t, p) -> table(id, currency, t, p))));
  }

  static Taxonomy taxonomy(TaxonomyJson t) {
    String path = "$.taxonomy";
    return guard(
        path,
        () ->
            new Taxonomy(
                map(t.levels(), path + ".levels", DatasetMapper::level),
                map(t.technologies(), path + ".technologies", DatasetMapper::technology),
                orEmpty(t.technologiesWithoutData()),
                map(t.regions(), path + ".regions", DatasetMapper::region),
                countryAliases(t.countryAliases(), path + ".countryAliases")));
  }

  private static Origin origin(OriginJson o, String path) {
    return guard(
        path,
        () ->
            new Origin(
                required(o.id(), path + ".id"),
                required(o.name(), path + ".name"),
                o.kind(),
                required(o.vintage(), path + ".vintage"),
                o.covers(),
                o.sampleSize() == null ? OptionalInt.empty() : OptionalInt.of(o.sampleSize())));
  }

  private static Level level(LevelJson l, String path) {
    return guard(
        path,
        () ->
            new Level(
                required(l.id(), path + ".id"),
                required(l.label(), path + ".label"),
                required(l.rank(), path + ".rank"),
                lowerCase(l.aliases())));
  }

  private static Technology technology(TermJson t, String path) {
    return guard(
        path,
        () ->
            new Technology(
                required(t.id(), path + ".id"),
                required(t.label(), path + ".label"),
                lowerCase(t.aliases())));
  }

  private static Region region(RegionJson r, String path) {
    return guard(
        path,
        () ->
            new Region(
                required(r.id(), path + ".id"),
                required(r.label(), path + ".label"),
                lowerCase(r.aliases()),
                r.countries() == null
                    ? List.of()
                    : r.countries().stream().map(c -> c.toUpperCase(Locale.ROOT)).toList()));
  }

  private static Map<String, String> countryAliases(Map<String, String> json, String path) {
    Map<String, String> aliases = new TreeMap<>();
    if (json != null) {
      json.forEach(
          (name, code) ->
              aliases.put(
                  name.toLowerCase(Locale.ROOT),
                  required(code, path + "." + name).toUpperCase(Locale.ROOT)));
    }
    return aliases;
  }

  private static RateTable table(String sourceId, String currency, TableJson t, String path) {
    String id = required(t.id(), path + ".id");
    List<Observation> rows = new ArrayList<>();
    List<RowJson> jsonRows = t.rows() == null ? List.of() : t.rows();
    for (int i = 0; i < jsonRows.size(); i++) {
      rows.add(row(sourceId, id, jsonRows.get(i), path + ".rows[" + i + "]"));
    }
    return guard(
        path,
        () ->
            new RateTable(
                id,
                required(t.title(), path + ".title"),
                constant(TableKind.class, t.kind(), path + ".kind"),
                constant(RateType.class, t.rateType(), path + ".rateType"),
                t.reading(),
                t.note(),
                new Unit(currency, constant(Period.class, t.period(), path + ".period")),
                t.place(),
                orEmpty(t.origins()),
                rows));
  }

  private static Observation row(String source, String table, RowJson r, String path) {
    if (r == null) {
      throw new InvalidDatasetException(path, "is null");
    }
    return guard(
        path,
        () ->
            new Observation(
                source,
                table,
                r.level(),
                r.technology(),
                r.region(),
                required(r.low(), path + ".low"),
                required(r.high(), path + ".high"),
                r.topEnd() == null ? 0 : r.topEnd(),
                Boolean.TRUE.equals(r.orMore()),
                required(r.quote(), path + ".quote")));
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String value, String path) {
    required(value, path);
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidDatasetException(
          path, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  private static <J, T> List<T> map(List<J> items, String path, BiFunction<J, String, T> mapper) {
    if (items == null) {
      throw new InvalidDatasetException(path, "missing (a list is required)");
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String itemPath = path + "[" + i + "]";
      if (items.get(i) == null) {
        throw new InvalidDatasetException(itemPath, "is null");
      }
      out.add(mapper.apply(items.get(i), itemPath));
    }
    return out;
  }

  private static List<String> orEmpty(List<String> items) {
    return items == null ? List.of() : items;
  }

  private static List<String> lowerCase(List<String> words) {
    return words == null ? List.of() : words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }

  private static <T> T required(T value, String path) {
    if (value == null) {
      throw new InvalidDatasetException(path, "missing (required)");
    }
    return value;
  }

  // Domain constructors reject bad values with IllegalArgumentException; give them a path.
  private static <T> T guard(String path, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new InvalidDatasetException(path, e.getMessage());
    }
  }
}
