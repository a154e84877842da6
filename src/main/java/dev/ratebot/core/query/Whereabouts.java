package dev.ratebot.core.query;

import dev.ratebot.core.query.Gazetteer.Named;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The places one message names, and what they add up to. Countries and regions named explicitly win
 * over cities (a city is the weakest evidence, and is dropped with a note when it disagrees); a
 * city name shared by several places is read as the most populous one, with a note; a place outside
 * every region is a problem naming the regions covered; a covered place is answered with its
 * region's figures, and the answer says so.
 */
final class Whereabouts {
  private final RateDataset dataset;
  private final Map<String, String> countries = new LinkedHashMap<>();
  private final List<CityMention> cities = new ArrayList<>();

  Whereabouts(RateDataset dataset) {
    this.dataset = dataset;
  }

  void country(String code, String name) {
    countries.putIfAbsent(code, name);
  }

  void city(String typed, List<Named> places) {
    cities.add(new CityMention(typed, places));
  }

  boolean isEmpty() {
    return countries.isEmpty() && cities.isEmpty();
  }

  /** How many places were named. */
  int size() {
    return countries.size() + cities.size();
  }

  /**
   * Resolves the places named, given the regions named explicitly. A place without data is a
   * problem, unless {@code comparing}: then it is listed in {@link Resolved#withoutData()}.
   */
  Resolved resolve(Set<Region> namedRegions, boolean comparing) {
    List<String> uncovered =
        countries.entrySet().stream()
            .filter(c -> dataset.regionOfCountry(c.getKey()).isEmpty())
            .map(Map.Entry::getValue)
            .toList();
    if (!uncovered.isEmpty() && !comparing) {
      return Resolved.problem(noData(String.join(" or ", uncovered)));
    }
    List<String> withoutData = new ArrayList<>(uncovered);
    Map<String, Region> placed = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    List<Named> chosen = new ArrayList<>();
    for (CityMention mention : cities) {
      List<Named> fitting = fitting(mention.places(), namedRegions);
      if (fitting.isEmpty()) {
        notes.add(
            "Not reading '"
                + mention.typed()
                + "' as "
                + mention.places().get(0).described()
                + ": you named "
                + namedPlaces(namedRegions)
                + ".");
        continue;
      }
      Named pick = fitting.get(0);
      if (fitting.stream().map(Named::countryCode).distinct().count() > 1) {
        notes.add(
            "Taking "
                + Words.capitalised(mention.typed())
                + " as "
                + pick.name()
                + ", "
                + pick.countryName()
                + ", the largest place of that name.");
      }
      Optional<Region> region = dataset.regionOfCountry(pick.countryCode());
      if (region.isEmpty() && !comparing) {
        return Resolved.problem(noData(pick.described()));
      } else if (region.isEmpty()) {
        withoutData.add(pick.described());
        continue;
      }
      placed.put(PlaceOrder.cityKey(mention.typed()), region.get());
      chosen.add(pick);
    }
    Set<Region> regions = new LinkedHashSet<>();
    for (String code : countries.keySet()) {
      dataset.regionOfCountry(code).ifPresent(regions::add);
      dataset.regionOfCountry(code).ifPresent(r -> placed.put(PlaceOrder.countryKey(code), r));
    }
    chosen.forEach(p -> dataset.regionOfCountry(p.countryCode()).ifPresent(regions::add));
    Set<Region> all = new LinkedHashSet<>(namedRegions);
    all.addAll(regions);
    Optional<String> title = Optional.empty();
    if (all.size() == 1 && !regions.isEmpty()) {
      String region = all.iterator().next().label();
      if (chosen.size() == 1 && countries.size() <= 1) {
        Named city = chosen.get(0);
        title = Optional.of(city.name() + ", " + city.countryName());
        notes.add(shownWith(city.described(), false, region, city.name() + "-specific ones"));
      } else if (chosen.isEmpty() && countries.size() == 1) {
        String country = countries.values().iterator().next();
        title = Optional.of(country);
        notes.add(shownWith(country, false, region, country + "-specific ones"));
      } else {
        List<String> names = new ArrayList<>(countries.values());
        chosen.forEach(c -> names.add(c.described()));
        notes.add(shownWith(Words.and(names), true, region, "place-specific ones"));
      }
    } else if (all.size() > 1) {
      countries.forEach((code, name) -> noteEach(name, code, name, notes));
      chosen.forEach(c -> noteEach(c.described(), c.countryCode(), c.name(), notes));
    }
    return new Resolved(Optional.empty(), regions, title, notes, placed, withoutData);
  }

  // In a comparison, each place named is said to be shown with its own region's figures.
  private void noteEach(String place, String code, String name, List<String> notes) {
    dataset
        .regionOfCountry(code)
        .ifPresent(r -> notes.add(shownWith(place, false, r.label(), name + "-only ones")));
  }

  // The places of a city's name that agree with the countries and regions named explicitly.
  private List<Named> fitting(List<Named> places, Set<Region> namedRegions) {
    if (!countries.isEmpty()) {
      return places.stream().filter(p -> countries.containsKey(p.countryCode())).toList();
    }
    if (!namedRegions.isEmpty()) {
      return places.stream()
          .filter(
              p ->
                  dataset
                      .regionOfCountry(p.countryCode())
                      .filter(namedRegions::contains)
                      .isPresent())
          .toList();
    }
    return places;
  }

  private String namedPlaces(Set<Region> namedRegions) {
    return countries.isEmpty()
        ? Words.and(namedRegions.stream().map(Region::label).toList())
        : Words.and(List.copyOf(countries.values()));
  }

  private static String shownWith(String place, boolean plural, String region, String notWhat) {
    return place
        + (plural ? " are" : " is")
        + " shown with the "
        + region
        + " figures (ratebot's grouping of countries), not "
        + notWhat
        + ".";
  }

  private String noData(String place) {
    return "No data for "
        + place
        + ": ratebot covers "
        + Words.and(dataset.regions().stream().map(Region::label).toList())
        + ".";
  }

  /**
   * A city named, with every place of that name, most populous first.
   *
   * @param typed the words as typed
   * @param places the places of that name
   */
  record CityMention(String typed, List<Named> places) {}

  /**
   * What the places of a message add up to.
   *
   * @param problem why the question cannot be answered, if it cannot
   * @param regions the regions the places imply
   * @param title the one place to name in the answer's title, if there is one
   * @param notes what the answer should say about the places
   * @param placed each place's region, by mention ("c:" and a country code, "t:" and a city as
   *     typed), so a comparison keeps the order the places were named in
   * @param withoutData places named for a comparison that no region covers
   */
  record Resolved(
      Optional<String> problem,
      Set<Region> regions,
      Optional<String> title,
      List<String> notes,
      Map<String, Region> placed,
      List<String> withoutData) {
    static Resolved problem(String problem) {
      return new Resolved(
          Optional.of(problem), Set.of(), Optional.empty(), List.of(), Map.of(), List.of());
    }
  }
}
