package dev.ratebot.adapter.chat;

import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Export;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.core.reply.ReplyVisitor;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one traversal of a reply, shared by every surface: it decides what is drawn and in which
 * order, applies the share, refine and problem rules, and leaves the drawing to a platform's {@link
 * Canvas}. It visits the sealed reply model, so a new kind of reply does not compile until this
 * traversal, and through it every canvas, draws it. Thread-safe.
 *
 * @param <M> the platform's message
 */
public final class ChatRenderer<M> {
  private final Function<Audience, Canvas<M>> canvases;

  /**
   * @param canvases a fresh canvas for one message to the given audience
   */
  public ChatRenderer(Function<Audience, Canvas<M>> canvases) {
    this.canvases = Objects.requireNonNull(canvases, "canvases");
  }

  /** Said in a channel instead of a confidential answer, such as an offer check. */
  public static final String KEPT_PRIVATE =
      "An offer check holds a candidate's pay, so I answer it only privately: use the slash"
          + " command (only you see the answer) or ask me in a direct message.";

  /** The reply as a message for the audience. */
  public M render(Reply reply, Audience audience) {
    Reply shown = audience == Audience.CHANNEL ? withheld(reply) : reply;
    return shown.accept(new Traversal<>(canvases.apply(audience), audience, Optional.empty()));
  }

  /** The reply as shared into a channel by a user: for everyone, naming who shared it. */
  public M renderShared(Reply reply, String sharerId) {
    Audience channel = Audience.CHANNEL;
    return withheld(reply)
        .accept(new Traversal<>(canvases.apply(channel), channel, Optional.of(sharerId)));
  }

  // A confidential answer never reaches a channel: the asker is told where to ask instead.
  private static Reply withheld(Reply reply) {
    boolean confidential =
        (reply instanceof Answer answer && answer.confidential())
            || (reply instanceof Export export && export.answer().confidential());
    return confidential ? Problem.user(KEPT_PRIVATE) : reply;
  }

  private static final class Traversal<M> implements ReplyVisitor<M> {
    private final Canvas<M> canvas;
    private final Audience audience;
    private final Optional<String> sharer;

    Traversal(Canvas<M> canvas, Audience audience, Optional<String> sharer) {
      this.canvas = canvas;
      this.audience = audience;
      this.sharer = sharer;
    }

    @Override
    public M answer(Answer answer) {
      canvas.title(answer.title());
      if (!answer.context().isBlank()) {
        canvas.context(answer.context());
      }
      if (!answer.keyFigures().isEmpty()) {
        canvas.keyFigures(answer.keyFigures());
      }
      if (!answer.table().isEmpty()) {
        canvas.table(answer.table());
      }
      if (!answer.notes().isEmpty()) {
        canvas.notes(answer.notes());
      }
      canvas.sources(SourcesFooter.of(answer));
      sharer.ifPresent(canvas::sharedBy);
      Controls controls = Controls.of(answer, audience);
      if (!controls.isEmpty()) {
        canvas.controls(controls);
      }
      return canvas.finish(answer.summary());
    }

    @Override
    public M info(Info info) {
      canvas.title(info.title());
      info.sections().forEach(canvas::section);
      sharer.ifPresent(canvas::sharedBy);
      return canvas.finish(info.summary());
    }

    @Override
    public M export(Export export) {
      Answer answer = export.answer();
      canvas.title(answer.title() + " · " + export.format().label());
      if (!answer.context().isBlank()) {
        canvas.context(answer.context());
      }
      canvas.block(
          ExportTable.of(answer, export.format()),
          export.format().name().toLowerCase(java.util.Locale.ROOT));
      sharer.ifPresent(canvas::sharedBy);
      return canvas.finish(export.summary());
    }

    @Override
    public M problem(Problem problem) {
      canvas.problem(ProblemView.of(problem));
      sharer.ifPresent(canvas::sharedBy);
      return canvas.finish(problem.summary());
    }
  }
}
