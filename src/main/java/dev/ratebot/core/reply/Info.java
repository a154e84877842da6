package dev.ratebot.core.reply;

import java.util.List;
import java.util.Objects;

/**
 * A reply that informs rather than answers: help, the list of known values, the sources.
 *
 * @param title e.g. "ratebot help"
 * @param sections the body, each with a heading and lines
 */
public record Info(String title, List<Section> sections) implements Reply {
  public Info {
    Objects.requireNonNull(title, "title");
    sections = List.copyOf(sections);
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
