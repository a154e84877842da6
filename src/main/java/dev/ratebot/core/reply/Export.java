package dev.ratebot.core.reply;

import java.util.Objects;

/**
 * An answer asked for as a table to paste into a hiring document ("… as csv", "… as markdown"): the
 * same figures, rows and sources, laid out by each surface as preformatted text.
 *
 * @param answer the answer exported
 * @param format the table format asked for
 */
public record Export(Answer answer, Format format) implements Reply {
  public Export {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(format, "format");
  }

  /** The formats a table can be exported in. */
  public enum Format {
    CSV("CSV"),
    MARKDOWN("Markdown");

    private final String label;

    Format(String label) {
      this.label = label;
    }

    /** "CSV", "Markdown". */
    public String label() {
      return label;
    }
  }

  @Override
  public <R> R accept(ReplyVisitor<R> visitor) {
    return visitor.export(this);
  }

  @Override
  public String summary() {
    return answer.summary() + " (" + format.label() + ")";
  }
}
