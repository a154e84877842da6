package dev.ratebot.adapter.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.adapter.chart.ChartImage;
import dev.ratebot.adapter.chat.Controls.Button;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Basis;
import dev.ratebot.core.reply.Chart;
import dev.ratebot.core.reply.Citation;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.KeyFigure;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Refinement;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.core.reply.Row;
import dev.ratebot.core.reply.RowTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatRendererTest {
  final InMemoryAnswerStore store = new InMemoryAnswerStore();
  final ChatRenderer<List<String>> renderer =
      new ChatRenderer<>(audience -> new Recording(), Optional.of(store));

  static Answer answer(String query, String context, RowTable table, List<String> notes) {
    return new Answer(
        "Senior Python · Latin America",
        query,
        List.of(new KeyFigure("Hourly", "$62–89/h", Basis.ESTIMATE, "")),
        table,
        notes,
        List.of(new Citation("Payscale", "2023", "ProCoders")),
        "2023",
        List.of(
            new Refinement(
                "Level", List.of(new Refinement.Choice("Mid", "mid python latam", false))),
            new Refinement("Empty", List.of())),
        context,
        "1a2b3c4d");
  }

  static Answer full(String query) {
    RowTable table =
        new RowTable(
            "Hourly by region",
            100,
            List.of(new Row("Latin America", "$62–89/h", 62, 89, 95, Basis.ESTIMATE, true)));
    return answer(query, "Contract rates · 2023 data", table, List.of("Estimate."));
  }

  @Test
  void anAnswerIsDrawnTopToBottomWithItsControlsLast() {
    List<String> drawn = renderer.render(full("senior python latam"), Audience.ASKER);

    assertThat(drawn)
        .containsExactly(
            "title Senior Python · Latin America",
            "context Contract rates · 2023 data",
            "figures 1",
            "table Hourly by region",
            "notes 1",
            "sources 2023, version 1a2b3c4d: 1",
            "controls menus [Level] buttons [SHARE, CHART, EXPORT] ask senior python latam",
            "finish Senior Python · Latin America: $62–89/h (estimate)");
  }

  @Test
  void emptyPartsAreNotDrawn() {
    Answer bare = answer("latam", "", RowTable.empty(), List.of());

    assertThat(renderer.render(bare, Audience.CHANNEL))
        .containsExactly(
            "title Senior Python · Latin America",
            "figures 1",
            "sources 2023, version 1a2b3c4d: 1",
            "finish Senior Python · Latin America: $62–89/h (estimate)");
  }

  @Test
  void theAudienceDecidesMenusAndButtons() {
    Answer answer = full("latam");
    Answer unnamed = full(" ");
    Optional<AnswerStore> kept = Optional.of(store);

    Controls asker = Controls.of(answer, Audience.ASKER, kept, false);
    assertThat(asker.menus()).containsExactly(answer.refinements().get(0));
    assertThat(asker.buttons()).containsExactly(Button.SHARE, Button.CHART, Button.EXPORT);
    assertThat(store.find(asker.answerId().orElseThrow())).contains(answer);
    assertThat(Controls.of(answer, Audience.DIRECT, kept, false).buttons())
        .containsExactly(Button.CHART, Button.EXPORT);
    assertThat(Controls.of(answer, Audience.ASKER, kept, true).buttons())
        .as("already charted")
        .doesNotContain(Button.CHART);
    assertThat(Controls.of(answer, Audience.CHANNEL, kept, false).isEmpty()).isTrue();
    assertThat(Controls.of(unnamed, Audience.ASKER, kept, false).buttons())
        .doesNotContain(Button.SHARE);
    Controls withoutStore = Controls.of(answer, Audience.ASKER);
    assertThat(withoutStore.buttons()).isEmpty();
    assertThat(withoutStore.answerId()).isEmpty();
  }

  @Test
  void aButtonOffersTheAnswersQuestionAndWhyItsOwn() {
    Answer answer =
        new Answer(
            "t",
            "senior python latam",
            List.of(),
            RowTable.empty(),
            List.of(),
            List.of(),
            "2023",
            List.of(),
            "",
            "",
            false,
            "why senior python latin-america");

    Controls controls = Controls.of(answer, Audience.ASKER, Optional.of(store), false);

    assertThat(controls.buttons()).containsExactly(Button.SHARE, Button.WHY);
    assertThat(controls.question(Button.SHARE)).isEqualTo("senior python latam");
    assertThat(controls.question(Button.WHY)).isEqualTo("why senior python latin-america");
  }

  @Test
  void aSharedAnswerNamesTheSharerAndCarriesNoControls() {
    assertThat(renderer.renderShared(full("latam"), "U1"))
        .endsWith(
            "sources 2023, version 1a2b3c4d: 1",
            "shared by U1",
            "finish Senior Python · Latin America: $62–89/h (estimate)")
        .noneMatch(line -> line.startsWith("controls"));
  }

  @Test
  void anInfoIsItsTitleAndSections() {
    Info info =
        new Info(
            "How to ask",
            List.of(new Info.Section("", List.of("a")), new Info.Section("Examples", List.of())));

    assertThat(renderer.render(info, Audience.ASKER))
        .containsExactly("title How to ask", "section ", "section Examples", "finish How to ask");
  }

  @Test
  void aUserErrorShowsItsSuggestionsAndNoReference() {
    assertThat(ProblemView.of(Problem.user("I don't know 'x'.", List.of("python"))))
        .isEqualTo(new ProblemView("I don't know 'x'.", List.of("python"), "", true));
    assertThat(renderer.render(Problem.user("No."), Audience.ASKER))
        .containsExactly("problem No. [] ref= user=true", "finish No.");
  }

  @Test
  void anInternalFaultShowsItsReferenceOnceAndNoSuggestions() {
    assertThat(ProblemView.of(Problem.internal("E-00000001")).reference()).isEmpty();
    assertThat(
            ProblemView.of(new Problem(Problem.Kind.INTERNAL, "Oops.", List.of("x"), "E-00000002")))
        .isEqualTo(new ProblemView("Oops.", List.of(), "E-00000002", false));
    assertThat(ProblemView.of(Problem.rateLimited(3)))
        .isEqualTo(
            new ProblemView(
                "You're asking faster than I can answer; try again in 3 s.", List.of(), "", false));
  }

  @Test
  void aConfidentialAnswerStaysWithTheAskerNeverInAChannelAndSharesOnlyItsRange() {
    Answer plain = full("senior python latam");
    Answer offer =
        new Answer(
            "Offer check · $45/h",
            "senior python latam",
            plain.keyFigures(),
            plain.table(),
            plain.notes(),
            plain.sources(),
            "2023",
            plain.refinements(),
            "",
            "1a2b3c4d",
            true,
            "");

    assertThat(renderer.render(offer, Audience.ASKER))
        .contains(
            "title Offer check · $45/h",
            "controls menus [Level] buttons [SHARE_RANGE, CHART, EXPORT] ask senior python latam");
    assertThat(renderer.render(offer, Audience.CHANNEL))
        .noneMatch(line -> line.contains("$45/h") || line.contains("$62–89/h"))
        .anyMatch(line -> line.startsWith("problem " + ChatRenderer.KEPT_PRIVATE));
    assertThat(renderer.renderShared(offer, "U1"))
        .noneMatch(line -> line.contains("$62–89/h"))
        .anyMatch(line -> line.startsWith("problem " + ChatRenderer.KEPT_PRIVATE));
  }

  @Test
  void anOperatorsReplyAndARefusalStayWithTheAskerNeverInAChannel() {
    Info status =
        Info.confidential(
            "ratebot status", List.of(new Info.Section("Dataset", List.of("version 1a2b3c4d"))));
    Problem refusal = Problem.refused("Operators only.");

    assertThat(renderer.render(status, Audience.ASKER)).contains("title ratebot status");
    assertThat(renderer.render(refusal, Audience.ASKER))
        .containsExactly("problem Operators only. [] ref= user=false", "finish Operators only.");
    for (Reply reply : List.<Reply>of(status, refusal)) {
      assertThat(renderer.render(reply, Audience.CHANNEL))
          .noneMatch(line -> line.contains("1a2b3c4d") || line.contains("Operators only."))
          .anyMatch(line -> line.startsWith("problem " + ChatRenderer.ASK_PRIVATELY));
      assertThat(renderer.renderShared(reply, "U1"))
          .anyMatch(line -> line.startsWith("problem " + ChatRenderer.ASK_PRIVATELY));
    }
  }

  @Test
  void theDataVersionFollowsTheVintageOnlyWhenKnown() {
    assertThat(new SourcesFooter("2023", "", List.of()).versionSuffix()).isEmpty();
    assertThat(new SourcesFooter("2023", "1a2b3c4d", List.of()).versionSuffix())
        .isEqualTo(", version 1a2b3c4d");
  }

  @Test
  void aChartIsDrawnUnderTheRowsOfItsAnswer() {
    List<String> drawn = renderer.render(new Chart(full("senior python latam")), Audience.ASKER);

    assertThat(drawn)
        .containsSubsequence("table Hourly by region", "chart 800x400", "notes 1")
        .last()
        .isEqualTo("finish Senior Python · Latin America: $62–89/h (estimate)");
  }

  @Test
  void aConfidentialChartNeverReachesAChannel() {
    Answer offer = full("check 45/h senior python latam");
    Answer confidential =
        new Answer(
            offer.title(),
            offer.query(),
            offer.keyFigures(),
            offer.table(),
            offer.notes(),
            offer.sources(),
            offer.vintage(),
            offer.refinements(),
            offer.context(),
            offer.dataVersion(),
            true,
            "");

    List<String> drawn = renderer.render(new Chart(confidential), Audience.CHANNEL);

    assertThat(drawn)
        .noneMatch(call -> call.startsWith("chart"))
        .first()
        .asString()
        .startsWith("problem " + ChatRenderer.KEPT_PRIVATE);
  }

  /** Writes down each call, so a test reads what the traversal asked a platform to draw. */
  private static final class Recording implements Canvas<List<String>> {
    private final List<String> calls = new ArrayList<>();

    @Override
    public void title(String title) {
      calls.add("title " + title);
    }

    @Override
    public void context(String line) {
      calls.add("context " + line);
    }

    @Override
    public void keyFigures(List<KeyFigure> figures) {
      calls.add("figures " + figures.size());
    }

    @Override
    public void table(RowTable table) {
      calls.add("table " + table.heading());
    }

    @Override
    public void chart(ChartImage image) {
      calls.add("chart " + image.width() + "x" + image.height());
    }

    @Override
    public void notes(List<String> notes) {
      calls.add("notes " + notes.size());
    }

    @Override
    public void sources(SourcesFooter footer) {
      calls.add(
          "sources "
              + footer.vintage()
              + footer.versionSuffix()
              + ": "
              + footer.citations().size());
    }

    @Override
    public void section(Info.Section section) {
      calls.add("section " + section.heading());
    }

    @Override
    public void block(String text, String language) {
      calls.add("block " + language + " " + text.lines().count());
    }

    @Override
    public void problem(ProblemView problem) {
      calls.add(
          "problem "
              + problem.message()
              + " "
              + problem.suggestions()
              + " ref="
              + problem.reference()
              + " user="
              + problem.userError());
    }

    @Override
    public void sharedBy(String userId) {
      calls.add("shared by " + userId);
    }

    @Override
    public void controls(Controls controls) {
      calls.add(
          "controls menus "
              + controls.menus().stream().map(Refinement::dimension).toList()
              + " buttons "
              + controls.buttons()
              + " ask "
              + controls.query());
    }

    @Override
    public List<String> finish(String summary) {
      calls.add("finish " + summary);
      return calls;
    }
  }
}
