package dev.ratebot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.reply.Info;
import dev.ratebot.testing.Bundled;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListCommandTest {
  @Test
  void listsEveryTermWithTheWordsThatNameItAndEachRegionsCountries() {
    assertThat(lines())
        .startsWith(
            "What I know",
            "## Levels",
            "Entry (junior, jr, jnr, entry-level, entry level, beginner, graduate)",
            "Mid (middle, intermediate, mid-level, mid level, midlevel, regular)",
            "Senior (sr, snr, senior-level, senior level)",
            "## Technologies",
            "Node.js (nodejs, node.js, node js, express)",
            "Ruby on Rails (ruby on rails, ror, ruby, ruby-on-rails)",
            "Laravel",
            "Python (py, python3, django, flask, fastapi)")
        .contains(
            "## Regions",
            "North America (na, namer, northern america)",
            "  countries: Canada, United States")
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(
                        "Without specific figures (all-technology figures are shown): java, go,"));
  }

  private static List<String> lines() {
    Info info =
        (Info)
            new ListCommand(Bundled.dataset())
                .run(
                    new Invocation(
                        "list",
                        Optional.empty(),
                        BuiltInCommands.registry(Bundled.dataset(), EstimateSettings.defaults())));
    List<String> lines = new ArrayList<>();
    lines.add(info.title());
    for (Info.Section section : info.sections()) {
      lines.add("## " + section.heading());
      lines.addAll(section.lines());
    }
    return lines;
  }
}
