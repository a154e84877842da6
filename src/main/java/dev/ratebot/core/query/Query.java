package dev.ratebot.core.query;

import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.Technology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rate question as the parser understood it. Every dimension is optional: what the user left out
 * is shown across its values rather than guessed.
 *
 * @param level the level asked for, if any
 * @param technology the technology asked for, if the dataset has figures for it
 * @param technologyWithoutData a technology named that has no figures (e.g. "java"), if any
 * @param region the region asked for or implied by a place, if any
 * @param country the one place that implied the region, as titles name it: a country ("Brazil") or
 *     a city with its country ("Austin, United States"), if one was named
 * @param notes what the parser assumed, mapped or did not use, one sentence each (e.g. "Assuming
 *     python for 'pyhton'.")
 * @param quantities the amounts, currencies, periods and head counts typed, kept for the commands
 *     that will use them
 * @param comparison the regions or levels the question compares, {@link Comparison#NONE} if none;
 *     {@code region} and {@code level} then hold the first of them
 */
public record Query(
    Optional<Level> level,
    Optional<Technology> technology,
    Optional<String> technologyWithoutData,
    Optional<Region> region,
    Optional<String> country,
    List<String> notes,
    Quantities quantities,
    Comparison comparison) {

  /** A query naming nothing: every dimension is shown across its values. */
  public static final Query EMPTY =
      new Query(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of(),
          Quantities.NONE,
          Comparison.NONE);

  /** The same question with one more note. */
  public Query withNote(String note) {
    List<String> more = new java.util.ArrayList<>(notes);
    more.add(note);
    return new Query(
        level, technology, technologyWithoutData, region, country, more, quantities, comparison);
  }

  /** A query that compares nothing. */
  public Query(
      Optional<Level> level,
      Optional<Technology> technology,
      Optional<String> technologyWithoutData,
      Optional<Region> region,
      Optional<String> country,
      List<String> notes,
      Quantities quantities) {
    this(
        level,
        technology,
        technologyWithoutData,
        region,
        country,
        notes,
        quantities,
        Comparison.NONE);
  }

  public Query {
    notes = List.copyOf(notes);
    java.util.Objects.requireNonNull(quantities, "quantities");
    java.util.Objects.requireNonNull(comparison, "comparison");
    if (technology.isPresent() && technologyWithoutData.isPresent()) {
      throw new IllegalArgumentException("a query names one technology at most");
    }
    if (country.isPresent() && region.isEmpty()) {
      throw new IllegalArgumentException("a country implies its region");
    }
  }

  public Query withLevel(Level newLevel) {
    return new Query(
        Optional.of(newLevel),
        technology,
        technologyWithoutData,
        region,
        country,
        notes,
        quantities,
        comparison);
  }

  public Query withRegion(Region newRegion) {
    return new Query(
        level,
        technology,
        technologyWithoutData,
        Optional.of(newRegion),
        Optional.empty(),
        notes,
        quantities,
        comparison);
  }

  /** This query without a region or place, for answers across regions. */
  public Query withoutRegion() {
    return new Query(
        level,
        technology,
        technologyWithoutData,
        Optional.empty(),
        Optional.empty(),
        notes,
        quantities,
        comparison);
  }

  /** This query without its comparison: one region or level, the first compared. */
  public Query single() {
    return new Query(level, technology, technologyWithoutData, region, country, notes, quantities);
  }

  /**
   * The query as words the parser reads back to the same query, e.g. "senior python brazil".
   * Refinement menus and share buttons carry this text.
   */
  public String canonicalText() {
    List<String> words = new ArrayList<>();
    if (comparison.levels().isEmpty()) {
      level.ifPresent(l -> words.add(l.id()));
    }
    technology.ifPresent(t -> words.add(t.id()));
    technologyWithoutData.ifPresent(words::add);
    if (!comparison.regions().isEmpty()) {
      words.add(String.join(" vs ", comparison.regions().stream().map(Region::id).toList()));
    } else if (country.isPresent()) {
      words.add(country.get().toLowerCase(java.util.Locale.ROOT));
    } else {
      region.ifPresent(r -> words.add(r.id()));
    }
    if (!comparison.levels().isEmpty()) {
      words.add(String.join(" vs ", comparison.levels().stream().map(Level::id).toList()));
    }
    shownIn().ifPresent(currency -> words.add("in " + currency.toLowerCase(java.util.Locale.ROOT)));
    return String.join(" ", words);
  }

  /**
   * The currency the question asked its figures in: one it named ("in eur"), else its amount's
   * ("€45/h"); empty for the install's own. Part of the canonical text, so a menu, "Why?" or a
   * shared range asked from an answer keeps its currency.
   */
  public Optional<String> shownIn() {
    return shownIn(List.of(this));
  }

  /** The currency the groups of a team question asked in: the first named, else the first typed. */
  public static Optional<String> shownIn(List<Query> groups) {
    return groups.stream()
        .flatMap(q -> q.quantities().currencies().stream())
        .findFirst()
        .or(
            () ->
                groups.stream()
                    .flatMap(q -> q.quantities().amounts().stream())
                    .map(Quantities.Amount::currency)
                    .flatMap(Optional::stream)
                    .findFirst());
  }
}
