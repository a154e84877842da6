package dev.ratebot.testing;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Questions that were once answered with a guess (issue 7), each with what the honest answer must
 * say ("|" separates several musts) and what it must not. Every surface's end-to-end test runs
 * them.
 */
public final class HonestAnswers {
  private HonestAnswers() {}

  public static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("senior python south africa", "No data for South Africa", "United States"),
        Arguments.of("mid node australia", "No data for Australia", "Austria"),
        Arguments.of("senior python austin", "Austin (United States)|North America", "Austria"),
        Arguments.of("vendor cee", "Ignored 'vendor'|Central Europe", "Assuming senior"),
        Arguments.of("senior python india", "No data for India", "United States"),
        Arguments.of("senior python IN", "No data for India", "United States"),
        Arguments.of("where does the data come from", "Sources|no sample sizes", "Benin"),
        Arguments.of(
            "what salary should we offer a senior python engineer in the US",
            "You asked about salaries|Contract rate",
            ""),
        Arguments.of("senior frontend latam", "backend developers only", "Contract rate"),
        Arguments.of("staff python cee", "No data above senior|Central Europe", ""),
        Arguments.of("senior python latam in eur", "Not used: EUR", ""),
        Arguments.of(
            "2 senior python latam 6 months",
            "$126,880–153,920|Same team in North America",
            "Not used"),
        Arguments.of(
            "is $45/h fair for a senior python dev in brazil?",
            "26% under the range|Brazil is shown with the Latin America figures",
            ""),
        Arguments.of("senior python usa", "Contract rate|Full-time year cost|2023 data", "Annual"),
        Arguments.of(
            "senior python latam",
            "Contract rates (ratebot's reading)|no sample sizes|version",
            "Annual"));
  }

  /**
   * Issue 8's comparisons and rankings, once refused ("Pick one region at a time") or read without
   * their command word, each with what the answer must say ("|" separates several musts).
   */
  public static Stream<Arguments> comparisons() {
    return Stream.of(
        Arguments.of(
            "senior python latam vs na",
            "69% above Latin America|Latin America is the cheaper of the two, about 41% below"
                + " North America at the midpoint|2023 data"),
        Arguments.of(
            "compare mid python latam vs cee vs india",
            "10% below Latin America|No data for India|Contract rates (ratebot's reading)"),
        Arguments.of(
            "cheapest mid python",
            "1. Central Europe|saves 49% against North America|Savings are against North America"),
        Arguments.of(
            "budget 2 senior python + 1 mid node cee 12 weeks",
            "$81,120–97,440|480 h|Same team in North America|Contract rates only"),
        Arguments.of(
            "budget for 3 mid python devs in latam for a year",
            "$324,480–380,640|2,080 h|44% against North America"),
        Arguments.of(
            "check 7000/month senior python latam",
            "34% under the range|No salary data for Latin America|shown only to you"),
        Arguments.of("check $90k/yr senior python usa", "18% under the range|$110,000–135,000/yr"));
  }
}
