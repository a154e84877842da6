package dev.ratebot.adapter.chat;

import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.RowTable;
import java.util.List;

/**
 * The drawing port each platform implements: one canvas draws one message, in the order {@link
 * ChatRenderer} calls it, and {@link #finish} returns it. A part that is empty is never drawn, so a
 * canvas draws what it is given and decides only how it looks on its platform and how it stays
 * within that platform's limits.
 *
 * @param <M> the platform's message
 */
public interface Canvas<M> {
  /** The title of an answer or an info text. */
  void title(String title);

  /** One line under the title: rate type, data age, confidence. */
  void context(String line);

  /** The headline figures of an answer. */
  void keyFigures(List<KeyFigure> figures);

  /** The rows of an answer, with range bars on the table's scale. */
  void table(RowTable table);

  /** The notes of an answer: assumptions, corrections, method. */
  void notes(List<String> notes);

  /** The sources of an answer, with the data vintage and version. */
  void sources(SourcesFooter footer);

  /** One section of an info text. */
  void section(Info.Section section);

  /**
   * Preformatted text to copy as it is, such as an exported table; a canvas keeps it whole or, past
   * its platform's limit, cuts it at a line and says so.
   *
   * @param language what the text is, for highlighting: "csv" or "markdown"
   */
  void block(String text, String language);

  /** A problem: the whole message. */
  void problem(ProblemView problem);

  /** The line naming who shared a reply into a channel. */
  void sharedBy(String userId);

  /** The refine menus and share button under an answer. */
  void controls(Controls controls);

  /** The finished message; {@code summary} is the reply in one line, for notifications. */
  M finish(String summary);
}
