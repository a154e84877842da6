package dev.ratebot.adapter.discord;

import dev.ratebot.core.command.Command;
import dev.ratebot.core.command.CommandDefinition;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.command.HelpCommand;
import dev.ratebot.core.command.Invocation;
import dev.ratebot.core.command.ListCommand;
import dev.ratebot.core.command.LookupCommand;
import dev.ratebot.core.command.OptionDefinition.Choice;
import dev.ratebot.core.command.SourcesCommand;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.Citation;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Refinement;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.core.reply.Row;
import dev.ratebot.core.reply.RowTable;
import dev.ratebot.fake.discord.FakeDiscord;
import java.util.ArrayList;
import java.util.List;

/** Test data: a small command registry and an answer builder. */
final class Fixtures {
  /**
   * Settings for an adapter that talks to the fake, compression on, commands registered globally.
   */
  static DiscordSettings settings(FakeDiscord discord) {
    return new DiscordSettings(
        FakeDiscord.TOKEN,
        discord.apiUrl(),
        discord.gatewayUrl(),
        java.util.Optional.empty(),
        true);
  }

  private Fixtures() {}

  static final List<Choice> LEVELS =
      List.of(
          new Choice("junior", "Junior"), new Choice("mid", "Mid"), new Choice("senior", "Senior"));

  /** A registry of the real command definitions over a small vocabulary; commands do not run. */
  static CommandRegistry registry() {
    return registry(LEVELS);
  }

  static CommandRegistry registry(List<Choice> levels) {
    CommandDefinition lookup =
        LookupCommand.definition(
            levels,
            List.of(
                new Choice("python", "Python"),
                new Choice("java", "Java"),
                new Choice("javascript", "JavaScript"),
                new Choice("node", "Node.js")),
            List.of(
                new Choice("latin-america", "Latin America"),
                new Choice("western-europe", "Western Europe"),
                new Choice("eastern-europe", "Eastern Europe"),
                new Choice("north-america", "North America")));
    return CommandRegistry.builder(stub(lookup))
        .help(stub(HelpCommand.DEFINITION))
        .register(stub(ListCommand.DEFINITION))
        .register(stub(SourcesCommand.DEFINITION))
        .build();
  }

  /** A command with this definition that is never run. */
  static Command stub(CommandDefinition definition) {
    return new Command() {
      @Override
      public CommandDefinition definition() {
        return definition;
      }

      @Override
      public Reply run(Invocation invocation) {
        throw new UnsupportedOperationException("fixture commands do not run");
      }
    };
  }

  static AnswerBuilder answer(String query) {
    return new AnswerBuilder(query);
  }

  /** Builds answers like the core's, for a query text. */
  static final class AnswerBuilder {
    private String title;
    private String context = "";
    private String dataVersion = "";
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
                  new Refinement.Choice("Junior", "junior python latam", false),
                  new Refinement.Choice("Senior", "senior python latam", true))));
      refinements.add(
          new Refinement(
              "Region",
              List.of(
                  new Refinement.Choice("Latin America", "senior python latam", true),
                  new Refinement.Choice("Western Europe", "senior python western-europe", false))));
    }

    AnswerBuilder title(String value) {
      title = value;
      return this;
    }

    AnswerBuilder context(String line, String version) {
      context = line;
      dataVersion = version;
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
          context,
          dataVersion);
    }
  }
}
