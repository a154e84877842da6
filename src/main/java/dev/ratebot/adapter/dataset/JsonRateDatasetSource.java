package dev.ratebot.adapter.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ratebot.adapter.dataset.DatasetJson.LevelJson;
import dev.ratebot.adapter.dataset.DatasetJson.RegionJson;
import dev.ratebot.adapter.dataset.DatasetJson.RowJson;
import dev.ratebot.adapter.dataset.DatasetJson.SourceJson;
import dev.ratebot.adapter.dataset.DatasetJson.TableJson;
import dev.ratebot.adapter.dataset.DatasetJson.TermJson;
import dev.ratebot.core.rates.InvalidDatasetException;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.MarketContext;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateDatasetSource;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.Source;
import dev.ratebot.core.rates.TableKind;
import dev.ratebot.core.rates.Technology;
import dev.ratebot.core.rates.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Reads a dataset from JSON (a file, or the copy bundled in the jar) and validates it. Every fault
 * is reported as a {@link DatasetLoadException} naming the file, the JSON path and the fault.
 */
public final class JsonRateDatasetSource implements RateDatasetSource {
  /** Where the bundled copy of {@code config/rates.json} lives on the class path. */
  public static final String BUNDLED_RESOURCE = "/ratebot/rates.json";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final String name;
  private final Opener opener;

  private JsonRateDatasetSource(String name, Opener opener) {
    this.name = name;
    this.opener = opener;
  }

  /** The dataset bundled in the jar. */
  public static JsonRateDatasetSource bundled() {
    return new JsonRateDatasetSource(
        "bundled rates.json",
        () -> {
          InputStream in = JsonRateDatasetSource.class.getResourceAsStream(BUNDLED_RESOURCE);
          if (in == null) {
            throw new NoSuchFileException(BUNDLED_RESOURCE);
          }
          return in;
        });
  }

  /** A dataset file. */
  public static JsonRateDatasetSource file(Path path) {
    return new JsonRateDatasetSource(path.toString(), () -> Files.newInputStream(path));
  }

  /** JSON text, for tests; {@code name} stands for the file in messages. */
  public static JsonRateDatasetSource text(String name, String json) {
    return new JsonRateDatasetSource(
        name,
        () ->
            new java.io.ByteArrayInputStream(
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Override
  public RateDataset load() {
    DatasetJson json;
    try (InputStream in = opener.open()) {
      json = MAPPER.readValue(in, DatasetJson.class);
    } catch (NoSuchFileException e) {
      throw new DatasetLoadException(name, "$", "file not found");
    } catch (JsonMappingException e) {
      throw new DatasetLoadException(name, jsonPath(e), mappingFault(e));
    } catch (JsonProcessingException e) {
      throw new DatasetLoadException(name, "$", "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    if (json == null) {
      throw new DatasetLoadException(name, "$", "the file is empty");
    }
    try {
      return toDomain(json);
    } catch (InvalidDatasetException e) {
      throw new DatasetLoadException(name, e.path(), e.fault());
    }
  }

  private static RateDataset toDomain(DatasetJson json) {
    return new RateDataset(
        required(json.title(), "$.title"),
        required(json.vintage(), "$.vintage"),
        json.context() == null
            ? MarketContext.none()
            : new MarketContext(
                orEmpty(json.context().factors()),
                orEmpty(json.context().highestPayingIndustries()),
                json.context().trend()),
        map(json.levels(), "$.levels", JsonRateDatasetSource::level),
        map(json.technologies(), "$.technologies", JsonRateDatasetSource::technology),
        json.technologiesWithoutData() == null ? List.of() : json.technologiesWithoutData(),
        map(json.regions(), "$.regions", JsonRateDatasetSource::region),
        countryAliases(json.countryAliases()),
        map(json.sources(), "$.sources", JsonRateDatasetSource::source),
        map(json.tables(), "$.tables", JsonRateDatasetSource::table));
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

  private static java.util.Map<String, String> countryAliases(java.util.Map<String, String> json) {
    java.util.Map<String, String> aliases = new java.util.TreeMap<>();
    if (json != null) {
      json.forEach(
          (name, code) ->
              aliases.put(
                  name.toLowerCase(Locale.ROOT),
                  required(code, "$.countryAliases." + name).toUpperCase(Locale.ROOT)));
    }
    return aliases;
  }

  private static Source source(SourceJson s, String path) {
    return guard(
        path,
        () ->
            new Source(
                required(s.id(), path + ".id"),
                required(s.name(), path + ".name"),
                required(s.vintage(), path + ".vintage"),
                s.via(),
                s.covers()));
  }

  private static RateTable table(TableJson t, String path) {
    String id = required(t.id(), path + ".id");
    List<Observation> rows = new ArrayList<>();
    List<RowJson> jsonRows = t.rows() == null ? List.of() : t.rows();
    for (int i = 0; i < jsonRows.size(); i++) {
      rows.add(row(id, jsonRows.get(i), path + ".rows[" + i + "]"));
    }
    return guard(
        path,
        () ->
            new RateTable(
                id,
                required(t.title(), path + ".title"),
                constant(TableKind.class, t.kind(), path + ".kind"),
                constant(Unit.class, t.unit(), path + ".unit"),
                t.place(),
                t.sources() == null ? List.of() : t.sources(),
                rows));
  }

  private static Observation row(String table, RowJson r, String path) {
    return guard(
        path,
        () ->
            new Observation(
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
      return Enum.valueOf(type, value);
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
  private static <T> T guard(String path, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new InvalidDatasetException(path, e.getMessage());
    }
  }

  private static String jsonPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
      }
    }
    return path.toString();
  }

  private static String mappingFault(JsonMappingException e) {
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
      return "unknown key '" + u.getPropertyName() + "'";
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
        && m.getTargetType() != null) {
      return "expected " + describe(m.getTargetType());
    }
    return e.getOriginalMessage();
  }

  private static String describe(Class<?> type) {
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type == Boolean.class) {
      return "true or false";
    }
    return "an object";
  }

  @FunctionalInterface
  private interface Opener {
    InputStream open() throws IOException;
  }
}
