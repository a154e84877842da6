package dev.ratebot.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.query.ParseResult;
import dev.ratebot.core.query.QueryParser;
import dev.ratebot.core.query.Trigger;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.testing.Bundled;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandRegistryTest {
  final CommandRegistry registry =
      BuiltInCommands.registry(Bundled.dataset(), EstimateSettings.defaults());

  static CommandDefinition compare() {
    return CommandDefinition.builder("compare", "Two questions side by side")
        .aliases("vs")
        .usage("[question] vs [question]")
        .examples("senior python latam vs cee")
        .build();
  }

  static Command stub(CommandDefinition definition) {
    return new Command() {
      @Override
      public CommandDefinition definition() {
        return definition;
      }

      @Override
      public Reply run(Invocation invocation) {
        return Problem.user("ran " + definition.word() + ": " + invocation.text());
      }
    };
  }

  @Test
  void eachCommandHasExactlyItsAliases() {
    Map<String, Set<String>> aliases = new LinkedHashMap<>();
    registry
        .all()
        .forEach(c -> aliases.put(c.definition().word(), Set.copyOf(c.definition().aliases())));

    assertThat(aliases)
        .containsExactly(
            Map.entry("rate", Set.of()),
            Map.entry("help", Set.of("?", "--help", "-h")),
            Map.entry("list", Set.of("ls")),
            Map.entry("sources", Set.of("source")),
            Map.entry("compare", Set.of()),
            Map.entry("rank", Set.of("cheapest")),
            Map.entry("budget", Set.of("cost")),
            Map.entry("check", Set.of("offer")),
            Map.entry("why", Set.of()));
  }

  @Test
  void wordsMapEveryWordAndAliasToItsCommandButNeverTheDefaultCommandsWord() {
    assertThat(registry.words())
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("help", "help"),
                Map.entry("?", "help"),
                Map.entry("--help", "help"),
                Map.entry("-h", "help"),
                Map.entry("list", "list"),
                Map.entry("ls", "list"),
                Map.entry("sources", "sources"),
                Map.entry("source", "sources"),
                Map.entry("compare", "compare"),
                Map.entry("rank", "rank"),
                Map.entry("cheapest", "rank"),
                Map.entry("budget", "budget"),
                Map.entry("cost", "budget"),
                Map.entry("check", "check"),
                Map.entry("offer", "check"),
                Map.entry("why", "why")))
        .doesNotContainKey("rate");
  }

  @Test
  void theParserStartsEveryRegisteredCommand() {
    QueryParser parser =
        new QueryParser(
            Bundled.dataset(),
            Bundled.places(),
            new dev.ratebot.core.query.CommandWords(
                registry.words(), registry.topics(), registry.questions(), registry.comparison()));

    registry.words().entrySet().stream()
        .forEach(
            word ->
                assertThat(parser.parse(word.getKey()))
                    .as(word.getKey())
                    .isEqualTo(new ParseResult.SubCommand(word.getValue())));
  }

  @Test
  void theSlashCommandIsTheDefaultCommandWithItsUsageAndTheOtherWords() {
    assertThat(registry.name()).isEqualTo("rate");
    assertThat(registry.defaultCommand()).isInstanceOf(LookupCommand.class);
    assertThat(registry.help()).isInstanceOf(HelpCommand.class);
    assertThat(registry.usageHint())
        .isEqualTo(
            "[level] [technology] [region or country] | help | list | sources"
                + " | compare [level] [technology] region vs region | rank [level] [technology]"
                + " | budget [count] [level] [technology] [+ more] [region] [period]"
                + " | check figure [level] [technology] [region or country]"
                + " | why [level] [technology] region");
    assertThat(registry.description()).hasSizeLessThanOrEqualTo(100);
    assertThat(registry.defaultCommand().definition().options())
        .extracting(OptionDefinition::name, OptionDefinition::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("level", OptionDefinition.Kind.CHOICE),
            org.assertj.core.groups.Tuple.tuple("technology", OptionDefinition.Kind.SUGGESTED),
            org.assertj.core.groups.Tuple.tuple("region", OptionDefinition.Kind.OPEN),
            org.assertj.core.groups.Tuple.tuple("query", OptionDefinition.Kind.TEXT));
    assertThat(registry.defaultCommand().definition().options().get(0).choices())
        .extracting(OptionDefinition.Choice::value)
        .containsExactly("entry", "mid", "senior");
  }

  @Test
  void aNewCommandIsOneRegistrationAndAppearsInWordsHintExamplesAndHelp() {
    CommandRegistry more =
        CommandRegistry.builder(registry.defaultCommand())
            .help(registry.help())
            .register(stub(compare()))
            .build();

    Info help = (Info) more.help().run(new Invocation("help", Optional.empty(), more));

    assertThat(more.words()).containsEntry("compare", "compare").containsEntry("vs", "compare");
    assertThat(more.usageHint()).endsWith("| help | compare [question] vs [question]");
    assertThat(more.examples()).endsWith("compare senior python latam vs cee");
    assertThat(help.sections())
        .filteredOn(s -> s.heading().equals("Commands"))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.lines())
                    .containsExactly(
                        "/rate help — How to ask, with examples",
                        "/rate compare — Two questions side by side"));
    assertThat(help.sections())
        .filteredOn(s -> s.heading().equals("Examples"))
        .singleElement()
        .satisfies(s -> assertThat(s.lines()).endsWith("/rate compare senior python latam vs cee"));
  }

  @Test
  void compareAndRankTakeQuestionsAndCompareAnswersComparisons() {
    assertThat(registry.questions())
        .containsExactlyInAnyOrder("compare", "rank", "budget", "check", "why");
    assertThat(registry.comparison()).contains("compare");
    assertThat(registry.triggered())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(Trigger.COMPARISON, "compare", Trigger.TEAM, "budget", Trigger.AMOUNT, "check"));
  }

  @Test
  void aComparisonCommandMustTakeAQuestion() {
    CommandRegistryBuilder builder =
        CommandRegistry.builder(registry.defaultCommand()).help(registry.help());

    assertThatThrownBy(() -> builder.comparison(stub(compare())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a triggered command takes a question");
  }

  @Test
  void aWordThatWouldStartTwoCommandsIsRefused() {
    CommandRegistryBuilder builder =
        CommandRegistry.builder(registry.defaultCommand())
            .help(registry.help())
            .register(stub(CommandDefinition.builder("sauces", "Condiments").aliases("ls").build()))
            .register(registry.command("list").orElseThrow());

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'ls' starts both sauces and list");
  }

  @Test
  void theDefaultCommandsWordStartsNoOtherCommand() {
    CommandRegistryBuilder builder =
        CommandRegistry.builder(registry.defaultCommand())
            .help(registry.help())
            .register(stub(CommandDefinition.builder("rate", "Shadowing").build()));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'rate' is the default command's word");
  }

  @Test
  void aRegistryNeedsHelp() {
    assertThatThrownBy(() -> CommandRegistry.builder(registry.defaultCommand()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a registry needs a help command");
  }

  @Test
  void definitionsAreCheckedWhereTheyAreMade() {
    assertThatThrownBy(() -> CommandDefinition.builder("Compare", "x").build())
        .hasMessageContaining("lower-case");
    assertThatThrownBy(() -> CommandDefinition.builder("compare", "x".repeat(101)).build())
        .hasMessage("command compare: description over 100 characters");
    assertThatThrownBy(() -> CommandDefinition.builder("compare", "x").aliases("Vs").build())
        .hasMessage("command compare: bad alias 'Vs'");
  }

  @Test
  void optionsAndDescriptionsAreCheckedWhereTheyAreMade() {
    assertThatThrownBy(() -> OptionDefinition.text(null, "The question", 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("option name must be 1-32 lower-case chars: null");
    assertThatThrownBy(() -> OptionDefinition.text("question", " ", 10))
        .hasMessage("option question needs a description");
    assertThatThrownBy(() -> OptionDefinition.text("question", "The question", 0))
        .hasMessage("option question needs a positive max length");
    assertThat(OptionDefinition.text("question", "The question", 1).maxLength()).isEqualTo(1);
    assertThatThrownBy(() -> CommandDefinition.builder("compare", null).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("command compare needs a description");
    assertThat(CommandDefinition.builder("compare", "x".repeat(100)).build().description())
        .hasSize(100);
    assertThatThrownBy(() -> CommandDefinition.builder("compare", "x").aliases("").build())
        .hasMessage("command compare: bad alias ''");
  }

  @Test
  void theDefaultCommandIsStartedByNoWordAndHelpAndComparisonAreRegisteredOnce() {
    Command wordy =
        stub(CommandDefinition.builder("rate", "Rates").aliases("r").question().build());
    Command comparison =
        stub(
            CommandDefinition.builder("compare", "Two questions side by side")
                .aliases("vs")
                .question()
                .build());

    assertThatThrownBy(() -> CommandRegistry.builder(wordy).help(registry.help()).build())
        .hasMessage("the default command is started by no word");
    assertThatThrownBy(
            () ->
                CommandRegistry.builder(registry.defaultCommand())
                    .help(registry.help())
                    .help(registry.help()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("help is registered already");
    assertThatThrownBy(
            () ->
                CommandRegistry.builder(registry.defaultCommand())
                    .comparison(comparison)
                    .comparison(comparison))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("comparison is registered already");
    assertThat(registry.description())
        .isEqualTo(registry.defaultCommand().definition().description())
        .isNotEmpty();
  }

  @Test
  void commandsFoundByNameRunWithTheRegistry() {
    assertThat(registry.command("sources").orElseThrow().run(invocation("sources")))
        .isInstanceOfSatisfying(
            Info.class, i -> assertThat(i.title()).isEqualTo("Sources (data vintage 2023)"));
    assertThat(registry.command("list").orElseThrow().run(invocation("list")))
        .isInstanceOfSatisfying(Info.class, i -> assertThat(i.title()).isEqualTo("What I know"));
    assertThat(registry.command("forecast")).isEmpty();
    assertThat(List.copyOf(registry.wordCommands()))
        .extracting(c -> c.definition().word())
        .containsExactly("help", "list", "sources", "compare", "rank", "budget", "check", "why");
  }

  private Invocation invocation(String text) {
    return new Invocation(text, Optional.empty(), registry);
  }

  @Test
  void aHiddenCommandIsStartedByItsWordButListedNowhere() {
    Command secret =
        stub(CommandDefinition.builder("admin", "Operators only").usage("status").build());
    CommandRegistry withHidden =
        CommandRegistry.builder(registry.defaultCommand())
            .help(registry.help())
            .hidden(secret)
            .build();
    CommandRegistry without =
        CommandRegistry.builder(registry.defaultCommand()).help(registry.help()).build();

    assertThat(withHidden.command("admin")).containsSame(secret);
    assertThat(withHidden.words()).containsEntry("admin", "admin");
    assertThat(withHidden.wordCommands()).doesNotContain(secret);
    assertThat(withHidden.all()).doesNotContain(secret);
    assertThat(withHidden.usageHint()).isEqualTo(without.usageHint());
    assertThat(withHidden.examples()).isEqualTo(without.examples());
  }

  @Test
  void aHiddenCommandCannotTakeAWordInUse() {
    CommandRegistryBuilder builder =
        CommandRegistry.builder(registry.defaultCommand())
            .help(registry.help())
            .hidden(stub(CommandDefinition.builder("help", "Again").build()));

    assertThatThrownBy(builder::build).hasMessageContaining("'help' starts both");
  }
}
