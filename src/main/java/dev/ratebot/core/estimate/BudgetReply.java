package dev.ratebot.core.estimate;

import dev.ratebot.core.estimate.BudgetAnswer.Cost;
import dev.ratebot.core.estimate.BudgetAnswer.Group;
import dev.ratebot.core.estimate.BudgetAnswer.GroupCost;
import dev.ratebot.core.estimate.BudgetAnswer.RegionCost;
import dev.ratebot.core.estimate.BudgetAnswer.Team;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.TableKind;
import dev.ratebot.core.rates.Technology;
import dev.ratebot.core.reply.Basis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Lays out a budget: the team's cost for the period, the hours it assumes, the same team in the
 * dearest region with the saving, and its cost in every region.
 */
final class BudgetReply {
  private final AnswerParts parts;
  private final BudgetAnswer budget;

  BudgetReply(AnswerParts parts, BudgetAnswer budget) {
    this.parts = parts;
    this.budget = budget;
  }

  /** "Budget · 3 × Senior Python · Latin America · 6 months". */
  static String title(Team team) {
    List<String> groups = new ArrayList<>();
    for (Group group : team.groups()) {
      groups.add(group.people() + " × " + BudgetAnswer.who(group.query()));
    }
    String where =
        team.region()
            .map(Region::label)
            .orElse(
                team.groups().stream().anyMatch(g -> g.query().region().isPresent())
                    ? Wording.and(
                        team.groups().stream()
                            .map(g -> g.query().region())
                            .flatMap(Optional::stream)
                            .map(Region::label)
                            .distinct()
                            .toList())
                    : "every region");
    return "Budget · "
        + String.join(" + ", groups)
        + " · "
        + where
        + " · "
        + team.period().described();
  }

  /** "budget 3 senior python latam 6 months": what re-asks the same budget. */
  static String canonical(Team team) {
    List<String> groups = new ArrayList<>();
    for (Group group : team.groups()) {
      groups.add(group.people() + " " + group.query().canonicalText());
    }
    return ("budget " + String.join(" + ", groups) + " " + team.period().described()).strip();
  }

  void fill(Team team, AnswerDraft draft) {
    List<RegionCost> byRegion = budget.byRegion(team);
    Optional<Cost> own = budget.cost(team, team.region());
    String currency =
        parts
            .model()
            .table(TableKind.HOURLY_BY_REGION)
            .map(t -> t.unit().currency())
            .orElse(parts.dataset().market().currency());
    String period = team.period().described();
    double perPerson = budget.hours().of(team.period());
    team.notes().forEach(draft::note);
    if (own.isPresent()) {
      Cost cost = own.get();
      use(cost, draft);
      draft.key(
          "Team cost, " + period,
          BudgetAnswer.range(cost, currency),
          cost.basis(),
          detail(cost, perPerson));
      hoursKey(team, perPerson, draft);
      if (cost.groups().size() > 1) {
        for (GroupCost g : cost.groups()) {
          draft.note(groupLine(g, perPerson, currency));
        }
      }
      against(team, cost, byRegion, currency, draft);
    } else if (!byRegion.isEmpty()) {
      RegionCost cheapest =
          byRegion.stream().min(Comparator.comparingDouble(c -> c.cost().midpoint())).get();
      RegionCost dearest = dearest(byRegion);
      use(cheapest.cost(), draft);
      use(dearest.cost(), draft);
      draft.key(
          "Cheapest: " + cheapest.region().label(),
          BudgetAnswer.range(cheapest.cost(), currency),
          cheapest.cost().basis(),
          "team cost, " + period);
      draft.key(
          "Dearest: " + dearest.region().label(),
          BudgetAnswer.range(dearest.cost(), currency),
          dearest.cost().basis(),
          "team cost, " + period);
      hoursKey(team, perPerson, draft);
      List<String> without =
          parts.dataset().regions().stream()
              .filter(r -> byRegion.stream().noneMatch(c -> c.region().equals(r)))
              .map(Region::label)
              .toList();
      draft.note(
          "No region named: the team's cost in every region"
              + (without.isEmpty()
                  ? ""
                  : " the data has rates for (none for " + Wording.and(without) + ")")
              + "; name one to cost it there.");
    }
    if (!byRegion.isEmpty()) {
      byRegion.forEach(c -> use(c.cost(), draft));
      boolean estimated = byRegion.stream().anyMatch(c -> c.cost().estimated());
      draft.table(
          budget.table(
              "Team cost by region, " + period + (estimated ? " (estimates)" : ""),
              byRegion,
              team.region(),
              currency));
    }
    draft.note(
        "Hours: "
            + budget.hours().assumption()
            + ", so "
            + period
            + " is "
            + WorkingHours.shown(perPerson)
            + " per person. Totals use the hourly rates as shown, to the nearest "
            + Money.amount(BudgetAnswer.ROUNDING, currency)
            + ".");
    draft.note(
        "Contract rates only: what a client pays per hour, the contractor's or vendor's overheads"
            + " and margin included; no salaries or employer costs are used.");
    if (byRegion.stream().anyMatch(c -> c.cost().estimated())) {
      List<Optional<Technology>> technologies =
          team.groups().stream().map(g -> g.query().technology()).distinct().toList();
      draft.note(
          MethodNotes.rows(
              "Rates", technologies.size() == 1 ? technologies.get(0) : Optional.empty()));
    }
  }

  private void hoursKey(Team team, double perPerson, AnswerDraft draft) {
    draft.key(
        "Hours per person",
        WorkingHours.shown(perPerson),
        Basis.EQUIVALENT,
        team.period().length().stripTrailingZeros().toPlainString()
            + " × "
            + WorkingHours.shown(budget.hours().of(team.period().unit()))
            + ", from "
            + Money.group(parts.settings().hoursPerYear())
            + " h a year");
  }

  private void against(
      Team team, Cost cost, List<RegionCost> byRegion, String currency, AnswerDraft draft) {
    if (byRegion.size() < 2) {
      return;
    }
    RegionCost dearest = dearest(byRegion);
    boolean isDearest = team.region().map(dearest.region()::equals).orElse(false);
    RegionCost other =
        isDearest
            ? byRegion.stream().min(Comparator.comparingDouble(c -> c.cost().midpoint())).get()
            : dearest;
    draft.key(
        "Same team in " + other.region().label(),
        BudgetAnswer.range(other.cost(), currency),
        other.cost().basis(),
        isDearest ? "the cheapest region here" : "the dearest region here");
    double mine = cost.midpoint();
    double theirs = other.cost().midpoint();
    String saving =
        isDearest
            ? Wording.percent(1 - theirs / mine) + " less in " + other.region().label()
            : Math.round((1 - mine / theirs) * 100) == 0
                ? "none against " + other.region().label()
                : Wording.percent(1 - mine / theirs) + " against " + other.region().label();
    draft.key(
        "Saving",
        saving,
        cost.basis(),
        "at the midpoints: "
            + Money.amount(
                Money.roundTo(Math.abs(theirs - mine), BudgetAnswer.ROUNDING), currency));
  }

  private static RegionCost dearest(List<RegionCost> byRegion) {
    RegionCost dearest = byRegion.get(0);
    for (RegionCost c : byRegion) {
      if (c.cost().midpoint() > dearest.cost().midpoint()) {
        dearest = c;
      }
    }
    return dearest;
  }

  private void use(Cost cost, AnswerDraft draft) {
    for (GroupCost g : cost.groups()) {
      draft.useAll(g.rate().basedOn());
      draft.shows(parts.model().tableOf(g.rate().stated()));
    }
  }

  private String detail(Cost cost, double perPerson) {
    if (cost.groups().size() == 1) {
      GroupCost g = cost.groups().get(0);
      return g.group().people()
          + " × "
          + Money.range(g.rate().low(), g.rate().high(), g.rate().unit(parts.model()), false)
          + " × "
          + WorkingHours.shown(perPerson);
    }
    return "the sum of " + cost.groups().size() + " groups, below";
  }

  private static String groupLine(GroupCost g, double perPerson, String currency) {
    return g.group().people()
        + " × "
        + BudgetAnswer.who(g.group().query())
        + ", "
        + g.region().label()
        + ": "
        + Money.amount(Math.round(g.rate().low()), currency)
        + "–"
        + Money.group(Math.round(g.rate().high()))
        + "/h × "
        + WorkingHours.shown(perPerson)
        + " = "
        + Money.amount(Money.roundTo(g.low(), BudgetAnswer.ROUNDING), currency)
        + "–"
        + Money.group(Money.roundTo(g.high(), BudgetAnswer.ROUNDING))
        + ".";
  }
}
