package dev.ratebot.core.command;

import dev.ratebot.core.rates.Countries;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.Technology;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.Info.Section;
import dev.ratebot.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code list}: every level, technology, region and country the dataset knows. */
public final class ListCommand implements Command {
  /** The word that starts it. */
  public static final String WORD = "list";

  /** Its word, aliases and description. */
  public static final CommandDefinition DEFINITION =
      CommandDefinition.builder(WORD, "Every level, technology and region I know")
          .aliases("ls")
          .build();

  private final RateDataset dataset;

  public ListCommand(RateDataset dataset) {
    this.dataset = dataset;
  }

  @Override
  public CommandDefinition definition() {
    return DEFINITION;
  }

  @Override
  public Reply run(Invocation invocation) {
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

  private static String aliases(List<String> aliases) {
    return aliases.isEmpty() ? "" : " (" + String.join(", ", aliases) + ")";
  }
}
