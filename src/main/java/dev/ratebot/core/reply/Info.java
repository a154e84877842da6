package dev.ratebot.core.reply;

import java.util.List;
import java.util.Objects;

/**
 * A reply that informs rather than answers: help, the list of known values, the sources.
 *
 * @param title e.g. "ratebot help"
 * @param sections the body, each with a heading and lines
 * @param confidential true when it is for the asker alone (operator status), never a channel
 */
public record Info(String title, List<Section> sections, boolean confidential) implements Reply {
  public Info {
    Objects.requireNonNull(title, "title");
    sections = List.copyOf(sections);
  }

  /** Information anyone may see. */
  public Info(String title, List<Section> sections) {
    this(title, sections, false);
  }

  /** Information for the asker alone. */
  public static Info confidential(String title, List<Section> sections) {
    return new Info(title, sections, true);
  }

  @Override
  public <R> R accept(ReplyVisitor<R> visitor) {
    return visitor.info(this);
  }

  @Override
  public String summary() {
    return title;
  }

  /**
   * A titled group of lines.
   *
   * @param heading the section heading; may be empty
   * @param lines plain lines of text
   */
  public record Section(String heading, List<String> lines) {
    public Section {
      Objects.requireNonNull(heading, "heading");
      lines = List.copyOf(lines);
    }
  }
}
