package dev.ratebot.core.rates;

import java.util.Comparator;
import java.util.List;

/**
 * The cities ratebot recognises, most populous first, so that a place a user names is known (and
 * mapped to its country) rather than guessed or corrected into another word.
 *
 * @param cities every city, most populous first
 */
public record Places(List<Place> cities) {
  public Places {
    cities =
        cities.stream().sorted(Comparator.comparingLong(Place::population).reversed()).toList();
  }
}
