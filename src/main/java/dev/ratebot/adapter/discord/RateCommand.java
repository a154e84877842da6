package dev.ratebot.adapter.discord;

import static dev.ratebot.adapter.discord.DiscordText.clip;

import dev.ratebot.core.dispatch.CommandSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * The {@code /rate} slash command as Discord sees it, built from the one {@link CommandSpec}: typed
 * options {@code level} (choices), {@code technology} and {@code region} (autocomplete), and a free
 * {@code query} whose autocomplete offers the spec's sub-commands and examples. Discord does not
 * let a command mix sub-commands with options, so {@code help}, {@code list} and {@code sources}
 * are words of {@code query} (and {@code /rate} alone asks for help), exactly as in Slack's {@code
 * /rate help}. The typed options travel as typed options and fill their slots directly; the core
 * parses the {@code query} text for the rest and reports a conflict between the two.
 */
public final class RateCommand {
  static final String LEVEL = "level";
  static final String TECHNOLOGY = "technology";
  static final String REGION = "region";
  static final String QUERY = "query";

  /** The typed options, each filling one slot of the question; {@code query} is free text. */
  static final List<String> TYPED = List.of(LEVEL, TECHNOLOGY, REGION);

  static final int QUERY_MAX_LENGTH = 200;

  private final CommandSpec spec;

  public RateCommand(CommandSpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
  }

  public String name() {
    return spec.name();
  }

  /** The command definition to register. */
  public SlashCommandData definition() {
    OptionData level = new OptionData(OptionType.STRING, LEVEL, "Seniority level");
    if (spec.levels().size() <= OptionData.MAX_CHOICES) {
      spec.levels().forEach(o -> level.addChoice(label(o), o.value()));
    } else {
      level.setAutoComplete(true);
    }
    return Commands.slash(spec.name(), clip(spec.description(), 100))
        .addOptions(
            level,
            new OptionData(OptionType.STRING, TECHNOLOGY, "Language or framework, e.g. python")
                .setAutoComplete(true),
            new OptionData(
                    OptionType.STRING, REGION, "Region or country, e.g. latam, brazil, poland")
                .setAutoComplete(true),
            new OptionData(
                    OptionType.STRING,
                    QUERY,
                    "Or ask in words: 'senior java brazil'; also help, list, sources")
                .setAutoComplete(true)
                .setMaxLength(QUERY_MAX_LENGTH))
        .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
        .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
  }

  /** The request text: the free {@code query} option, stripped; empty when missing. */
  public static String requestText(Function<String, String> optionValue) {
    String query = optionValue.apply(QUERY);
    return query == null ? "" : query.strip();
  }

  /**
   * The typed options that fill slots directly (level, technology, region), by name; missing and
   * blank values are left out.
   */
  public static Map<String, String> typedOptions(Function<String, String> optionValue) {
    Map<String, String> typed = new LinkedHashMap<>();
    for (String name : TYPED) {
      String value = optionValue.apply(name);
      if (value != null && !value.isBlank()) {
        typed.put(name, value.strip());
      }
    }
    return typed;
  }

  /** At most 25 suggestions for the option being typed. */
  public List<Command.Choice> suggest(String option, String typed) {
    String text = typed == null ? "" : typed.strip();
    List<Command.Choice> choices =
        switch (option) {
          case LEVEL -> matching(spec.levels(), text);
          case TECHNOLOGY -> matching(spec.technologies(), text);
          case REGION -> withTyped(matching(spec.regions(), text), text);
          case QUERY -> queries(text);
          default -> List.of();
        };
    return choices.stream().limit(OptionData.MAX_CHOICES).toList();
  }

  private static List<Command.Choice> matching(List<CommandSpec.Option> options, String typed) {
    String needle = typed.toLowerCase(Locale.ROOT);
    List<CommandSpec.Option> prefixed = new ArrayList<>();
    List<CommandSpec.Option> containing = new ArrayList<>();
    for (CommandSpec.Option option : options) {
      String label = option.label().toLowerCase(Locale.ROOT);
      String value = option.value().toLowerCase(Locale.ROOT);
      if (label.startsWith(needle) || value.startsWith(needle)) {
        prefixed.add(option);
      } else if (label.contains(needle) || value.contains(needle)) {
        containing.add(option);
      }
    }
    return Stream.concat(prefixed.stream(), containing.stream())
        .map(o -> new Command.Choice(label(o), o.value()))
        .toList();
  }

  /** Regions first; then what was typed, as typed, since the core also knows countries. */
  private static List<Command.Choice> withTyped(List<Command.Choice> regions, String typed) {
    if (typed.isEmpty()
        || regions.stream().anyMatch(c -> c.getAsString().equalsIgnoreCase(typed))) {
      return regions;
    }
    List<Command.Choice> choices = new ArrayList<>(regions.stream().limit(24).toList());
    choices.add(new Command.Choice(clip(typed, 100), clip(typed, 100)));
    return choices;
  }

  private List<Command.Choice> queries(String typed) {
    String needle = typed.toLowerCase(Locale.ROOT);
    Map<String, Command.Choice> choices = new LinkedHashMap<>();
    if (!typed.isEmpty()) {
      choices.put(clip(typed, 100), new Command.Choice(clip(typed, 100), clip(typed, 100)));
    }
    spec.subCommands().stream()
        .filter(s -> s.name().toLowerCase(Locale.ROOT).startsWith(needle))
        .forEach(
            s ->
                choices.putIfAbsent(
                    s.name(),
                    new Command.Choice(clip(s.name() + " — " + s.description(), 100), s.name())));
    spec.examples().stream()
        .filter(e -> e.toLowerCase(Locale.ROOT).contains(needle))
        .forEach(
            e -> choices.putIfAbsent(clip(e, 100), new Command.Choice(clip(e, 100), clip(e, 100))));
    return List.copyOf(choices.values());
  }

  private static String label(CommandSpec.Option option) {
    return clip(option.label(), 100);
  }
}
