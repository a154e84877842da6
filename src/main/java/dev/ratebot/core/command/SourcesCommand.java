package dev.ratebot.core.command;

import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.MarketContext;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.Source;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.Info.Section;
import dev.ratebot.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code sources}: each source with what it covers, its vintage and its tables. */
public final class SourcesCommand implements Command {
  /** The word that starts it. */
  public static final String WORD = "sources";

  /** Its word, aliases and description. */
  public static final CommandDefinition DEFINITION =
      CommandDefinition.builder(WORD, "Where the figures come from, and their vintage")
          .aliases("source")
          .build();

  private final RateDataset dataset;

  public SourcesCommand(RateDataset dataset) {
    this.dataset = dataset;
  }

  @Override
  public CommandDefinition definition() {
    return DEFINITION;
  }

  @Override
  public Reply run(Invocation invocation) {
    List<Section> sections = new ArrayList<>();
    for (Source source : dataset.sources()) {
      sections.add(new Section(source.name(), describe(source)));
    }
    List<String> moves = context(dataset.context());
    if (!moves.isEmpty()) {
      sections.add(new Section("Context (per the article)", moves));
    }
    sections.add(
        new Section(
            "Estimates",
            List.of(
                "Combinations no source states are estimates, labelled as such, with the method"
                    + " and the rows used. Levels: "
                    + dataset.levels().stream().map(Level::label).collect(Collectors.joining(", "))
                    + ".")));
    return new Info("Sources (data vintage " + dataset.vintage() + ")", sections);
  }

  private List<String> describe(Source source) {
    List<String> lines = new ArrayList<>();
    lines.add("Covers: " + source.covers());
    lines.add("Vintage: " + source.vintage());
    if (!source.via().isEmpty()) {
      lines.add("Read via: " + source.via());
    }
    List<String> tables =
        dataset.tables().stream()
            .filter(t -> t.sourceIds().contains(source.id()))
            .map(RateTable::title)
            .toList();
    if (!tables.isEmpty()) {
      lines.add("Tables: " + String.join("; ", tables));
    }
    return lines;
  }

  private static List<String> context(MarketContext context) {
    List<String> moves = new ArrayList<>();
    if (!context.factors().isEmpty()) {
      moves.add("What moves a rate: " + String.join(", ", context.factors()) + ".");
    }
    if (!context.highestPayingIndustries().isEmpty()) {
      moves.add(
          "Highest hourly rates: " + String.join(", ", context.highestPayingIndustries()) + ".");
    }
    if (!context.trend().isEmpty()) {
      moves.add("Trend: " + context.trend());
    }
    return moves;
  }
}
