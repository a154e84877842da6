package dev.ratebot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.reply.Info;
import dev.ratebot.testing.Bundled;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HelpCommandTest {
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

  private static Info help(RateDataset dataset) {
    CommandRegistry registry = BuiltInCommands.registry(dataset, EstimateSettings.defaults());
    return (Info)
        new HelpCommand(dataset, TODAY).run(new Invocation("help", Optional.empty(), registry));
  }

  private static List<String> about(Info help) {
    return help.sections().get(help.sections().size() - 1).lines();
  }

  @Test
  void theFiguresLineSaysHowOldTheDataIsAndWhichVersionServes() {
    RateDataset bundled = Bundled.dataset();

    assertThat(about(help(bundled)))
        .singleElement()
        .asString()
        .startsWith("Figures come from ProCoders")
        .contains("(2023 data, about 3 years old; dataset version " + bundled.version() + ")");
  }

  @Test
  void aDatasetWithoutAVersionIsNotGivenAnEmptyOne() {
    RateDataset bundled = Bundled.dataset();
    RateDataset unversioned = new RateDataset(bundled.taxonomy(), bundled.sources(), "");

    assertThat(about(help(unversioned)))
        .singleElement()
        .asString()
        .contains("(2023 data, about 3 years old);")
        .doesNotContain("version");
  }

  @Test
  void examplesAndCommandsComeFromTheRegistry() {
    Info help = help(Bundled.dataset());

    assertThat(help.sections().get(1).lines()).contains("/rate senior python latam");
    assertThat(help.sections().get(2).lines())
        .anySatisfy(line -> assertThat(line).startsWith("/rate compare — "));
  }
}
