package dev.ratebot.adapter.dataset;

import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a dataset file, field for field: one source and, optionally, the taxonomy its
 * figures are keyed by. Mapped to domain types by {@link JsonRateDatasetSource}.
 */
record DatasetJson(SourceJson source, TaxonomyJson taxonomy) {

  record SourceJson(
      String id,
      String name,
      String publisher,
      String publisherKind,
      String vintage,
      String role,
      String currency,
      String coverage,
      String seed,
      ContextJson context,
      List<OriginJson> origins,
      List<TableJson> tables) {}

  record ContextJson(
      List<String> factors,
      List<String> highestPayingIndustries,
      String trend,
      String attribution) {}

  record OriginJson(
      String id, String name, String kind, String vintage, String covers, Integer sampleSize) {}

  record TaxonomyJson(
      List<LevelJson> levels,
      List<TermJson> technologies,
      List<String> technologiesWithoutData,
      List<RegionJson> regions,
      Map<String, String> countryAliases) {}

  record LevelJson(String id, String label, Integer rank, List<String> aliases) {}

  record TermJson(String id, String label, List<String> aliases) {}

  record RegionJson(String id, String label, List<String> aliases, List<String> countries) {}

  record TableJson(
      String id,
      String title,
      String kind,
      String rateType,
      String reading,
      String note,
      String period,
      String place,
      List<String> origins,
      List<RowJson> rows) {}

  record RowJson(
      String level,
      String technology,
      String region,
      Double low,
      Double high,
      Double topEnd,
      Boolean orMore,
      String quote) {}
}
