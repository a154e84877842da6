package dev.ratebot.adapter.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ratebot.core.rates.InvalidDatasetException;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateDatasetSource;
import dev.ratebot.core.rates.RateSource;
import dev.ratebot.core.rates.Taxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a dataset from JSON (a file, or the copy bundled in the jar) and validates it. Every fault
 * is reported as a {@link DatasetLoadException} naming the file, the JSON path and the fault.
 */
public final class JsonRateDatasetSource implements RateDatasetSource {
  /** Where the bundled copy of {@code config/rates.json} lives on the class path. */
  public static final String BUNDLED_RESOURCE = "/ratebot/rates.json";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
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
    byte[] bytes;
    try (InputStream in = opener.open()) {
      bytes = in.readAllBytes();
    } catch (NoSuchFileException e) {
      throw new DatasetLoadException(name, "$", "file not found");
    } catch (IOException e) {
      throw new DatasetLoadException(name, "$", "cannot be read: " + e.getMessage());
    }
    DatasetJson json;
    try {
      json = MAPPER.readValue(bytes, DatasetJson.class);
    } catch (JsonMappingException e) {
      throw new DatasetLoadException(name, jsonPath(e), mappingFault(e));
    } catch (JsonProcessingException e) {
      throw new DatasetLoadException(name, "$", "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new DatasetLoadException(name, "$", "cannot be read: " + e.getMessage());
    }
    if (json == null) {
      throw new DatasetLoadException(name, "$", "the file is empty");
    }
    try {
      if (json.taxonomy() == null) {
        throw new InvalidDatasetException(
            "$.taxonomy", "missing: the dataset needs the levels, technologies and regions");
      }
      Taxonomy taxonomy = DatasetMapper.taxonomy(json.taxonomy());
      RateSource source = DatasetMapper.source(json.source());
      return new RateDataset(taxonomy, List.of(source), version(bytes));
    } catch (InvalidDatasetException e) {
      throw new DatasetLoadException(name, e.location(), e.fault());
    }
  }

  /** The first eight hex digits of the SHA-256 of the content: short, and changes with any edit. */
  static String version(byte[] content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
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
