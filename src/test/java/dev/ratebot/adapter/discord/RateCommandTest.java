package dev.ratebot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.command.CommandDefinition;
import dev.ratebot.core.command.CommandRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.Test;

class RateCommandTest {
  final RateCommand command = new RateCommand(Fixtures.registry());

  @Test
  void typedOptionsFillSlotsAndTheQueryIsTheText() {
    Map<String, String> options = new HashMap<>();
    options.put("query", " in usd ");
    options.put("region", "latin-america");
    options.put("level", " senior");
    options.put("technology", "");

    assertThat(command.requestText(options::get)).isEqualTo("in usd");
    assertThat(command.typedOptions(options::get))
        .containsExactly(Map.entry("level", "senior"), Map.entry("region", "latin-america"));
    assertThat(command.requestText(name -> null)).isEmpty();
    assertThat(command.typedOptions(name -> null)).isEmpty();
  }

  @Test
  void levelsAreChoicesAndTheRestAutocomplete() {
    var definition = command.definition();

    assertThat(definition.getName()).isEqualTo("rate");
    assertThat(definition.getOptions().get(0).getChoices())
        .extracting(Command.Choice::getName)
        .containsExactly("Junior", "Mid", "Senior");
    assertThat(definition.getOptions().subList(1, 4)).allMatch(o -> o.isAutoComplete());
  }

  @Test
  void theQueryOptionNamesTheOtherCommandsAndANewCommandIsSuggested() {
    CommandRegistry registry = Fixtures.registry();
    CommandDefinition compare =
        CommandDefinition.builder("compare", "Two questions side by side")
            .examples("senior python latam vs cee")
            .build();
    RateCommand more =
        new RateCommand(
            CommandRegistry.builder(registry.defaultCommand())
                .help(registry.help())
                .register(registry.command("list").orElseThrow())
                .register(Fixtures.stub(compare))
                .build());

    var query = command.definition().getOptions().get(3);
    assertThat(query.getName()).isEqualTo("query");
    assertThat(query.getDescription())
        .isEqualTo("Or ask in words: 'senior java brazil'; also help, list, sources");
    assertThat(query.getMaxLength()).isEqualTo(200);
    assertThat(more.definition().getOptions().get(3).getDescription())
        .endsWith("; also help, list, compare");
    assertThat(values(more.suggest("query", "comp")))
        .containsExactly("comp", "compare", "compare senior python latam vs cee");
  }

  @Test
  void suggestsPrefixMatchesBeforeContainsMatches() {
    assertThat(values(command.suggest("technology", "java"))).containsExactly("java", "javascript");
    assertThat(values(command.suggest("technology", "script"))).containsExactly("javascript");
    assertThat(values(command.suggest("region", "europe")))
        .startsWith("western-europe", "eastern-europe");
  }

  @Test
  void regionPassesACountryThroughAfterTheRegions() {
    assertThat(values(command.suggest("region", "Brazil"))).containsExactly("Brazil");
    assertThat(values(command.suggest("region", "latin")))
        .containsExactly("latin-america", "latin");
    assertThat(values(command.suggest("region", "latin-america"))).containsExactly("latin-america");
  }

  @Test
  void queryOffersWhatWasTypedThenSubCommandsThenExamples() {
    assertThat(values(command.suggest("query", ""))).startsWith("help", "list", "sources");
    assertThat(values(command.suggest("query", "senior")))
        .containsExactly("senior", "senior python latam", "senior python", "senior java brazil");
    assertThat(command.suggest("query", "h").get(1).getName())
        .isEqualTo("help — How to ask, with examples");
  }

  @Test
  void neverMoreThan25SuggestionsOrOver100Characters() {
    String typed = "x".repeat(300);

    assertThat(command.suggest("query", typed))
        .hasSize(1)
        .allSatisfy(c -> assertThat(c.getAsString()).hasSizeLessThanOrEqualTo(100));
    assertThat(command.suggest("unknown", "")).isEmpty();
  }

  private static List<String> values(List<Command.Choice> choices) {
    return choices.stream().map(Command.Choice::getAsString).toList();
  }
}
