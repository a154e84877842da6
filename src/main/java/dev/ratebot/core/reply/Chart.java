package dev.ratebot.core.reply;

import java.util.Objects;

/**
 * An answer asked for with its chart ("senior python latam chart"): the same answer, and each
 * surface that can show an image draws its rows as a range chart under it.
 *
 * @param answer the answer charted
 */
public record Chart(Answer answer) implements Reply {
  public Chart {
    Objects.requireNonNull(answer, "answer");
  }

  @Override
  public <R> R accept(ReplyVisitor<R> visitor) {
    return visitor.chart(this);
  }

  @Override
  public String summary() {
    return answer.summary();
  }
}
