package dev.ratebot.core.rates;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One source of figures: an article, a survey, or a company's own rate card. A dataset holds
 * several; each figure shown names its source, and sources are never blended.
 *
 * @param id the stable key, e.g. "procoders-2023"
 * @param name what users see, e.g. "ProCoders, “Backend Developer Salary in 2023”"
 * @param publisher who published it, e.g. "ProCoders"
 * @param publisherKind what kind of publisher, e.g. "a software outsourcing vendor"
 * @param vintage the year the data describes, e.g. "2023"
 * @param role whether it feeds estimates (market) or is shown beside them (reference)
 * @param currency the ISO 4217 code its figures are in, e.g. "USD"
 * @param coverage what it covers, in a few words
 * @param context what the source says moves a rate
 * @param origins the surveys or price lists it cites; may be empty
 * @param tables its tables
 */
public record RateSource(
    String id,
    String name,
    String publisher,
    String publisherKind,
    String vintage,
    SourceRole role,
    String currency,
    String coverage,
    MarketContext context,
    List<Origin> origins,
    List<RateTable> tables) {
  public RateSource {
    Term.check(id, name);
    Objects.requireNonNull(vintage, "vintage");
    Term.checkYear(vintage);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(context, "context");
    publisher = publisher == null ? "" : publisher;
    publisherKind = publisherKind == null ? "" : publisherKind;
    coverage = coverage == null ? "" : coverage;
    currency = new Unit(currency == null ? "" : currency, Period.HOUR).currency();
    origins = List.copyOf(origins);
    tables = List.copyOf(tables);
  }

  /** The kinds of figure its tables hold. */
  public Set<RateType> rateTypes() {
    Set<RateType> types = EnumSet.noneOf(RateType.class);
    tables.forEach(t -> types.add(t.rateType()));
    return types;
  }

  /** The first table of a kind, if it has one. */
  public Optional<RateTable> table(TableKind kind) {
    return tables.stream().filter(t -> t.kind() == kind).findFirst();
  }

  /** The table with an id, if it has one. */
  public Optional<RateTable> table(String tableId) {
    return tables.stream().filter(t -> t.id().equals(tableId)).findFirst();
  }

  /** The origin with an id, if the source cites it. */
  public Optional<Origin> origin(String originId) {
    return origins.stream().filter(o -> o.id().equals(originId)).findFirst();
  }
}
