package dev.ratebot.core.query;

import dev.ratebot.core.query.ParseResult.Ask;
import dev.ratebot.core.query.ParseResult.Rejected;
import dev.ratebot.core.rates.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed options (Discord's {@code level}, {@code technology} and {@code region}) filling a query's
 * slots directly, while the free text fills the rest. Each option is read with the parser's own
 * vocabulary (so "brazil" works as a region) and must name its slot; an option and the text naming
 * different values for one slot is a problem that names both.
 */
final class TypedOptions {
  /** The option names, in the order they are applied. */
  static final List<String> SLOTS = List.of("level", "technology", "region");

  private TypedOptions() {}

  static ParseResult apply(
      ParseResult fromText, Map<String, String> options, Function<String, ParseResult> read) {
    if (!(fromText instanceof Ask ask)) {
      return fromText;
    }
    Query query = ask.query();
    for (String slot : SLOTS) {
      String value = options.get(slot);
      if (value == null || value.isBlank()) {
        continue;
      }
      ParseResult option = read.apply(value);
      if (option instanceof Rejected rejected) {
        return rejected;
      }
      Query typed = ((Ask) option).query();
      Optional<String> typedValue = value(typed, slot);
      if (typedValue.isEmpty() || namesOtherSlots(typed, slot)) {
        return new Rejected(
            "The " + slot + " option '" + clip(value) + "' is not a " + slot + ".", List.of());
      }
      Optional<String> textValue = value(query, slot);
      if (textValue.isPresent() && !textValue.equals(typedValue)) {
        return new Rejected(
            "The "
                + slot
                + " option says "
                + typedValue.get()
                + " but the question says "
                + textValue.get()
                + "; pick one.",
            List.of(
                typedValue.get().toLowerCase(Locale.ROOT),
                textValue.get().toLowerCase(Locale.ROOT)));
      }
      query = fill(query, typed, slot);
    }
    return new Ask(query);
  }

  private static Optional<String> value(Query query, String slot) {
    return switch (slot) {
      case "level" -> query.level().map(Term::label);
      case "technology" -> query.technology().map(Term::label).or(query::technologyWithoutData);
      default -> query.region().map(Term::label);
    };
  }

  private static boolean namesOtherSlots(Query query, String slot) {
    return SLOTS.stream().filter(s -> !s.equals(slot)).anyMatch(s -> value(query, s).isPresent());
  }

  private static Query fill(Query query, Query typed, String slot) {
    List<String> notes = new ArrayList<>(typed.notes());
    query.notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
    boolean region = slot.equals("region");
    boolean technology = slot.equals("technology");
    return new Query(
        slot.equals("level") ? typed.level() : query.level(),
        technology ? typed.technology() : query.technology(),
        technology ? typed.technologyWithoutData() : query.technologyWithoutData(),
        region ? typed.region() : query.region(),
        region ? typed.country().or(query::country) : query.country(),
        notes,
        query.quantities());
  }

  private static String clip(String value) {
    String plain = value.strip();
    return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
  }
}
