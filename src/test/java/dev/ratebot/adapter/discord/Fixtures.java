package dev.ratebot.adapter.discord;

import dev.ratebot.core.dispatch.CommandSpec;
import dev.ratebot.core.dispatch.CommandSpec.Option;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.Citation;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Refinement;
import dev.ratebot.core.reply.Refinement.Choice;
import dev.ratebot.core.reply.Row;
import dev.ratebot.core.reply.RowTable;
import java.util.ArrayList;
import java.util.List;

/** Test data: a small command spec and an answer builder. */
final class Fixtures {
  private Fixtures() {}

  static CommandSpec spec() {
    return new CommandSpec(
        CommandSpec.NAME,
        CommandSpec.DESCRIPTION,
        CommandSpec.USAGE_HINT,
        CommandSpec.SUB_COMMANDS,
        List.of(
            new Option("junior", "Junior"),
            new Option("mid", "Mid"),
            new Option("senior", "Senior")),
        List.of(
            new Option("python", "Python"),
            new Option("java", "Java"),
            new Option("javascript", "JavaScript"),
            new Option("node", "Node.js")),
        List.of(
            new Option("latin-america", "Latin America"),
            new Option("western-europe", "Western Europe"),
            new Option("eastern-europe", "Eastern Europe"),
            new Option("north-america", "North America")),
        List.of("senior python latam", "latam", "senior java brazil"));
  }

  static AnswerBuilder answer(String query) {
    return new AnswerBuilder(query);
  }

  /** Builds answers like the core's, for a query text. */
  static final class AnswerBuilder {
    private String title;
    private final String query;
    private final List<KeyFigure> figures = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Citation> sources = new ArrayList<>();
    private final List<Refinement> refinements = new ArrayList<>();

    AnswerBuilder(String query) {
      this.query = query;
      this.title = "Answer for " + query;
      figures.add(new KeyFigure("Hourly", "$45–65/h", Basis.OBSERVED, "Payscale"));
      figures.add(new KeyFigure("Annual", "$94–135k", Basis.EQUIVALENT, "2,080 h/year"));
      rows.add(new Row("Latin America", "$45–65/h", 45, 65, 90, Basis.OBSERVED, true));
      rows.add(new Row("Western Europe", "$70–100/h", 70, 100, 0, Basis.ESTIMATE, false));
      notes.add("Figures are for " + query);
      sources.add(new Citation("Payscale", "2023", "ProCoders"));
      refinements.add(
          new Refinement(
              "Level",
              List.of(
                  new Choice("Junior", "junior python latam", false),
                  new Choice("Senior", "senior python latam", true))));
      refinements.add(
          new Refinement(
              "Region",
              List.of(
                  new Choice("Latin America", "senior python latam", true),
                  new Choice("Western Europe", "senior python western-europe", false))));
    }

    AnswerBuilder title(String value) {
      title = value;
      return this;
    }

    AnswerBuilder figure(KeyFigure figure) {
      figures.add(figure);
      return this;
    }

    AnswerBuilder row(Row row) {
      rows.add(row);
      return this;
    }

    AnswerBuilder note(String note) {
      notes.add(note);
      return this;
    }

    AnswerBuilder source(Citation citation) {
      sources.add(citation);
      return this;
    }

    AnswerBuilder refinement(Refinement refinement) {
      refinements.add(refinement);
      return this;
    }

    Answer build() {
      return new Answer(
          title,
          query,
          figures,
          new RowTable("Hourly by region", 120, rows),
          notes,
          sources,
          "2023",
          refinements,
          "",
          "");
    }
  }
}
