package dev.ratebot.core.rates;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where a source says its figures come from: a survey it cites, or its own price list.
 *
 * @param id the key tables refer to, e.g. "payscale"
 * @param name e.g. "Payscale"
 * @param kind what kind of publisher it is, e.g. "salary survey", "vendor's own prices"
 * @param vintage the year the data describes, e.g. "2023"
 * @param covers what it covers, in a few words
 * @param sampleSize how many salaries or rates stand behind it, when the source says
 */
public record Origin(
    String id, String name, String kind, String vintage, String covers, OptionalInt sampleSize) {
  public Origin {
    Term.check(id, name);
    Objects.requireNonNull(vintage, "vintage");
    Objects.requireNonNull(sampleSize, "sampleSize");
    kind = kind == null ? "" : kind;
    covers = covers == null ? "" : covers;
  }
}
