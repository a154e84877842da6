package dev.ratebot.core.estimate;

import dev.ratebot.core.query.Quantities.Count;
import dev.ratebot.core.query.Quantities.Period;
import dev.ratebot.core.query.Quantities.TimeUnit;
import dev.ratebot.core.query.Query;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.Row;
import dev.ratebot.core.reply.RowTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a team costs over a period at contract rates: each group's people × its hourly rate (as
 * shown, in whole units) × the period's hours, summed; then the same team in every region, with the
 * saving against the dearest. Rates only: a budget never uses salaries.
 */
final class BudgetAnswer {
  /** Totals are rounded to this many units: hours in a month are not whole. */
  static final int ROUNDING = 10;

  private final AnswerParts parts;
  private final WorkingHours hours;

  BudgetAnswer(AnswerParts parts) {
    this.parts = parts;
    this.hours = new WorkingHours(parts.settings().hoursPerYear());
  }

  /** One group of a team: how many people, and the question that names who they are. */
  record Group(int people, Query query) {}

  /** A team read from its groups, with the period and the region it is costed in, if one. */
  record Team(List<Group> groups, Period period, Optional<Region> region, List<String> notes) {}

  /** The team the groups describe, or a problem in one sentence. */
  Either plan(List<Query> queries) {
    List<String> notes = new ArrayList<>();
    Set<String> periods = new LinkedHashSet<>();
    List<Period> named = new ArrayList<>();
    Set<Region> regions = new LinkedHashSet<>();
    for (Query query : queries) {
      if (query.comparison().isPresent()) {
        return Either.problem(
            "A budget is for one region at a time; to set regions side by side, ask 'compare "
                + Wording.describe(query.level(), query.technology()).toLowerCase(Locale.ROOT)
                + (query.level().isEmpty() && query.technology().isEmpty() ? "" : " ")
                + "latam vs cee', or leave the region out to see the team's cost in every one.");
      }
      for (Period p : query.quantities().periods()) {
        if (periods.add(p.length().stripTrailingZeros().toPlainString() + " " + p.unit())) {
          named.add(p);
        }
      }
      query.region().ifPresent(regions::add);
    }
    if (named.size() > 1) {
      return Either.problem(
          "Name one period for the whole team, not "
              + Wording.and(named.stream().map(Period::typed).toList())
              + ".");
    }
    Period period;
    if (named.isEmpty()) {
      period = new Period(BigDecimal.ONE, TimeUnit.MONTH, "a month");
      notes.add("No period named: showing one month; add one, e.g. '6 months' or '12 weeks'.");
    } else {
      period = named.get(0);
      if (period.length().signum() <= 0 || hours.of(period) > 10 * hours.of(TimeUnit.YEAR)) {
        return Either.problem(
            "A budget's period is more than nothing and at most 10 years; got '"
                + period.typed()
                + "'.");
      }
    }
    if (regions.size() > 1 && queries.stream().anyMatch(q -> q.region().isEmpty())) {
      return Either.problem(
          "Name a region for each group when the team spans regions ("
              + Wording.and(regions.stream().map(Region::label).toList())
              + "), or one region for all.");
    }
    List<Group> groups = new ArrayList<>();
    for (Query query : queries) {
      List<Count> counts = query.quantities().counts();
      if (counts.size() > 1) {
        return Either.problem(
            "One head count per group, please: got "
                + Wording.and(counts.stream().map(Count::typed).toList())
                + ".");
      }
      int people = counts.isEmpty() ? 1 : counts.get(0).people();
      if (people < 1 || people > 10_000) {
        return Either.problem("A group has 1 to 10,000 people; got " + people + ".");
      }
      if (counts.isEmpty()) {
        notes.add(
            "No head count for "
                + who(query)
                + ": one person; add one, e.g. '3 "
                + query.withoutRegion().canonicalText().strip()
                + "'.");
      }
      if (query.level().isEmpty()) {
        notes.add(
            who(query)
                + ": no level named, so the region's all-level range is used, as the source"
                + " states it.");
      }
      groups.add(new Group(people, query));
    }
    Optional<Region> region =
        regions.size() == 1 ? Optional.of(regions.iterator().next()) : Optional.empty();
    for (Group group : groups) {
      Query query = group.query();
      Optional<Region> where = region.or(query::region);
      if (where.isPresent()
          && parts.model().hourly(query.level(), query.technology(), where.get()).isEmpty()) {
        // Never cost the team somewhere else, or everywhere, as if no region had been named.
        return Either.problem("The dataset has no contract rates for " + where.get().label() + ".");
      }
    }
    return Either.team(new Team(groups, period, region, notes));
  }

  /** "Senior Python", or "Backend developers" when the group names neither level nor language. */
  static String who(Query query) {
    String who = Wording.describe(query.level(), query.technology());
    return who.isEmpty() ? "Backend developers" : who;
  }

  /** The team's cost in a region (each group's own region when it named one and none is given). */
  Optional<Cost> cost(Team team, Optional<Region> everyone) {
    double perPerson = hours.of(team.period());
    double low = 0;
    double high = 0;
    boolean estimated = false;
    List<GroupCost> groups = new ArrayList<>();
    for (Group group : team.groups()) {
      Query query = group.query();
      Optional<Region> region = everyone.or(query::region);
      if (region.isEmpty()) {
        return Optional.empty();
      }
      Optional<HourlyEstimate> rate =
          parts.model().hourly(query.level(), query.technology(), region.get());
      if (rate.isEmpty()) {
        return Optional.empty();
      }
      HourlyEstimate e = rate.get();
      double groupLow = group.people() * Math.round(e.low()) * perPerson;
      double groupHigh = group.people() * Math.round(e.high()) * perPerson;
      groups.add(new GroupCost(group, region.get(), e, groupLow, groupHigh));
      low += groupLow;
      high += groupHigh;
      estimated |= !e.observed();
    }
    return Optional.of(
        new Cost(Money.roundTo(low, ROUNDING), Money.roundTo(high, ROUNDING), estimated, groups));
  }

  /** One group's part of a cost. */
  record GroupCost(Group group, Region region, HourlyEstimate rate, double low, double high) {}

  /**
   * A team's cost for the period, rounded to {@link #ROUNDING}.
   *
   * @param estimated true when any rate used is an estimate rather than the source's own range
   */
  record Cost(long low, long high, boolean estimated, List<GroupCost> groups) {
    double midpoint() {
      return (low + high) / 2.0;
    }

    Basis basis() {
      return estimated ? Basis.ESTIMATE : Basis.EQUIVALENT;
    }
  }

  /** The team's cost in every region where each group has a rate, in the dataset's order. */
  List<RegionCost> byRegion(Team team) {
    List<RegionCost> costs = new ArrayList<>();
    for (Region region : parts.dataset().regions()) {
      cost(team, Optional.of(region)).ifPresent(c -> costs.add(new RegionCost(region, c)));
    }
    return costs;
  }

  /** A region and what the whole team costs there. */
  record RegionCost(Region region, Cost cost) {}

  /** A table of the team's cost in each region, the asked-for one highlighted. */
  RowTable table(String heading, List<RegionCost> costs, Optional<Region> asked, String currency) {
    double max = costs.stream().mapToDouble(c -> c.cost().high()).max().orElse(1);
    List<Row> rows = new ArrayList<>();
    for (RegionCost c : costs) {
      rows.add(
          new Row(
              c.region().label(),
              range(c.cost(), currency),
              c.cost().low(),
              c.cost().high(),
              0,
              c.cost().basis(),
              asked.map(c.region()::equals).orElse(false)));
    }
    return new RowTable(heading, max, rows);
  }

  static String range(Cost cost, String currency) {
    return cost.low() == cost.high()
        ? Money.amount(cost.low(), currency)
        : Money.amount(cost.low(), currency) + "–" + Money.group(cost.high());
  }

  WorkingHours hours() {
    return hours;
  }

  /** A team, or the reason there is none. */
  record Either(Optional<Team> team, String problem) {
    static Either team(Team team) {
      return new Either(Optional.of(team), "");
    }

    static Either problem(String problem) {
      return new Either(Optional.empty(), problem);
    }
  }
}
