package dev.ratebot.core.rates;

import java.util.Objects;

/**
 * Where figures come from.
 *
 * @param id the key tables refer to, e.g. "payscale"
 * @param name e.g. "Payscale"
 * @param vintage the year the data describes, e.g. "2023"
 * @param via where the bot read it, e.g. the article that cites it
 * @param covers what it covers, in a few words
 */
public record Source(String id, String name, String vintage, String via, String covers) {
  public Source {
    Term.check(id, name);
    Objects.requireNonNull(vintage, "vintage");
    via = via == null ? "" : via;
    covers = covers == null ? "" : covers;
  }
}
