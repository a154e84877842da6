package dev.ratebot.core.rates;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything ratebot answers from: one taxonomy and a set of sources, validated on construction.
 * The first market source feeds estimates; every other source is shown beside them, under its own
 * name, and never blended in.
 *
 * @param taxonomy the levels, technologies and regions figures are keyed by
 * @param sources the sources, in the order they were configured; at least one is a market source
 * @param version a short hash of the dataset's content, e.g. "1a2b3c4d"; answers name it
 */
public record RateDataset(Taxonomy taxonomy, List<RateSource> sources, String version) {

  public RateDataset {
    Objects.requireNonNull(taxonomy, "taxonomy");
    sources = List.copyOf(sources);
    version = version == null ? "" : version;
    Set<String> ids = new HashSet<>();
    for (RateSource source : sources) {
      if (!ids.add(source.id())) {
        throw new InvalidDatasetException(
            SourceLocation.of(source.id()).field("id"), "the source id is used twice");
      }
      SourceRules.check(source, taxonomy);
    }
    List<RateSource> markets = sources.stream().filter(s -> s.role() == SourceRole.MARKET).toList();
    if (markets.size() > 1) {
      // Only one source feeds estimates; a second one would sit unused while labelled as feeding.
      throw new InvalidDatasetException(
          SourceLocation.of(markets.get(1).id()).field("role"),
          "a second market source (after '"
              + markets.get(0).id()
              + "'): only one source feeds estimates; give this one role REFERENCE to show it"
              + " beside them");
    }
    if (markets.isEmpty()) {
      throw new InvalidDatasetException(
          "sources", "no market source: at least one source must feed estimates");
    }
  }

  /** The source estimates come from: the first market source. */
  public RateSource market() {
    return sources.stream().filter(s -> s.role() == SourceRole.MARKET).findFirst().orElseThrow();
  }

  /** Every source other than {@link #market()}: shown beside estimates, never fed into them. */
  public List<RateSource> others() {
    RateSource market = market();
    return sources.stream().filter(s -> !s.id().equals(market.id())).toList();
  }

  /** The source with an id. */
  public Optional<RateSource> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The market source's title, for help and headings. */
  public String title() {
    return market().name();
  }

  /** The market source's vintage: the year the estimates describe. */
  public String vintage() {
    return market().vintage();
  }

  /** What the market source says moves a rate. */
  public MarketContext context() {
    return market().context();
  }

  public List<Level> levels() {
    return taxonomy.levels();
  }

  public List<Technology> technologies() {
    return taxonomy.technologies();
  }

  public List<String> technologiesWithoutData() {
    return taxonomy.technologiesWithoutData();
  }

  public List<Region> regions() {
    return taxonomy.regions();
  }

  public Map<String, String> countryAliases() {
    return taxonomy.countryAliases();
  }

  public Optional<Level> level(String id) {
    return taxonomy.level(id);
  }

  public Optional<Technology> technology(String id) {
    return taxonomy.technology(id);
  }

  public Optional<Region> region(String id) {
    return taxonomy.region(id);
  }

  /** The region a country (ISO alpha-2, any case) belongs to. */
  public Optional<Region> regionOfCountry(String isoCode) {
    return taxonomy.regionOfCountry(isoCode);
  }

  /** Every member country code across all regions, sorted. */
  public Set<String> memberCountries() {
    return taxonomy.memberCountries();
  }
}
