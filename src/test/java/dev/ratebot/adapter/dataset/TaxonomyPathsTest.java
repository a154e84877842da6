package dev.ratebot.adapter.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.adapter.dataset.DatasetJson.LevelJson;
import dev.ratebot.adapter.dataset.DatasetJson.RegionJson;
import dev.ratebot.adapter.dataset.DatasetJson.TaxonomyJson;
import dev.ratebot.adapter.dataset.DatasetJson.TermJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaxonomyPathsTest {
  private static final TaxonomyJson TAXONOMY =
      new TaxonomyJson(
          List.of(
              new LevelJson("entry", "Entry", 1, List.of("junior")),
              new LevelJson("senior", "Senior", 2, List.of("sr", "lead"))),
          List.of(new TermJson("python", "Python", List.of("py"))),
          List.of("java", "go"),
          List.of(new RegionJson("cee", "Central Europe", List.of(), List.of("PL", "DE"))),
          Map.of("united states of america", "US"));

  @Test
  void termLocationsBecomePathsToTheValue() {
    assertThat(render("level 'senior', rank")).isEqualTo("$.taxonomy.levels[1].rank");
    assertThat(render("level 'senior', alias 'lead'")).isEqualTo("$.taxonomy.levels[1].aliases[1]");
    assertThat(render("technology 'python', alias 'python'"))
        .isEqualTo("$.taxonomy.technologies[0].id");
    assertThat(render("region 'cee', country DE")).isEqualTo("$.taxonomy.regions[0].countries[1]");
    assertThat(render("technology without data 'go', alias 'go'"))
        .isEqualTo("$.taxonomy.technologiesWithoutData[1]");
    assertThat(render("country alias 'united states of america'"))
        .isEqualTo("$.taxonomy.countryAliases['united states of america']");
  }

  @Test
  void anUnknownLocationKeepsItsNeutralWords() {
    assertThat(render("level 'staff', rank")).isEqualTo("$.taxonomy (level 'staff', rank)");
    assertThat(render("somewhere else")).isEqualTo("$.taxonomy (somewhere else)");
  }

  private static String render(String location) {
    return TaxonomyPaths.render(location, TAXONOMY);
  }
}
