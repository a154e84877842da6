package dev.ratebot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.rates.MarketContext;
import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.Origin;
import dev.ratebot.core.rates.Period;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateSource;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.rates.RateType;
import dev.ratebot.core.rates.SourceRole;
import dev.ratebot.core.rates.TableKind;
import dev.ratebot.core.rates.Unit;
import dev.ratebot.core.reply.Info;
import dev.ratebot.testing.Bundled;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SourcesCommandTest {
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void theBundledSourcesAreDescribedInFull() {
    assertThat(lines(Bundled.dataset()))
        .containsExactly(
            "Sources (data vintage 2023)",
            "## ProCoders, “Backend Developer Salary in 2023”",
            "Feeds estimates; contract rates, vendor's prices, salaries in USD; vintage 2023.",
            "Publisher: ProCoders, a software outsourcing vendor, in its own blog article.",
            "Covers: Backend developers: US salaries by level and by technology (Node.js, Ruby on Rails, Laravel, Python), hourly rates in four regions, and the vendor's own Central Europe prices.",
            "Age and confidence: 2023 data, about 3 years old; ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale, Glassdoor, ProCoders (vendor's own rates) and US salary data linked in the article (not named in its text); no sample sizes.",
            "• Payscale, salary survey (self-reported pay), no sample size given: Backend developer hourly rate by region (contract rates); US annual salary by technology (salaries)",
            "• Glassdoor, salary-reporting site (self-reported pay), no sample size given: Backend developer hourly rate by region (contract rates)",
            "• ProCoders (vendor's own rates), the vendor's own prices, no sample size given: ProCoders' own Central Europe rates (vendor's prices)",
            "• US salary data linked in the article (not named in its text), salary data the article links without naming it, no sample size given: US annual salary by experience (salaries)",
            "US annual salary by experience: salaries (an employee's base pay), USD/yr. The article: these figures are US national averages and may not account for regional differences in pay.",
            "Backend developer hourly rate by region: contract rates (what a client pays), USD/h. The article: an average range and a top end per region, for backend developers of all levels.",
            "  Reading: ratebot's reading: the article credits Payscale and Glassdoor, which survey pay, but these figures sit far above its own US salaries per hour (North America's $85–110/h midpoint is about 1.7 times the US senior salary's midpoint ÷ 2,080 h), so ratebot treats them as contract rates, what a client pays, not salaries.",
            "ProCoders' own Central Europe rates: vendor's prices (one vendor's list price), USD/h. A vendor's price list for its own developers, not a market survey.",
            "US annual salary by technology: salaries (an employee's base pay), USD/yr. The article: US average salaries by technology, from Payscale; its table has no header row, and ratebot reads the three ranges as entry, mid and senior.",
            "## Context (per the article)",
            "What moves a rate: cost of living, market conditions, experience level, rarity of the skills needed.",
            "Highest hourly rates: finance, healthcare, e-commerce, technology.",
            "Trend: 2023: layoffs and AI automation put downward pressure on backend salaries (“now is definitely the ‘buy low’ time”).",
            "## Estimates",
            "Combinations no source states are estimates, labelled as such, with the method and the rows used. Levels: Entry, Mid, Senior.",
            "## Dataset version",
            Bundled.dataset().version());
  }

  @Test
  void aRateCardSaysWhatItHasAndLeavesOutWhatItDoesNotSay() {
    assertThat(lines(withCard()))
        .containsExactly(
            "Sources (data vintage 2023)",
            "## ProCoders, “Backend Developer Salary in 2023”",
            "Feeds estimates; contract rates, vendor's prices, salaries in USD; vintage 2023.",
            "Publisher: ProCoders.",
            "Age and confidence: 2023 data, about 3 years old; ProCoders, citing Payscale, Glassdoor, ProCoders (vendor's own rates) and US salary data linked in the article (not named in its text); no sample sizes.",
            "• Payscale, salary survey (self-reported pay), no sample size given: Backend developer hourly rate by region (contract rates); US annual salary by technology (salaries)",
            "• Glassdoor, salary-reporting site (self-reported pay), no sample size given: Backend developer hourly rate by region (contract rates)",
            "• ProCoders (vendor's own rates), the vendor's own prices, no sample size given: ProCoders' own Central Europe rates (vendor's prices)",
            "• US salary data linked in the article (not named in its text), salary data the article links without naming it, no sample size given: US annual salary by experience (salaries)",
            "US annual salary by experience: salaries (an employee's base pay), USD/yr. The article: these figures are US national averages and may not account for regional differences in pay.",
            "Backend developer hourly rate by region: contract rates (what a client pays), USD/h. The article: an average range and a top end per region, for backend developers of all levels.",
            "  Reading: ratebot's reading: the article credits Payscale and Glassdoor, which survey pay, but these figures sit far above its own US salaries per hour (North America's $85–110/h midpoint is about 1.7 times the US senior salary's midpoint ÷ 2,080 h), so ratebot treats them as contract rates, what a client pays, not salaries.",
            "ProCoders' own Central Europe rates: vendor's prices (one vendor's list price), USD/h. A vendor's price list for its own developers, not a market survey.",
            "US annual salary by technology: salaries (an employee's base pay), USD/yr. The article: US average salaries by technology, from Payscale; its table has no header row, and ratebot reads the three ranges as entry, mid and senior.",
            "## Acme rate card",
            "Shown beside estimates; contract rates in EUR; vintage 2025.",
            "Covers: Acme's own contractors.",
            "Age and confidence: 2025 data, about 1 year old; Acme rate card, citing Acme survey and Old list; sample sizes: Acme survey 120 (others not given).",
            "• Acme survey, 120 data points: Rates 2025 (contract rates)",
            "• Old list, price list, no sample size given",
            "Rates 2025: contract rates (what a client pays), EUR/h",
            "## Context",
            "Highest hourly rates: finance, healthcare.",
            "## Estimates",
            "Combinations no source states are estimates, labelled as such, with the method and the rows used. Levels: Entry, Mid, Senior.",
            "## Dataset version",
            "test");
  }

  private static List<String> lines(RateDataset dataset) {
    Info info =
        (Info)
            new SourcesCommand(dataset, TODAY)
                .run(
                    new Invocation(
                        "sources",
                        Optional.empty(),
                        BuiltInCommands.registry(dataset, EstimateSettings.defaults())));
    List<String> lines = new ArrayList<>();
    lines.add(info.title());
    for (Info.Section section : info.sections()) {
      lines.add("## " + section.heading());
      lines.addAll(section.lines());
    }
    return lines;
  }

  // The bundled market source with a context that names only industries, and a rate card that
  // names no publisher, cites one survey with a sample size and lists one it does not use.
  private static RateDataset withCard() {
    RateDataset bundled = Bundled.dataset();
    RateSource market = bundled.market();
    RateSource quieter =
        new RateSource(
            market.id(),
            market.name(),
            market.publisher(),
            "",
            market.vintage(),
            market.role(),
            market.currency(),
            "",
            new MarketContext(List.of(), List.of("finance", "healthcare"), "", ""),
            market.origins(),
            market.tables());
    RateTable rates =
        new RateTable(
            "rates",
            "Rates 2025",
            TableKind.FIGURES,
            RateType.CONTRACT_RATE,
            "",
            "",
            new Unit("EUR", Period.HOUR),
            "",
            List.of("survey"),
            List.of(
                new Observation(
                    "acme", "rates", "senior", null, "latin-america", 55, 70, 0, false, "")));
    RateSource card =
        new RateSource(
            "acme",
            "Acme rate card",
            "",
            "",
            "2025",
            SourceRole.REFERENCE,
            "EUR",
            "Acme's own contractors",
            MarketContext.none(),
            List.of(
                new Origin("survey", "Acme survey", "", "2025", "", OptionalInt.of(120)),
                new Origin("old", "Old list", "price list", "2024", "", OptionalInt.empty())),
            List.of(rates));
    List<RateSource> sources = new ArrayList<>();
    sources.add(quieter);
    sources.addAll(bundled.others());
    sources.add(card);
    return new RateDataset(bundled.taxonomy(), sources, "test");
  }
}
