package dev.ratebot.adapter.dataset;

import java.util.List;

/** The JSON shape of a dataset file, field for field; mapped to domain types by the source. */
record DatasetJson(
    String title,
    String vintage,
    ArticleJson article,
    ContextJson context,
    List<SourceJson> sources,
    List<LevelJson> levels,
    List<TermJson> technologies,
    List<String> technologiesWithoutData,
    List<RegionJson> regions,
    java.util.Map<String, String> countryAliases,
    List<TableJson> tables) {

  record ArticleJson(String title, String publisher, String seed) {}

  record ContextJson(List<String> factors, List<String> highestPayingIndustries, String trend) {}

  record SourceJson(String id, String name, String vintage, String via, String covers) {}

  record LevelJson(String id, String label, Integer rank, List<String> aliases) {}

  record TermJson(String id, String label, List<String> aliases) {}

  record RegionJson(String id, String label, List<String> aliases, List<String> countries) {}

  record TableJson(
      String id,
      String title,
      String kind,
      String unit,
      String place,
      List<String> sources,
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
