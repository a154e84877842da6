package dev.ratebot.core.command;

import dev.ratebot.core.estimate.DataContext;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.Info.Section;
import dev.ratebot.core.reply.Reply;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code help}: how to ask, the examples and the commands, all read from the registry, and which
 * data answers (vintage, age and dataset version). Slack's Home tab shows the same reply.
 */
public final class HelpCommand implements Command {
  /** The word that starts it. */
  public static final String WORD = "help";

  /** Its word, aliases and description. */
  public static final CommandDefinition DEFINITION =
      CommandDefinition.builder(WORD, "How to ask, with examples")
          .aliases("?", "--help", "-h")
          .build();

  private final RateDataset dataset;
  private final Clock clock;

  /**
   * @param dataset the data answers come from
   * @param clock today's date, for the data's age
   */
  public HelpCommand(RateDataset dataset, Clock clock) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public CommandDefinition definition() {
    return DEFINITION;
  }

  @Override
  public Reply run(Invocation invocation) {
    CommandRegistry registry = invocation.registry();
    String slash = "/" + registry.name() + " ";
    List<String> how =
        List.of(
            "Ask in any order: a level, a technology, and a region or country.",
            "Plain questions work too; words I don't need are ignored.",
            "Leave a part out to see it across all its values.",
            "Name a currency for the figures in it: 'in eur', 'gbp', '€'.",
            "End with 'chart' for a picture, or 'as csv' / 'as markdown' for a table to paste.");
    List<String> examples = registry.examples().stream().map(e -> slash + e).toList();
    List<String> commands = new ArrayList<>();
    for (Command command : registry.wordCommands()) {
      CommandDefinition definition = command.definition();
      commands.add(slash + definition.word() + " — " + definition.description());
    }
    return new Info(
        "How to ask ratebot",
        List.of(
            new Section("", how),
            new Section("Examples", examples),
            new Section("Commands", commands),
            new Section(
                "About the figures",
                List.of(
                    "Figures come from "
                        + dataset.title()
                        + " ("
                        + DataContext.age(dataset.vintage(), clock)
                        + (dataset.version().isEmpty()
                            ? ""
                            : "; dataset version " + dataset.version())
                        + "); each answer says which are stated by a source and which are"
                        + " estimates. "
                        + slash
                        + SourcesCommand.WORD
                        + " says more."))));
  }
}
