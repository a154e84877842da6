package dev.ratebot.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.query.QuantityReader.Read;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuantityReaderTest {
  private static final Set<String> PEOPLE = Set.of("devs", "developers", "seniors", "people");
  private static final Set<String> KNOWN = Set.of("php", "python", "senior", "3");

  private final QuantityReader reader = new QuantityReader(PEOPLE::contains, KNOWN::contains);

  @Test
  void anAmountTakesItsCurrencyAndPeriodFromSymbolsCodesWordsAndAdverbs() {
    assertThat(read("$45/h")).containsExactly("amount 45 USD per HOUR '$45/h'");
    assertThat(read("€5k per month")).containsExactly("amount 5000 EUR per MONTH '€5k per month'");
    assertThat(read("1.5m a year")).containsExactly("amount 1500000 - per YEAR '1.5m a year'");
    assertThat(read("40 eur an hour")).containsExactly("amount 40 EUR per HOUR '40 eur an hour'");
    assertThat(read("90,000 dollars annually"))
        .containsExactly("amount 90000 USD per YEAR '90,000 dollars annually'");
    assertThat(read("7000 PLN monthly"))
        .containsExactly("amount 7000 PLN per MONTH '7000 PLN monthly'");
    assertThat(read("400/day")).containsExactly("amount 400 - per DAY '400/day'");
    assertThat(read("900 every week")).containsExactly("amount 900 - per WEEK '900 every week'");
    assertThat(read("£60 hourly")).containsExactly("amount 60 GBP per HOUR '£60 hourly'");
  }

  @Test
  void wordsTheParserKnowsAreNotCurrencies() {
    assertThat(read("45 php")).containsExactly("amount 45 - per - '45'", "rest '   php'");
    assertThat(read("45 PHP")).containsExactly("amount 45 PHP per - '45 PHP'");
    assertThat(read("45 top")).containsExactly("amount 45 - per - '45'", "rest '   top'");
  }

  @Test
  void aNumberWithATimeWordIsAPeriodAndBeforeAPersonWordACount() {
    assertThat(read("6 months")).containsExactly("period 6 MONTH '6 months'");
    assertThat(read("3-yrs")).containsExactly("period 3 YEAR '3-yrs'");
    assertThat(read("12 hours 5 days 2 wks"))
        .containsExactly(
            "period 12 HOUR '12 hours'", "period 5 DAY '5 days'", "period 2 WEEK '2 wks'");
    assertThat(read("2 devs")).containsExactly("count 2 '2'", "rest '  devs'");
    assertThat(read("1000 devs")).containsExactly("amount 1000 - per - '1000'", "rest '     devs'");
  }

  @Test
  void aHeadCountMayBeWrittenWithATimesSignAsTitlesWriteIt() {
    assertThat(read("4 × devs")).containsExactly("count 4 '4'", "rest '    devs'");
    assertThat(read("4×devs")).containsExactly("count 4 '4'", "rest '  devs'");
    assertThat(read("4 x devs")).containsExactly("count 4 '4'", "rest '    devs'");
    assertThat(read("2 * devs")).containsExactly("count 2 '2'", "rest '    devs'");
    assertThat(read("4 x cats")).containsExactly("amount 4 - per - '4'", "rest '  x cats'");
  }

  @Test
  void numbersInWordsCountPeopleAndPeriods() {
    assertThat(read("three devs for two weeks"))
        .containsExactly(
            "period 2 WEEK 'two weeks'", "count 3 'three'", "rest '      devs for          '");
    assertThat(read("for a year")).containsExactly("period 1 YEAR 'a year'", "rest 'for       '");
    assertThat(read("during one month"))
        .containsExactly("period 1 MONTH 'one month'", "rest 'during          '");
    assertThat(read("three cats")).containsExactly("rest 'three cats'");
  }

  @Test
  void yearsOrdinalsAndKnownWordsStayWords() {
    assertThat(read("2023 data")).containsExactly("rest '2023 data'");
    assertThat(read("the 2nd one")).containsExactly("rest 'the 2nd one'");
    assertThat(read("python 3")).containsExactly("rest 'python 3'");
    assertThat(read("3x faster")).containsExactly("rest '3x faster'");
    assertThat(read("$3x"))
        .as("the sign alone is a currency")
        .containsExactly("currency USD", "rest ' 3x'");
  }

  @Test
  void latinAmericanCodesThatAreAlsoWordsAreCurrenciesAfterInOrBeforeAPeriod() {
    assertThat(read("senior python peru in pen"))
        .containsExactly("currency PEN", "rest 'senior python peru in    '");
    assertThat(read("rates into cop")).containsExactly("currency COP", "rest 'rates into    '");
    assertThat(read("check 45 ars/h"))
        .containsExactly("amount 45 ARS per HOUR '45 ars/h'", "rest 'check         '");
    assertThat(read("python in all regions")).containsExactly("rest 'python in all regions'");
    assertThat(read("python in top companies")).containsExactly("rest 'python in top companies'");
    assertThat(read("3 cop shows")).doesNotContain("currency COP");
    assertThat(read("python devs in cad software")).doesNotContain("currency CAD");
    assertThat(read("senior python canada in cad?")).contains("currency CAD");
  }

  private List<String> read(String text) {
    Read read = reader.read(text);
    List<String> lines = new ArrayList<>();
    for (Quantities.Amount a : read.quantities().amounts()) {
      lines.add(
          "amount "
              + a.value().stripTrailingZeros().toPlainString()
              + " "
              + a.currency().orElse("-")
              + " per "
              + a.per().map(Enum::name).orElse("-")
              + " '"
              + a.typed()
              + "'");
    }
    for (Quantities.Period p : read.quantities().periods()) {
      lines.add(
          "period "
              + p.length().stripTrailingZeros().toPlainString()
              + " "
              + p.unit()
              + " '"
              + p.typed()
              + "'");
    }
    for (Quantities.Count c : read.quantities().counts()) {
      lines.add("count " + c.people() + " '" + c.typed() + "'");
    }
    read.quantities().currencies().forEach(c -> lines.add("currency " + c));
    if (!read.rest().isBlank()) {
      lines.add("rest '" + read.rest() + "'");
    }
    return lines;
  }
}
