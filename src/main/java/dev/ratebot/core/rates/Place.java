package dev.ratebot.core.rates;

import java.util.Objects;

/**
 * A populated place users may name, e.g. Austin in the United States.
 *
 * @param name the place's name as the gazetteer spells it, e.g. "São Paulo"
 * @param asciiName the name in plain ASCII where the gazetteer gives one, else empty
 * @param countryCode the ISO 3166 alpha-2 code of its country, upper case (or a user-assigned code
 *     the gazetteer uses, such as XK for Kosovo)
 * @param population its population, for choosing among places of one name
 */
public record Place(String name, String asciiName, String countryCode, long population) {
  public Place {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a place needs a name");
    }
    asciiName = asciiName == null ? "" : asciiName;
    Objects.requireNonNull(countryCode, "countryCode");
    if (countryCode.length() != 2
        || !Character.isUpperCase(countryCode.charAt(0))
        || !Character.isUpperCase(countryCode.charAt(1))) {
      throw new IllegalArgumentException(
          "place " + name + ": '" + countryCode + "' is not a two-letter country code");
    }
    if (population < 0) {
      throw new IllegalArgumentException("place " + name + ": negative population");
    }
  }
}
