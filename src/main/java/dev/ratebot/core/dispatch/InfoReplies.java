package dev.ratebot.core.dispatch;

import dev.ratebot.core.rates.Countries;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.MarketContext;
import dev.ratebot.core.rates.Origin;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateSource;
import dev.ratebot.core.rates.RateType;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.SourceRole;
import dev.ratebot.core.rates.Technology;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.Info.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The replies of the sub-commands help, list and sources, built from the spec and dataset. */
final class InfoReplies {
  private final CommandSpec spec;
  private final RateDataset dataset;

  InfoReplies(CommandSpec spec, RateDataset dataset) {
    this.spec = spec;
    this.dataset = dataset;
  }

  Info help() {
    List<String> how =
        List.of(
            "Ask in any order: a level, a technology, and a region or country.",
            "Plain questions work too; words I don't need are ignored.",
            "Leave a part out to see it across all its values.");
    List<String> examples = spec.examples().stream().map(e -> "/" + spec.name() + " " + e).toList();
    List<String> commands =
        spec.subCommands().stream()
            .map(s -> "/" + spec.name() + " " + s.name() + " — " + s.description())
            .toList();
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
                        + " (vintage "
                        + dataset.vintage()
                        + "); each answer says which are stated by a source and which are"
                        + " estimates. /rate sources says more."))));
  }

  Info list() {
    List<Section> sections = new ArrayList<>();
    sections.add(
        new Section(
            "Levels",
            dataset.levels().stream().map(l -> l.label() + aliases(l.aliases())).toList()));
    List<String> technologies = new ArrayList<>();
    for (Technology t : dataset.technologies()) {
      technologies.add(t.label() + aliases(t.aliases()));
    }
    technologies.add(
        "Without specific figures (all-technology figures are shown): "
            + String.join(", ", dataset.technologiesWithoutData()));
    sections.add(new Section("Technologies", technologies));
    List<String> regions = new ArrayList<>();
    for (Region r : dataset.regions()) {
      regions.add(r.label() + aliases(r.aliases()));
      regions.add(
          "  countries: "
              + r.countries().stream()
                  .map(Countries::englishName)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    sections.add(new Section("Regions", regions));
    return new Info("What I know", sections);
  }

  Info sources() {
    List<Section> sections = new ArrayList<>();
    for (RateSource source : dataset.sources()) {
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
      source.tables().stream()
          .filter(t -> !t.reading().isEmpty())
          .forEach(t -> lines.add(t.title() + ": " + t.reading()));
      sections.add(new Section(source.name(), lines));
    }
    MarketContext context = dataset.context();
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
    if (!moves.isEmpty()) {
      sections.add(
          new Section(
              context.attribution().isEmpty()
                  ? "Context"
                  : "Context (" + context.attribution() + ")",
              moves));
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

  private static String aliases(List<String> aliases) {
    return aliases.isEmpty() ? "" : " (" + String.join(", ", aliases) + ")";
  }
}
