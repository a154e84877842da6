package dev.ratebot.core.reply;

import java.util.Objects;

/**
 * One headline figure of an answer, already formatted, e.g. {@code "Hourly" → "$62–89/h"}.
 *
 * @param label what the figure is
 * @param value the formatted figure
 * @param basis observed, estimate or equivalent
 * @param detail where it comes from or how it was derived, in a few words; may be empty
 */
public record KeyFigure(String label, String value, Basis basis, String detail) {
  public KeyFigure {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(basis, "basis");
    detail = detail == null ? "" : detail;
  }
}
