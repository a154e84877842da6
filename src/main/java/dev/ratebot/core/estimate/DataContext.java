package dev.ratebot.core.estimate;

import dev.ratebot.core.rates.Origin;
import dev.ratebot.core.rates.RateSource;
import dev.ratebot.core.rates.RateTable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one line of context under an answer's title, from the dataset's own metadata: what the
 * figures are, how old the data is (by an injected clock), and how sure it is (who published it,
 * what it cites, sample sizes where known). E.g. "Contract rates (ratebot's reading) · 2023 data,
 * about 3 years old · ProCoders, a software outsourcing vendor, citing Payscale and Glassdoor; no
 * sample sizes".
 */
public final class DataContext {
  private DataContext() {}

  /**
   * The context line for figures from some tables of one source.
   *
   * @param source the source the tables belong to
   * @param tables the tables whose figures the answer shows, headline first
   * @param clock today
   */
  public static String line(RateSource source, List<RateTable> tables, Clock clock) {
    List<String> types = new ArrayList<>();
    Set<Origin> origins = new LinkedHashSet<>();
    for (RateTable table : tables) {
      String type = Wording.rateType(table).replace(", ratebot's reading", " (ratebot's reading)");
      if (!types.contains(type)) {
        types.add(type);
      }
      table.originIds().forEach(id -> source.origin(id).ifPresent(origins::add));
    }
    String what = Wording.and(types);
    what = what.isEmpty() ? "" : Character.toUpperCase(what.charAt(0)) + what.substring(1) + " · ";
    List<Origin> cited = tables.isEmpty() ? source.origins() : List.copyOf(origins);
    return what + age(source.vintage(), clock) + " · " + confidence(source, cited);
  }

  /**
   * "2023 data, about 3 years old"; "2026 data, this year's"; "data of Q3 2023" when not a year.
   */
  public static String age(String vintage, Clock clock) {
    int year;
    try {
      year = Integer.parseInt(vintage.strip());
    } catch (NumberFormatException e) {
      return "data of " + vintage + ", age unknown";
    }
    int years = LocalDate.now(clock).getYear() - year;
    if (years <= 0) {
      return vintage + " data, this year's";
    }
    return vintage + " data, about " + years + (years == 1 ? " year old" : " years old");
  }

  /**
   * "ProCoders, a software outsourcing vendor, in its own blog article, citing Payscale and
   * Glassdoor; no sample sizes".
   */
  public static String confidence(RateSource source, List<Origin> origins) {
    StringBuilder out =
        new StringBuilder(source.publisher().isEmpty() ? source.name() : source.publisher());
    if (!source.publisherKind().isEmpty()) {
      out.append(", ").append(source.publisherKind());
    }
    List<String> names = origins.stream().map(Origin::name).toList();
    out.append(names.isEmpty() ? ", its own figures" : ", citing " + Wording.and(names));
    List<String> samples =
        origins.stream()
            .filter(o -> o.sampleSize().isPresent())
            .map(o -> o.name() + " " + Money.group(o.sampleSize().getAsInt()))
            .toList();
    if (samples.isEmpty()) {
      out.append("; no sample sizes");
    } else {
      out.append("; sample sizes: ").append(String.join(", ", samples));
      if (samples.size() < origins.size()) {
        out.append(" (others not given)");
      }
    }
    return out.toString();
  }
}
