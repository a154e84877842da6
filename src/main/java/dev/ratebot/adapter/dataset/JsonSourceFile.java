package dev.ratebot.adapter.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.ratebot.core.rates.InvalidDatasetException;
import dev.ratebot.core.rates.RateSource;
import dev.ratebot.core.rates.SourceLocation;
import dev.ratebot.core.rates.Taxonomy;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A dataset file in the bundled JSON shape: one source and, optionally, a taxonomy. Strict: a key
 * twice, an unknown key, a string where a number belongs (or the reverse), a fraction where a whole
 * number belongs, trailing content and strings over {@link #MAX_STRING} characters are refused.
 * Every place is named as a JSON path, e.g. {@code $.source.tables[1].rows[2].level}.
 */
final class JsonSourceFile implements SourceFile {
  /** The longest string value read; the longest in the bundled dataset is under 500 characters. */
  static final int MAX_STRING = 100_000;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxStringLength(MAX_STRING).build())
                  .build())
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .withCoercionConfig(
              LogicalType.Textual,
              text ->
                  text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .build();

  private final String name;
  private final DatasetJson json;

  private JsonSourceFile(String name, DatasetJson json) {
    this.name = name;
    this.json = json;
  }

  /** Parses the file's bytes; a fault names the file and its JSON path. */
  static JsonSourceFile parse(String name, byte[] bytes) {
    if (isBlank(bytes)) {
      throw DatasetLoadException.ofFile(name, "the file is empty");
    }
    DatasetJson json;
    try {
      json = MAPPER.readValue(bytes, DatasetJson.class);
    } catch (JsonMappingException e) {
      // Databind wraps a fault of the text itself; report that at the parser's position.
      if (e.getCause() instanceof JsonProcessingException cause
          && !(cause instanceof JsonMappingException)) {
        throw parseFault(name, cause, jsonPath(e));
      }
      throw new DatasetLoadException(name, jsonPath(e), mappingFault(e));
    } catch (JsonProcessingException e) {
      throw parseFault(name, e, "$");
    } catch (IOException e) {
      throw DatasetLoadException.ofFile(name, "cannot be read: " + e.getMessage());
    }
    if (json == null) {
      throw DatasetLoadException.ofFile(name, "the file is empty");
    }
    if (json.source() == null) {
      throw new DatasetLoadException(name, "$.source", "missing (required)");
    }
    return new JsonSourceFile(name, json);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<Taxonomy> taxonomy() {
    if (json.taxonomy() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(DatasetMapper.taxonomy(json.taxonomy()));
    } catch (InvalidDatasetException e) {
      throw refuse(e);
    }
  }

  @Override
  public RateSource source(Taxonomy taxonomy) {
    try {
      return DatasetMapper.source(json.source());
    } catch (InvalidDatasetException e) {
      throw refuse(e);
    }
  }

  @Override
  public String render(InvalidDatasetException fault) {
    if (fault.at().isPresent()) {
      return sourcePath(fault.at().get());
    }
    if (fault.location().startsWith("$")) {
      return fault.location();
    }
    return TaxonomyPaths.render(fault.location(), json.taxonomy());
  }

  /** {@code $.source.tables[0].rows[2].level} for table 1, row 3, field level. */
  static String sourcePath(SourceLocation at) {
    StringBuilder path = new StringBuilder("$.source");
    if (at.table() != null) {
      path.append(".tables[").append(at.tableNumber() - 1).append(']');
    }
    if (at.row() > 0) {
      path.append(".rows[").append(at.row() - 1).append(']');
    }
    if (at.field() != null) {
      path.append('.').append(at.field());
    }
    return path.toString();
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  // The parser's position names the key it was reading; a constraint fault has only the caller's.
  private static DatasetLoadException parseFault(
      String name, JsonProcessingException e, String pathOtherwise) {
    return new DatasetLoadException(
        name,
        e.getProcessor() instanceof JsonParser ? contextPath(e) : pathOtherwise,
        e instanceof StreamConstraintsException c ? constraintFault(c) : syntaxFault(e));
  }

  private static String jsonPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        path.append(TaxonomyPaths.key(ref.getFieldName()));
      }
    }
    return path.toString();
  }

  // The path of the value the parser was reading when it stopped.
  private static String contextPath(JsonProcessingException e) {
    JsonParser parser = (JsonParser) e.getProcessor();
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = parser.getParsingContext(); c != null; c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.push(TaxonomyPaths.key(c.getCurrentName()));
      }
    }
    return "$" + String.join("", parts);
  }

  private static String mappingFault(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown key '" + u.getPropertyName() + "'";
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "expected " + describe(m.getTargetType()) + found(m);
    }
    return firstLine(e.getOriginalMessage());
  }

  private static String found(MismatchedInputException m) {
    String message = m.getOriginalMessage();
    if (message.contains("String value")) {
      return ", not a string";
    }
    if (m.getTargetType() == String.class
        && (message.contains("Integer value") || message.contains("Floating-point value"))) {
      return ", not a number";
    }
    if (message.contains("Floating-point value")) {
      return ", not a fraction";
    }
    return "";
  }

  private static String constraintFault(StreamConstraintsException e) {
    String message = firstLine(e.getOriginalMessage());
    if (message.startsWith("String value length")) {
      return "a string over " + String.format(Locale.ROOT, "%,d", MAX_STRING) + " characters";
    }
    if (message.startsWith("Number value length")) {
      return "a number with too many digits";
    }
    if (message.contains("nesting depth")) {
      return "nested too deeply";
    }
    return message;
  }

  private static String syntaxFault(JsonProcessingException e) {
    String message = firstLine(e.getOriginalMessage());
    if (message.startsWith("Duplicate field ")) {
      return "the key " + message.substring("Duplicate field ".length()) + " appears twice";
    }
    if (message.startsWith("Non-standard token")) {
      return "not a number: figures must be finite numbers (" + message.replaceAll(":.*", "") + ")";
    }
    JsonLocation at = e.getLocation();
    String where =
        at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    return "not valid JSON" + where + ": " + message;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown fault";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static String describe(Class<?> type) {
    if (type == Integer.class || type == int.class) {
      return "a whole number";
    }
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
}
