package dev.ratebot.core.reply;

import java.util.Objects;

/**
 * A source behind the figures of an answer.
 *
 * @param name the source, e.g. "Payscale"
 * @param vintage the year its data describes, e.g. "2023"
 * @param via where the bot read it, e.g. the article that cites it
 */
public record Citation(String name, String vintage, String via) {
  public Citation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(vintage, "vintage");
    via = via == null ? "" : via;
  }

  /** "Payscale (2023), via ProCoders …". */
  public String text() {
    return name + " (" + vintage + ")" + (via.isEmpty() ? "" : ", via " + via);
  }
}
