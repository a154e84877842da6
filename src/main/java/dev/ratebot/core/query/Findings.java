package dev.ratebot.core.query;

import dev.ratebot.core.query.Gazetteer.Named;
import dev.ratebot.core.query.ParseResult.Ask;
import dev.ratebot.core.query.ParseResult.Rejected;
import dev.ratebot.core.query.Vocabulary.Meaning;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.Technology;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What the words of one message named, and the query (or problem) they add up to. */
final class Findings {
  final Set<Level> levels = new LinkedHashSet<>();
  final Set<Technology> technologies = new LinkedHashSet<>();
  final Set<String> withoutData = new LinkedHashSet<>();
  final Set<Region> regions = new LinkedHashSet<>();
  final Set<String> roles = new LinkedHashSet<>();
  final Set<String> broad = new LinkedHashSet<>();
  private final Set<String> industries = new java.util.HashSet<>();
  final List<String> notes = new ArrayList<>();
  final List<String> unknown = new ArrayList<>();
  final Set<String> suggestions = new LinkedHashSet<>();
  final List<String> currencies = new ArrayList<>();
  private final Whereabouts where;
  private final RateDataset dataset;
  private final Vocabulary vocabulary;
  private Quantities quantities;
  private boolean lowerCaseUs;
  boolean askedForSalary;
  boolean askedForPartTime;
  private boolean comparisons;
  private boolean comparing;
  private final PlaceOrder order = new PlaceOrder();

  Findings(RateDataset dataset, Vocabulary vocabulary, Quantities quantities) {
    this.dataset = dataset;
    this.vocabulary = vocabulary;
    this.where = new Whereabouts(dataset);
    this.quantities = quantities;
  }

  /** An industry word: noted with what the market source says about it, once per industry. */
  void industry(String typed, String industry) {
    if (!industries.add(industry)) {
      return; // "fintech banking": one note for finance
    }
    var market = dataset.market();
    // "per the article" → "the article": the note's subject.
    String attribution = market.context().attribution().replaceFirst("^per ", "");
    String whose = attribution.isEmpty() ? "the source" : attribution;
    notes.add(IndustryWords.note(typed, industry, market.context(), whose));
  }

  void add(Meaning meaning, String typed) {
    switch (meaning.kind()) {
      case LEVEL -> dataset.level(meaning.id()).ifPresent(levels::add);
      case TECHNOLOGY -> dataset.technology(meaning.id()).ifPresent(technologies::add);
      case TECHNOLOGY_WITHOUT_DATA -> withoutData.add(meaning.id());
      case REGION -> {
        dataset.region(meaning.id()).ifPresent(regions::add);
        order.region(meaning.id());
      }
      case COUNTRY -> {
        if (typed.equals("us")) {
          lowerCaseUs =
              true; // "cost us" is usually a pronoun; used only if nothing else says where
        } else {
          where.country(meaning.id(), vocabulary.countryName(meaning.id()));
          order.country(meaning.id());
        }
      }
      case ROLE -> roles.add(meaning.id());
      case BROAD_REGION -> broad.add(meaning.id());
      case FILLER -> {}
    }
    if (!meaning.note().isEmpty() && !notes.contains(meaning.note())) {
      notes.add(meaning.note());
    }
  }

  /** A place of the gazetteer, named by the words {@code typed}. */
  void place(String typed, List<Named> places) {
    Named first = places.get(0);
    if (first.country()) {
      where.country(first.countryCode(), first.name());
      order.country(first.countryCode());
    } else {
      where.city(typed, places);
      order.city(typed);
    }
  }

  /**
   * Whether a comparison can be answered at all, and whether the question is one already (the
   * compare command, or "vs" typed).
   */
  void comparisons(boolean answered, boolean asked) {
    comparisons = answered;
    comparing = asked;
  }

  /** "vs" or "versus" was typed. */
  void comparing() {
    comparing = true;
  }

  ParseResult toResult() {
    if (!roles.isEmpty()) {
      return new Rejected(Roles.problem(roles), List.of());
    }
    if (!broad.isEmpty() && regions.isEmpty() && where.isEmpty()) {
      return new Rejected(BroadRegions.problem(broad, dataset), List.of());
    }
    broad.forEach(unknown::add);
    if (lowerCaseUs && regions.isEmpty() && where.isEmpty()) {
      where.country("US", vocabulary.countryName("US"));
    }
    boolean lenient = comparisons && (comparing || regions.size() + where.size() > 1);
    Whereabouts.Resolved place = where.resolve(regions, lenient);
    if (place.problem().isPresent()) {
      return new Rejected(place.problem().get(), List.of());
    }
    regions.addAll(place.regions());
    comparing =
        comparisons
            && (comparing
                || regions.size() > 1
                || (levels.size() > 1 && regions.size() == 1)
                || !place.withoutData().isEmpty());
    // Levels are compared in one region; anywhere else two levels are a conflict, as without vs.
    if (levels.size() > 1 && (!comparing || regions.size() != 1)) {
      return conflict("level", levels.stream().map(Level::label).toList());
    }
    if (regions.size() > 1 && !comparing) {
      return conflict("region", regions.stream().map(Region::label).toList());
    }
    if (technologies.size() > 1) {
      return conflict("technology", technologies.stream().map(Technology::label).toList());
    }
    Optional<String> otherTechnology = Optional.empty();
    if (technologies.isEmpty() && withoutData.size() > 1) {
      return conflict("technology", List.copyOf(withoutData));
    } else if (technologies.isEmpty() && withoutData.size() == 1) {
      otherTechnology = Optional.of(withoutData.iterator().next());
    } else if (!technologies.isEmpty() && !withoutData.isEmpty()) {
      notes.add(
          "Using "
              + technologies.iterator().next().label()
              + " figures; there are none for "
              + String.join(", ", withoutData)
              + ".");
    }
    boolean namedNothing =
        levels.isEmpty() && technologies.isEmpty() && withoutData.isEmpty() && regions.isEmpty();
    if (!unknown.isEmpty() && namedNothing) {
      return new Rejected(
          "I don't know " + quoted(unknown) + ". Ask like: senior python latam.",
          List.copyOf(suggestions));
    }
    List<String> allNotes = new ArrayList<>(notes);
    allNotes.addAll(place.notes());
    if (askedForSalary && !regions.isEmpty()) {
      allNotes.add(
          "You asked about salaries: the data has salaries for the United States only (ask without"
              + " a place to see them); the figures here are contract rates, what a client pays.");
    }
    if (askedForPartTime) {
      allNotes.add("Not used: part-time (the costs shown are for full-time work).");
    }
    if (!unknown.isEmpty()) {
      allNotes.add(
          "Ignored "
              + quoted(unknown)
              + (suggestions.isEmpty()
                  ? ""
                  : " (did you mean " + String.join(", ", suggestions) + "?)")
              + ".");
    }
    if (!currencies.isEmpty()) {
      List<String> named = new ArrayList<>(quantities.currencies());
      named.addAll(currencies);
      quantities =
          new Quantities(quantities.amounts(), named, quantities.periods(), quantities.counts());
    }
    return new Ask(
        new Query(
            levels.stream().findFirst(),
            technologies.stream().findFirst(),
            otherTechnology,
            ordered(place).stream().findFirst(),
            place.title(),
            allNotes,
            quantities,
            comparison(place)));
  }

  private Comparison comparison(Whereabouts.Resolved place) {
    if (!comparing) {
      return Comparison.NONE;
    }
    return levels.size() > 1
        ? new Comparison(List.of(), List.copyOf(levels), List.of())
        : new Comparison(ordered(place), List.of(), place.withoutData());
  }

  private List<Region> ordered(Whereabouts.Resolved place) {
    return order.ordered(dataset, place.placed(), regions);
  }

  private static Rejected conflict(String dimension, List<String> values) {
    return new Rejected(
        "Pick one " + dimension + " at a time: " + String.join(" or ", values) + ".",
        values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList());
  }

  // Echo at most a few short words back: the reply must stay short whatever was typed.
  private static String quoted(List<String> words) {
    String shown =
        words.stream()
            .limit(5)
            .map(w -> "'" + (w.length() > 30 ? w.substring(0, 30) + "…" : w) + "'")
            .collect(Collectors.joining(", "));
    return words.size() > 5 ? shown + " and " + (words.size() - 5) + " more" : shown;
  }
}
