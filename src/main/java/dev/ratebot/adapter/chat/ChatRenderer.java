package dev.ratebot.adapter.chat;

import dev.ratebot.adapter.chart.ChartImage;
import dev.ratebot.adapter.chart.ChartRenderer;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Chart;
import dev.ratebot.core.reply.Export;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.core.reply.ReplyVisitor;
import java.util.ArrayList;
import java.util.List;
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
  private final Optional<AnswerStore> store;

  /**
   * @param canvases a fresh canvas for one message to the given audience
   */
  public ChatRenderer(Function<Audience, Canvas<M>> canvases) {
    this(canvases, Optional.empty());
  }

  /**
   * @param store where a shareable answer is kept, so its share button posts what the user saw
   */
  public ChatRenderer(Function<Audience, Canvas<M>> canvases, Optional<AnswerStore> store) {
    this.canvases = Objects.requireNonNull(canvases, "canvases");
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Said in a channel instead of a confidential answer, such as an offer check. */
  public static final String KEPT_PRIVATE =
      "An offer check holds a candidate's pay, so I answer it only privately: use the slash"
          + " command (only you see the answer) or ask me in a direct message.";

  /** The reply as a message for the audience. */
  public M render(Reply reply, Audience audience) {
    Reply shown = audience == Audience.CHANNEL ? withheld(reply) : reply;
    return shown.accept(
        new Traversal<>(canvases.apply(audience), audience, Optional.empty(), store));
  }

  /** The reply as shared into a channel by a user: for everyone, naming who shared it. */
  public M renderShared(Reply reply, String sharerId) {
    Audience channel = Audience.CHANNEL;
    return withheld(reply)
        .accept(new Traversal<>(canvases.apply(channel), channel, Optional.of(sharerId), store));
  }

  /** Said in a channel instead of an operator's reply or a refusal. */
  public static final String ASK_PRIVATELY =
      "I answer that only privately: use the slash command or ask me in a direct message.";

  // A confidential answer never reaches a channel: the asker is told where to ask instead.
  private static Reply withheld(Reply reply) {
    if ((reply instanceof Info info && info.confidential())
        || (reply instanceof Problem problem && problem.kind() == Problem.Kind.REFUSED)) {
      return Problem.user(ASK_PRIVATELY);
    }
    boolean confidential =
        (reply instanceof Answer answer && answer.confidential())
            || (reply instanceof Export export && export.answer().confidential())
            || (reply instanceof Chart chart && chart.answer().confidential());
    return confidential ? Problem.user(KEPT_PRIVATE) : reply;
  }

  /** Said under an answer whose chart could not be drawn, before the fault's reference. */
  public static final String CHART_FAILED = "The chart could not be drawn; reference ";

  private static Answer withNote(Answer answer, String note) {
    List<String> notes = new ArrayList<>(answer.notes());
    notes.add(note);
    return new Answer(
        answer.title(),
        answer.query(),
        answer.keyFigures(),
        answer.table(),
        notes,
        answer.sources(),
        answer.vintage(),
        answer.refinements(),
        answer.context(),
        answer.dataVersion(),
        answer.confidential(),
        answer.whyQuery());
  }

  private static final class Traversal<M> implements ReplyVisitor<M> {
    private static final ChartRenderer CHARTS = new ChartRenderer();
    private final Canvas<M> canvas;
    private final Audience audience;
    private final Optional<String> sharer;
    private final Optional<AnswerStore> store;

    Traversal(
        Canvas<M> canvas, Audience audience, Optional<String> sharer, Optional<AnswerStore> store) {
      this.canvas = canvas;
      this.audience = audience;
      this.sharer = sharer;
      this.store = store;
    }

    @Override
    public M answer(Answer answer) {
      return answer(answer, Optional.empty());
    }

    @Override
    public M chart(Chart chart) {
      Answer answer = chart.answer();
      try {
        return answer(answer, Optional.of(CHARTS.render(answer)));
      } catch (RuntimeException e) {
        String reference = Incidents.record("Drawing a chart", e);
        return answer(withNote(answer, CHART_FAILED + reference + "."), Optional.empty());
      }
    }

    private M answer(Answer answer, Optional<ChartImage> chart) {
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
      chart.ifPresent(canvas::chart);
      if (!answer.notes().isEmpty()) {
        canvas.notes(answer.notes());
      }
      canvas.sources(SourcesFooter.of(answer));
      sharer.ifPresent(canvas::sharedBy);
      Controls controls = Controls.of(answer, audience, store, chart.isPresent());
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
