package dev.ratebot.core.rates;

import java.util.List;

/**
 * A region rates are quoted for, with the countries that belong to it.
 *
 * @param id the stable key, e.g. "latin-america"
 * @param label what users see, e.g. "Latin America"
 * @param aliases other words users type for it, lower case
 * @param countries ISO 3166 alpha-2 codes of member countries, upper case
 */
public record Region(String id, String label, List<String> aliases, List<String> countries)
    implements Term {
  public Region {
    Term.check(id, label);
    aliases = List.copyOf(aliases);
    countries = List.copyOf(countries);
  }
}
