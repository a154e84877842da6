package dev.ratebot.core.command;

import dev.ratebot.core.estimate.DataContext;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.MarketContext;
import dev.ratebot.core.rates.Origin;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateSource;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.RateType;
import dev.ratebot.core.rates.SourceRole;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.Info.Section;
import dev.ratebot.core.reply.Reply;
import java.time.Clock;
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
          .topics(
              "reliable",
              "reliability",
              "trustworthy",
              "accurate",
              "accuracy",
              "provenance",
              "methodology",
              "come from",
              "comes from",
              "how old",
              "how recent",
              "how current",
              "outdated")
          .build();

  private final RateDataset dataset;
  private final Clock clock;

  public SourcesCommand(RateDataset dataset, Clock clock) {
    this.dataset = dataset;
    this.clock = clock;
  }

  @Override
  public CommandDefinition definition() {
    return DEFINITION;
  }

  @Override
  public Reply run(Invocation invocation) {
    List<Section> sections = new ArrayList<>();
    for (RateSource source : dataset.sources()) {
      sections.add(new Section(source.name(), describe(source)));
    }
    List<String> moves = context(dataset.context());
    if (!moves.isEmpty()) {
      String attribution = dataset.context().attribution();
      sections.add(
          new Section(attribution.isEmpty() ? "Context" : "Context (" + attribution + ")", moves));
    }
    sections.add(
        new Section(
            "Estimates",
            List.of(
                "Combinations no source states are estimates, labelled as such, with the method"
                    + " and the rows used. Levels: "
                    + dataset.levels().stream().map(Level::label).collect(Collectors.joining(", "))
                    + ".")));
    sections.add(new Section("Dataset version", List.of(dataset.version())));
    return new Info("Sources (data vintage " + dataset.vintage() + ")", sections);
  }

  private List<String> describe(RateSource source) {
    List<String> lines = new ArrayList<>();
    lines.add(
        (source.role() == SourceRole.MARKET ? "Feeds estimates" : "Shown beside estimates")
            + "; "
            + source.rateTypes().stream().map(RateType::plural).collect(Collectors.joining(", "))
            + " in "
            + source.currency()
            + "; vintage "
            + source.vintage()
            + ".");
    if (!source.publisher().isEmpty()) {
      lines.add(
          "Publisher: "
              + source.publisher()
              + (source.publisherKind().isEmpty() ? "" : ", " + source.publisherKind())
              + ".");
    }
    if (!source.coverage().isEmpty()) {
      lines.add("Covers: " + source.coverage() + ".");
    }
    lines.add(
        "Age and confidence: "
            + DataContext.age(source.vintage(), clock)
            + "; "
            + DataContext.confidence(source, source.origins())
            + ".");
    for (Origin origin : source.origins()) {
      List<String> tables =
          source.tables().stream()
              .filter(t -> t.originIds().contains(origin.id()))
              .map(t -> t.title() + " (" + t.rateType().plural() + ")")
              .toList();
      lines.add(
          "• "
              + origin.name()
              + (origin.kind().isEmpty() ? "" : ", " + origin.kind())
              + (origin.sampleSize().isPresent()
                  ? ", " + origin.sampleSize().getAsInt() + " data points"
                  : ", no sample size given")
              + (tables.isEmpty() ? "" : ": " + String.join("; ", tables)));
    }
    for (RateTable table : source.tables()) {
      lines.add(
          table.title()
              + ": "
              + table.rateType().plural()
              + " ("
              + table.rateType().meaning()
              + "), "
              + table.unit().currency()
              + table.unit().suffix()
              + (table.note().isEmpty() ? "" : ". " + table.note()));
      if (!table.reading().isEmpty()) {
        lines.add("  Reading: " + table.reading());
      }
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
