package dev.ratebot.adapter.discord;

import static dev.ratebot.adapter.discord.DiscordText.clip;

import dev.ratebot.core.command.Command;
import dev.ratebot.core.command.CommandDefinition;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.command.OptionDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command.Choice;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * The slash command as Discord sees it, built from the {@link CommandRegistry}: the default
 * command's typed options (level as choices; technology and region autocompleted) and its free
 * {@code query}, whose autocomplete offers the other commands' words and every example. Discord
 * does not let a command mix sub-commands with options, so the other commands are words of {@code
 * query} (and the slash command alone asks for help), exactly as in Slack. The typed options fill
 * their slots directly; the core parses the {@code query} text for the rest and reports a conflict
 * between the two.
 */
public final class RateCommand {
  static final int MAX_TEXT = 100;

  private final CommandRegistry commands;
  private final CommandDefinition lookup;

  public RateCommand(CommandRegistry commands) {
    this.commands = Objects.requireNonNull(commands, "commands");
    this.lookup = commands.defaultCommand().definition();
  }

  public String name() {
    return commands.name();
  }

  /** The command definition, for an app that can be installed to users as well as servers. */
  public SlashCommandData definition() {
    return definition(true);
  }

  /**
   * The command definition to register globally. Installable to servers, it works in servers and in
   * the bot's DMs; installable to users too ({@code userInstall}: the app's "User Install" setting,
   * which Discord requires before a command may name it), also in group DMs, DMs between users and
   * servers the bot is not in. {@link CommandRegistrar} leaves both lists out of a server's
   * registration, where Discord does not use them.
   */
  public SlashCommandData definition(boolean userInstall) {
    SlashCommandData slash =
        Commands.slash(commands.name(), clip(commands.description(), MAX_TEXT));
    for (OptionDefinition option : lookup.options()) {
      slash.addOptions(option(option));
    }
    if (!userInstall) {
      return slash
          .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
          .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
    }
    return slash
        .setContexts(
            InteractionContextType.GUILD,
            InteractionContextType.BOT_DM,
            InteractionContextType.PRIVATE_CHANNEL)
        .setIntegrationTypes(IntegrationType.GUILD_INSTALL, IntegrationType.USER_INSTALL);
  }

  private OptionData option(OptionDefinition option) {
    String description = option.description();
    if (option.kind() == OptionDefinition.Kind.TEXT && !commands.wordCommands().isEmpty()) {
      description += "; also " + String.join(", ", words());
    }
    OptionData data = new OptionData(OptionType.STRING, option.name(), clip(description, MAX_TEXT));
    if (option.kind() == OptionDefinition.Kind.TEXT) {
      data.setMaxLength(Math.min(option.maxLength(), OptionData.MAX_STRING_OPTION_LENGTH));
    }
    if (option.kind() == OptionDefinition.Kind.CHOICE
        && option.choices().size() <= OptionData.MAX_CHOICES) {
      option.choices().forEach(c -> data.addChoice(clip(c.label(), MAX_TEXT), c.value()));
    } else {
      data.setAutoComplete(true);
    }
    return data;
  }

  /** The request text: the free-text option ({@code query}), stripped; empty when missing. */
  public String requestText(Function<String, String> optionValue) {
    return lookup.options().stream()
        .filter(o -> o.kind() == OptionDefinition.Kind.TEXT)
        .map(o -> optionValue.apply(o.name()))
        .filter(Objects::nonNull)
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .collect(Collectors.joining(" "));
  }

  /**
   * The typed options that fill slots directly (every option but free text), by name; missing and
   * blank values are left out.
   */
  public Map<String, String> typedOptions(Function<String, String> optionValue) {
    Map<String, String> typed = new LinkedHashMap<>();
    for (OptionDefinition option : lookup.options()) {
      String value = optionValue.apply(option.name());
      if (option.kind() != OptionDefinition.Kind.TEXT && value != null && !value.isBlank()) {
        typed.put(option.name(), value.strip());
      }
    }
    return typed;
  }

  /** At most 25 suggestions for the option being typed. */
  public List<Choice> suggest(String optionName, String typed) {
    String text = typed == null ? "" : typed.strip();
    Optional<OptionDefinition> option =
        lookup.options().stream().filter(o -> o.name().equals(optionName)).findFirst();
    List<Choice> choices =
        option
            .map(
                o ->
                    switch (o.kind()) {
                      case CHOICE, SUGGESTED -> matching(o.choices(), text);
                      case OPEN -> withTyped(matching(o.choices(), text), text);
                      case TEXT -> queries(text);
                    })
            .orElse(List.of());
    return choices.stream().limit(OptionData.MAX_CHOICES).toList();
  }

  private List<String> words() {
    return commands.wordCommands().stream().map(c -> c.definition().word()).toList();
  }

  private static List<Choice> matching(List<OptionDefinition.Choice> options, String typed) {
    String needle = typed.toLowerCase(Locale.ROOT);
    List<OptionDefinition.Choice> prefixed = new ArrayList<>();
    List<OptionDefinition.Choice> containing = new ArrayList<>();
    for (OptionDefinition.Choice option : options) {
      String label = option.label().toLowerCase(Locale.ROOT);
      String value = option.value().toLowerCase(Locale.ROOT);
      if (label.startsWith(needle) || value.startsWith(needle)) {
        prefixed.add(option);
      } else if (label.contains(needle) || value.contains(needle)) {
        containing.add(option);
      }
    }
    return Stream.concat(prefixed.stream(), containing.stream())
        .map(o -> new Choice(clip(o.label(), MAX_TEXT), o.value()))
        .toList();
  }

  /** The choices first; then what was typed, as typed, since the core also knows countries. */
  private static List<Choice> withTyped(List<Choice> known, String typed) {
    if (typed.isEmpty() || known.stream().anyMatch(c -> c.getAsString().equalsIgnoreCase(typed))) {
      return known;
    }
    List<Choice> choices =
        new ArrayList<>(known.stream().limit(OptionData.MAX_CHOICES - 1).toList());
    choices.add(new Choice(clip(typed, MAX_TEXT), clip(typed, MAX_TEXT)));
    return choices;
  }

  /** What was typed, then the commands whose word starts with it, then matching examples. */
  private List<Choice> queries(String typed) {
    String needle = typed.toLowerCase(Locale.ROOT);
    Map<String, Choice> choices = new LinkedHashMap<>();
    if (!typed.isEmpty()) {
      choices.put(clip(typed, MAX_TEXT), new Choice(clip(typed, MAX_TEXT), clip(typed, MAX_TEXT)));
    }
    for (Command command : commands.wordCommands()) {
      CommandDefinition definition = command.definition();
      if (definition.word().startsWith(needle)) {
        choices.putIfAbsent(
            definition.word(),
            new Choice(
                clip(definition.word() + " — " + definition.description(), MAX_TEXT),
                definition.word()));
      }
    }
    commands.examples().stream()
        .filter(e -> e.toLowerCase(Locale.ROOT).contains(needle))
        .map(e -> clip(e, MAX_TEXT))
        .forEach(e -> choices.putIfAbsent(e, new Choice(e, e)));
    return List.copyOf(choices.values());
  }
}
