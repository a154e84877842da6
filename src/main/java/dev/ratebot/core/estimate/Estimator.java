package dev.ratebot.core.estimate;

import dev.ratebot.core.fx.ExchangeRatesSource;
import dev.ratebot.core.query.Query;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Query and dataset to an answer with provenance: figures a source states are shown exactly and
 * labelled with their source and rate type; anything else is an estimate, labelled as one, with its
 * method and the rows it used. A dimension the question left open is shown across its values. One
 * part per answer shape: {@link RegionAnswer}, {@link LevelAnswer}, {@link TechnologyAnswer},
 * {@link OverviewAnswer}.
 */
public final class Estimator {
  private final RateDataset dataset;
  private final AnswerParts parts;
  private final RegionAnswer regionAnswer;
  private final LevelAnswer levelAnswer;
  private final TechnologyAnswer technologyAnswer;
  private final OverviewAnswer overview;
  private final CompareAnswer compareAnswer;
  private final RankAnswer rankAnswer;
  private final BudgetAnswer budgetAnswer;
  private final BudgetReply budgetReply;
  private final OfferReply offerReply;
  private final WhyTrace whyTrace;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  private final List<String> conversionNotes;
  private final Optional<ExchangeRatesSource> fx;

  public Estimator(RateDataset dataset, EstimateSettings settings) {
    this(dataset, settings, List.of(), Optional.empty());
  }

  /**
   * @param conversionNotes what every answer says about the currency its figures are in (the rate
   *     and its date); empty when the figures are in the data's own currency
   * @param fx exchange rates for converting a figure typed in another currency, if any
   */
  Estimator(
      RateDataset dataset,
      EstimateSettings settings,
      List<String> conversionNotes,
      Optional<ExchangeRatesSource> fx) {
    this.conversionNotes = List.copyOf(conversionNotes);
    this.fx = fx;
    this.dataset = dataset;
    this.parts = AnswerParts.of(dataset, settings);
    this.regionAnswer = new RegionAnswer(parts);
    this.levelAnswer = new LevelAnswer(parts);
    this.technologyAnswer = new TechnologyAnswer(parts);
    this.overview = new OverviewAnswer(parts);
    this.compareAnswer = new CompareAnswer(parts);
    this.rankAnswer = new RankAnswer(parts);
    this.budgetAnswer = new BudgetAnswer(parts);
    this.budgetReply = new BudgetReply(parts, budgetAnswer);
    this.offerReply = new OfferReply(parts);
    this.whyTrace = new WhyTrace(parts);
  }

  /**
   * Regions or levels side by side, each against the first; a problem when fewer than two of them
   * have figures.
   */
  public Reply compare(Query query) {
    List<Side> sides = compareAnswer.sides(query);
    Optional<String> problem = compareAnswer.problem(query, sides);
    if (problem.isPresent()) {
      return Problem.user(problem.get(), List.of());
    }
    String title =
        (query.comparison().levels().isEmpty()
                ? Wording.subject(query.level(), query) + " · "
                : Wording.subject(Optional.empty(), query)
                    + " · "
                    + query.region().orElseThrow().label()
                    + " · ")
            + String.join(" vs ", sides.stream().map(Side::label).toList());
    AnswerDraft draft = draft(title, query.canonicalText(), query);
    compareAnswer.fill(query, sides, draft);
    return draft.build(dataset, List.of(), parts.settings().clock());
  }

  /** Every region by the midpoint of its contract rate, cheapest first, with its saving. */
  public Reply rank(Query query) {
    List<Side> ranked = rankAnswer.ranked(query);
    if (ranked.isEmpty()) {
      return Problem.user("The dataset has no contract rates to rank.", List.of());
    }
    String title = Wording.subject(query.level(), query) + " · regions, cheapest first";
    AnswerDraft draft =
        draft(title, "rank " + query.single().withoutRegion().canonicalText(), query);
    rankAnswer.fill(query, ranked, draft);
    return draft.build(dataset, List.of(), parts.settings().clock());
  }

  /**
   * What a team costs over a period at contract rates, and the same team in the dearest region; a
   * problem when the groups name two periods, or regions only some of them.
   *
   * @param groups the team's groups ("3 senior python latam 6 months" is one; "2 senior python + 1
   *     mid node cee" two), each with its head count and any period
   */
  public Reply budget(List<Query> groups) {
    BudgetAnswer.Either plan = budgetAnswer.plan(groups);
    if (plan.team().isEmpty()) {
      return Problem.user(plan.problem(), List.of());
    }
    BudgetAnswer.Team team = plan.team().get();
    AnswerDraft draft = fresh(BudgetReply.title(team), BudgetReply.canonical(team));
    for (Query group : groups) {
      group.notes().forEach(draft::note);
      group.technologyWithoutData().ifPresent(t -> draft.note(withoutFigures(t)));
      group
          .quantities()
          .withoutTeam()
          .unusedNote(dataset.market().currency())
          .ifPresent(draft::note);
    }
    budgetReply.fill(team, draft);
    return draft.build(dataset, List.of(), parts.settings().clock());
  }

  /**
   * Where a figure someone was offered or quoted falls: an hourly one against contract rates, a
   * yearly or monthly one against salaries where the source has them (else against contract rates,
   * as an equivalent). The answer is confidential: it holds a candidate's pay.
   */
  public Reply check(Query query) {
    OfferCheck.Result read =
        OfferCheck.read(
            query, dataset.market().currency(), new WorkingHours(parts.settings().hoursPerYear()));
    if (read.check().isEmpty()) {
      return Problem.user(read.problem(), List.of());
    }
    OfferCheck.Converted converted =
        read.check().get().in(dataset.market().currency(), fx.map(ExchangeRatesSource::current));
    if (converted.check().isEmpty()) {
      return Problem.user(converted.note(), List.of());
    }
    OfferCheck check = converted.check().get();
    AnswerDraft draft = fresh(OfferReply.title(check, query), query.canonicalText());
    if (!converted.note().isEmpty()) {
      draft.note(converted.note());
    }
    query.notes().forEach(draft::note);
    var left = query.quantities().withoutAmounts();
    (query.quantities().amounts().isEmpty() ? left.withoutTeam() : left) // the count was the figure
        .unusedNote(dataset.market().currency())
        .ifPresent(draft::note);
    Optional<String> problem = offerReply.fill(check, query, draft);
    if (problem.isPresent()) {
      return Problem.user(problem.get(), List.of());
    }
    return draft.build(dataset, List.of(), parts.settings().clock());
  }

  /**
   * The calculation behind a region's contract rate: the source rows, each step of the method with
   * its numbers, and the hours assumption.
   */
  public Reply why(Query query) {
    return whyTrace.answer(query, conversionNotes);
  }

  /** The model the estimates come from, for tests and benchmarks. */
  public RateModel model() {
    return parts.model();
  }

  /** Answers one query; never returns null. */
  public Answer estimate(Query query) {
    if (parts.settings().cachedAnswers() == 0) {
      return compute(query);
    }
    // The data's age is part of the answer, so the year is part of the key.
    String key =
        LocalDate.now(parts.settings().clock()).getYear()
            + "\n"
            + query.canonicalText()
            + '\n'
            + String.join("\n", query.notes())
            + '\n'
            + query.quantities().unusedNote(dataset.market().currency()).orElse("");
    Answer cached = answers.get(key);
    if (cached != null) {
      return cached;
    }
    Answer fresh = compute(query);
    if (answers.size() >= parts.settings().cachedAnswers()) {
      answers.clear(); // crude but bounded: unknown words make the key space open-ended
    }
    answers.put(key, fresh);
    return fresh;
  }

  private Answer compute(Query query) {
    AnswerDraft draft = draft(Wording.title(query), query.canonicalText(), query);
    if (query.region().isPresent()) {
      regionAnswer.fill(query, query.region().get(), draft);
    } else if (query.level().isPresent()) {
      levelAnswer.fill(query, query.level().get(), draft);
    } else if (query.technology().isPresent()) {
      technologyAnswer.fill(query, query.technology().get(), draft);
    } else {
      overview.fill(query, draft);
    }
    if (query.region().isPresent()) {
      draft.why("why " + query.canonicalText());
    }
    return draft.build(dataset, Refinements.of(dataset, query), parts.settings().clock());
  }

  private static String withoutFigures(String technology) {
    return "No "
        + Wording.display(technology)
        + "-specific figures in the dataset: showing all-technology figures"
        + " (technology factor 1).";
  }

  // A new answer, with the currency note first when its figures were converted.
  private AnswerDraft fresh(String title, String canonical) {
    AnswerDraft draft = new AnswerDraft(title, canonical, dataset);
    conversionNotes.forEach(draft::note);
    return draft;
  }

  private AnswerDraft draft(String title, String canonical, Query query) {
    AnswerDraft draft = fresh(title, canonical);
    query.notes().forEach(draft::note);
    query.quantities().unusedNote(dataset.market().currency()).ifPresent(draft::note);
    query.technologyWithoutData().ifPresent(t -> draft.note(withoutFigures(t)));
    return draft;
  }
}
