package dev.ratebot.core.command;

import dev.ratebot.core.command.OptionDefinition.Choice;
import dev.ratebot.core.estimate.Pricing;
import dev.ratebot.core.query.Query;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.Term;
import dev.ratebot.core.reply.Reply;
import java.util.List;

/**
 * The rate lookup, {@code /rate senior python latam}: the default command, run when no command word
 * starts the text. Its word is the slash command's name.
 */
public final class LookupCommand implements Command {
  /** The slash command's name, without slash. */
  public static final String WORD = "rate";

  private final CommandDefinition definition;
  private final Pricing pricing;

  public LookupCommand(RateDataset dataset, Pricing pricing) {
    this.definition =
        definition(
            choices(dataset.levels()), choices(dataset.technologies()), choices(dataset.regions()));
    this.pricing = pricing;
  }

  /** The lookup's definition for a vocabulary: typed options level, technology, region, query. */
  public static CommandDefinition definition(
      List<Choice> levels, List<Choice> technologies, List<Choice> regions) {
    return CommandDefinition.builder(
            WORD,
            "What does a developer cost? Contract rate range, top end, full-time cost, with sources.")
        .usage("[level] [technology] [region or country]")
        .examples(
            "senior python latam",
            "latam",
            "senior python",
            "how much is a mid node dev in poland?",
            "junior laravel western europe",
            "senior java brazil")
        .option(OptionDefinition.choice("level", "Seniority level", levels))
        .option(
            OptionDefinition.suggested(
                "technology", "Language or framework, e.g. python", technologies))
        .option(
            OptionDefinition.open(
                "region", "Region or country, e.g. latam, brazil, poland", regions))
        .option(OptionDefinition.text("query", "Or ask in words: 'senior java brazil'", 200))
        .build();
  }

  @Override
  public CommandDefinition definition() {
    return definition;
  }

  @Override
  public Reply run(Invocation invocation) {
    Query query =
        invocation
            .query()
            .orElseThrow(() -> new IllegalArgumentException("a rate lookup needs a query"));
    return pricing.of(query).estimate(query);
  }

  private static List<Choice> choices(List<? extends Term> terms) {
    return terms.stream().map(t -> new Choice(t.id(), t.label())).toList();
  }
}
