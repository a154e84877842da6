package dev.ratebot.core.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
  private static final Level MID = new Level("mid", "Mid", 2, List.of("middle"));
  private static final Technology PYTHON = new Technology("python", "Python", List.of("py"));
  private static final Region US = new Region("us", "United States", List.of(), List.of("US"));

  @Test
  void levelsAreOrderedByRankAndWordsMayRepeatWithinOneTerm() {
    Taxonomy taxonomy =
        new Taxonomy(
            List.of(new Level("senior", "senior", 3, List.of("Senior")), MID),
            List.of(PYTHON),
            List.of(),
            List.of(US),
            Map.of());

    assertThat(taxonomy.levels()).extracting(Level::id).containsExactly("mid", "senior");
    assertThat(taxonomy.regionOfCountry("us")).contains(US);
  }

  @Test
  void aWordNamesOneThingOnly() {
    Technology go = new Technology("go", "Go", List.of("Middle "));

    assertThatThrownBy(() -> taxonomy(List.of(MID), List.of(PYTHON, go), List.of(), Map.of()))
        .isInstanceOf(InvalidDatasetException.class)
        .hasMessage(
            "technology 'go', alias 'middle': the word 'middle' is claimed twice (also by level"
                + " 'mid')");
    assertThatThrownBy(() -> taxonomy(List.of(MID), List.of(PYTHON), List.of("PY"), Map.of()))
        .hasMessage(
            "technology without data 'py', alias 'py': the word 'py' is claimed twice (also by"
                + " technology 'python')");
  }

  @Test
  void anIdALabelOrARegionNameNamesOneThingOnly() {
    Level middle = new Level("l2", "Mid", 2, List.of());

    assertThatThrownBy(
            () ->
                taxonomy(
                    List.of(middle),
                    List.of(new Technology("l2", "Level Two", List.of())),
                    List.of(),
                    Map.of()))
        .hasMessage(
            "technology 'l2', alias 'l2': the word 'l2' is claimed twice (also by level 'l2')");
    assertThatThrownBy(
            () ->
                taxonomy(
                    List.of(middle),
                    List.of(new Technology("golang", "MID", List.of())),
                    List.of(),
                    Map.of()))
        .hasMessage(
            "technology 'golang', alias 'mid': the word 'mid' is claimed twice (also by level"
                + " 'l2')");
    assertThatThrownBy(
            () ->
                new Taxonomy(
                    List.of(),
                    List.of(PYTHON),
                    List.of(),
                    List.of(US, new Region("snake", "Python Land", List.of("py"), List.of("BR"))),
                    Map.of()))
        .hasMessage(
            "region 'snake', alias 'py': the word 'py' is claimed twice (also by technology"
                + " 'python')");
  }

  @Test
  void twoLevelsCannotShareARank() {
    Level lead = new Level("lead", "Lead", 2, List.of());

    assertThatThrownBy(() -> taxonomy(List.of(MID, lead), List.of(), List.of(), Map.of()))
        .hasMessageMatching("level '(lead|mid)', rank: rank 2 is used twice");
    assertThatCode(
            () ->
                taxonomy(
                    List.of(MID, new Level("lead", "Lead", 3, List.of())),
                    List.of(),
                    List.of(),
                    Map.of()))
        .doesNotThrowAnyException();
  }

  @Test
  void countriesAreIsoCodesInOneRegionAndAliasesNameMembers() {
    Region eu = new Region("eu", "Europe", List.of(), List.of("DE", "US"));
    Region bad = new Region("xx", "Nowhere", List.of(), List.of("XX"));

    assertThatThrownBy(
            () -> new Taxonomy(List.of(), List.of(), List.of(), List.of(US, eu), Map.of()))
        .hasMessage("region 'eu', country US: country US is already in region 'us'");
    assertThatThrownBy(() -> new Taxonomy(List.of(), List.of(), List.of(), List.of(bad), Map.of()))
        .hasMessage("region 'xx', country XX: 'XX' is not an ISO 3166 code");
    assertThatThrownBy(() -> taxonomy(List.of(), List.of(), List.of(), Map.of("holland", "NL")))
        .hasMessage("country alias 'holland': country NL is not a member of any region");
    assertThat(taxonomy(List.of(), List.of(), List.of(), Map.of("usa", "US")).countryAliases())
        .containsEntry("usa", "US");
  }

  private static Taxonomy taxonomy(
      List<Level> levels,
      List<Technology> technologies,
      List<String> withoutData,
      Map<String, String> aliases) {
    return new Taxonomy(levels, technologies, withoutData, List.of(US), aliases);
  }
}
