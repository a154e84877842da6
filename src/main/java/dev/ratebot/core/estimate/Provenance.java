package dev.ratebot.core.estimate;

import dev.ratebot.core.rates.Observation;
import dev.ratebot.core.rates.Origin;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.RateSource;
import dev.ratebot.core.rates.RateTable;
import dev.ratebot.core.reply.Citation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows an answer used, to cite them exactly: one citation per table, naming the origins the
 * source gives for it, the source, the table with what its figures are, and the rows.
 */
final class Provenance {
  private final RateDataset dataset;
  private final Map<String, Set<Observation>> used = new LinkedHashMap<>();

  Provenance(RateDataset dataset) {
    this.dataset = dataset;
  }

  void use(Observation row) {
    used.computeIfAbsent(row.source() + '\u0000' + row.table(), k -> new LinkedHashSet<>())
        .add(row);
  }

  void useAll(List<Observation> rows) {
    rows.forEach(this::use);
  }

  List<Citation> citations() {
    List<Citation> citations = new ArrayList<>();
    String marketCurrency = dataset.market().currency();
    for (Set<Observation> rows : used.values()) {
      Observation first = rows.iterator().next();
      RateSource source = dataset.source(first.source()).orElseThrow();
      RateTable table = source.table(first.table()).orElseThrow();
      List<Origin> origins =
          table.originIds().stream()
              .map(source::origin)
              .flatMap(java.util.Optional::stream)
              .toList();
      String what =
          Wording.rateType(table)
              + (source.currency().equals(marketCurrency) ? "" : ", " + source.currency());
      List<String> rowNames = new ArrayList<>();
      rows.forEach(r -> rowNames.add(Wording.row(r, dataset)));
      citations.add(
          new Citation(
              origins.isEmpty()
                  ? source.name()
                  : String.join(", ", origins.stream().map(Origin::name).toList()),
              origins.isEmpty() ? source.vintage() : origins.get(0).vintage(),
              origins.isEmpty() ? "" : source.name(),
              table.title() + " (" + what + ")",
              rowNames));
    }
    return citations;
  }
}
