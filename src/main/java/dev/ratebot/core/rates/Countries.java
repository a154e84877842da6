package dev.ratebot.core.rates;

import java.util.Locale;
import java.util.Set;

/**
 * Country names from the JDK's ISO 3166 list, so the dataset names member countries by code and
 * nobody hand-types a country table.
 */
public final class Countries {
  private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

  private Countries() {}

  /** True for an upper-case ISO 3166 alpha-2 code the JDK knows. */
  public static boolean isIsoCode(String code) {
    return ISO_CODES.contains(code);
  }

  /** The English name of a country, e.g. "Brazil" for "BR". */
  public static String englishName(String isoCode) {
    return new Locale("", isoCode).getDisplayCountry(Locale.ENGLISH);
  }
}
