package dev.ratebot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ratebot.adapter.chat.AnswerStore;
import dev.ratebot.adapter.chat.Audience;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

class DiscordRendererTest {
  final DiscordRenderer renderer = new DiscordRenderer();

  @Test
  void anAnswerIsAnEphemeralEmbedWithMenusAndAShareButton() {
    DiscordMessage message =
        renderer.render(Fixtures.answer("senior python latam").build(), Audience.ASKER);

    MessageEmbed embed = message.embeds().get(0);
    assertThat(message.ephemeral()).isTrue();
    assertThat(message.content()).isEmpty();
    assertThat(embed.getTitle()).isEqualTo("Answer for senior python latam");
    assertThat(embed.getFields())
        .extracting(MessageEmbed.Field::getName, MessageEmbed.Field::isInline)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Hourly", true),
            org.assertj.core.groups.Tuple.tuple("Annual", true),
            org.assertj.core.groups.Tuple.tuple("Notes", false));
    assertThat(embed.getFields().get(0).getValue()).isEqualTo("**$45–65/h**\n*source* · Payscale");
    assertThat(embed.getDescription())
        .startsWith("**Hourly by region**\n")
        .contains("**Latin America** — $45–65/h")
        .contains("Western Europe — $70–100/h *(estimate)*");
    assertThat(embed.getFooter().getText())
        .isEqualTo("Data: 2023 · Sources: Payscale (2023), via ProCoders");
    StringSelectMenu level = (StringSelectMenu) components(message.rows()).get(0);
    assertThat(level.getPlaceholder()).isEqualTo("Change level");
    assertThat(level.getOptions())
        .extracting(o -> o.getValue(), o -> o.isDefault())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("junior python latam", false),
            org.assertj.core.groups.Tuple.tuple("senior python latam", true));
    assertThat(components(message.rows()).subList(2, 5))
        .extracting(c -> ((Button) c).getLabel())
        .containsExactly("Share in channel", "Chart", "CSV");
    String share = ((Button) components(message.rows()).get(2)).getCustomId();
    assertThat(share).matches("ratebot:share:[A-Za-z0-9_-]{12}:senior python latam");
    assertThat(renderer.store().find(share.split(":")[2])).isPresent();
  }

  @Test
  void theContextLineOpensTheDescriptionAndTheVersionFollowsTheVintage() {
    DiscordMessage message =
        renderer.render(
            Fixtures.answer("latam").context("Contract rates · *2023* data", "1a2b3c4d").build(),
            Audience.CHANNEL);

    MessageEmbed embed = message.embeds().get(0);
    assertThat(embed.getDescription())
        .startsWith("*Contract rates · \\*2023\\* data*\n**Hourly by region**\n");
    assertThat(embed.getFooter().getText())
        .isEqualTo("Data: 2023, version 1a2b3c4d · Sources: Payscale (2023), via ProCoders");
  }

  @Test
  void inAChannelAnAnswerHasNoComponents() {
    DiscordMessage message = renderer.render(Fixtures.answer("latam").build(), Audience.CHANNEL);

    assertThat(message.ephemeral()).isFalse();
    assertThat(message.rows()).isEmpty();
  }

  @Test
  void aRangeBarShowsTheRangeSolidAndTheTopEndShaded() {
    assertThat(DiscordCanvas.bar(new Row("x", "", 30, 60, 90, Basis.OBSERVED, false), 120))
        .isEqualTo("░░░████▒▒▒░░");
    assertThat(DiscordCanvas.bar(new Row("narrow", "", 50, 50.5, 0, Basis.OBSERVED, false), 120))
        .contains("█");
  }

  @Test
  void aHugeAnswerStaysWithinEveryDiscordLimit() {
    Fixtures.AnswerBuilder huge =
        Fixtures.answer("q".repeat(100))
            .title("T".repeat(1_000))
            .context("C".repeat(3_000), "v".repeat(500));
    for (int i = 0; i < 40; i++) {
      huge.figure(
          new KeyFigure("L".repeat(300), "V".repeat(2_000), Basis.ESTIMATE, "D".repeat(500)));
      huge.note("N".repeat(500));
      huge.source(new Citation("S".repeat(200), "2023", "via".repeat(100)));
    }
    for (int i = 0; i < 300; i++) {
      huge.row(new Row("R".repeat(200) + i, "$" + i, i, i + 1, 0, Basis.ESTIMATE, i % 7 == 0));
    }
    for (int menu = 0; menu < 10; menu++) {
      List<Refinement.Choice> choices = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        choices.add(
            new Refinement.Choice(
                "C".repeat(200), (i + "-" + "x".repeat(100)).substring(0, 100), i == 3));
      }
      huge.refinement(new Refinement("Dimension" + "D".repeat(200), choices));
    }

    DiscordMessage message = renderer.render(huge.build(), Audience.ASKER);

    MessageEmbed embed = message.embeds().get(0);
    assertThat(embed.getLength()).isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
    assertThat(embed.isSendable()).isTrue();
    assertThat(embed.getTitle()).hasSize(256).endsWith("…");
    assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(4_096);
    assertThat(embed.getFooter().getText()).hasSizeLessThanOrEqualTo(2_048);
    assertThat(embed.getFields())
        .hasSizeLessThanOrEqualTo(25)
        .allSatisfy(
            f -> {
              assertThat(f.getName()).hasSizeLessThanOrEqualTo(256);
              assertThat(f.getValue()).hasSizeLessThanOrEqualTo(1_024);
            });
    assertThat(message.rows()).hasSizeLessThanOrEqualTo(5);
    components(message.rows()).stream()
        .filter(StringSelectMenu.class::isInstance)
        .map(StringSelectMenu.class::cast)
        .forEach(
            menu -> {
              assertThat(menu.getOptions()).hasSizeLessThanOrEqualTo(25);
              assertThat(menu.getOptions())
                  .allSatisfy(
                      o -> {
                        assertThat(o.getLabel()).hasSizeLessThanOrEqualTo(100);
                        assertThat(o.getValue()).hasSizeLessThanOrEqualTo(100);
                      });
              assertThat(menu.getPlaceholder()).hasSizeLessThanOrEqualTo(150);
            });
    assertThat(message.toCreateData().toData().toJson()).isNotEmpty();
    assertThat(message.toEditData().toData().toJson()).isNotEmpty();
  }

  @Test
  void aHugeInfoAndAHugeProblemStayWithinTheLimits() {
    List<Info.Section> sections = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      sections.add(new Info.Section("H".repeat(300), List.of("x".repeat(400), "y".repeat(400))));
    }
    List<String> suggestions = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      suggestions.add("s".repeat(300));
    }

    MessageEmbed info =
        renderer.render(new Info("I".repeat(500), sections), Audience.ASKER).embeds().get(0);
    DiscordMessage problem =
        renderer.render(Problem.user("m".repeat(5_000), suggestions), Audience.ASKER);

    assertThat(info.getLength()).isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
    assertThat(info.getDescription()).hasSizeLessThanOrEqualTo(4_096);
    assertThat(problem.content()).hasSizeLessThanOrEqualTo(2_000).endsWith("…");
    assertThat(problem.embeds()).isEmpty();
  }

  @Test
  void userTextIsEscapedSoMarkdownShowsLiterally() {
    DiscordMessage message =
        renderer.render(
            Problem.user(
                "I don't know **bold** _it_ `code` ~~x~~ ||spoiler|| [site](http://x) \n# big",
                List.of("senior `python`")),
            Audience.ASKER);

    assertThat(message.content())
        .contains("\\*\\*bold\\*\\*")
        .contains("\\_it\\_")
        .contains("\\`code\\`")
        .contains("\\~~x\\~~")
        .contains("\\||spoiler\\||")
        .contains("\\[site]")
        .contains("\n\\# big")
        .endsWith("Try: `senior 'python'`");
  }

  @Test
  void noMessageAllowsAnyMention() {
    DiscordMessage message =
        renderer.render(Problem.user("@everyone @here <@&123> <@456>"), Audience.CHANNEL);

    DataObject create = message.toCreateData().toData();
    DataObject edit = message.toEditData().toData();

    assertThat(message.content()).contains("@everyone @here <@&123> <@456>");
    for (DataObject data : List.of(create, edit)) {
      DataObject mentions = data.getObject("allowed_mentions");
      assertThat(mentions.getArray("parse").length()).isZero();
      assertThat(mentions.hasKey("users")).isFalse();
      assertThat(mentions.hasKey("roles")).isFalse();
      assertThat(mentions.getBoolean("replied_user")).isFalse();
    }
  }

  @Test
  void anInternalProblemCarriesItsReference() {
    assertThat(renderer.render(Problem.internal("ab12"), Audience.ASKER).content())
        .isEqualTo("Sorry, something went wrong on my side. Reference: ab12.");
    assertThat(
            renderer
                .render(
                    new Problem(Problem.Kind.INTERNAL, "Oops.", List.of(), "zz9"), Audience.ASKER)
                .content())
        .isEqualTo("Oops. Reference: `zz9`");
  }

  @Test
  void anExportTooLongForAMessageIsAttachedWholeAsAFile() {
    Fixtures.AnswerBuilder answer = Fixtures.answer("senior python latam");
    for (int i = 0; i < 60; i++) {
      answer.note("Note " + i + ": " + "x".repeat(80));
    }

    DiscordMessage message =
        renderer.render(
            new dev.ratebot.core.reply.Export(
                answer.build(), dev.ratebot.core.reply.Export.Format.CSV),
            Audience.ASKER);

    assertThat(message.table()).isPresent();
    assertThat(message.table().get().name()).isEqualTo("ratebot-export.csv");
    assertThat(message.table().get().text().lines().filter(l -> l.startsWith("note,,,,Note ")))
        .hasSize(60);
    assertThat(message.embeds().get(0).getDescription())
        .contains("The table is attached as ratebot-export.csv");
    assertThat(message.toCreateData().getFiles()).hasSize(1);
  }

  @Test
  void aShortExportIsACodeBlock() {
    DiscordMessage message =
        renderer.render(
            new dev.ratebot.core.reply.Export(
                Fixtures.answer("senior python latam").build(),
                dev.ratebot.core.reply.Export.Format.MARKDOWN),
            Audience.ASKER);

    assertThat(message.table()).isEmpty();
    assertThat(message.embeds().get(0).getDescription()).contains("```markdown\n| Part |");
  }

  @Test
  void sharingNamesWhoSharedAndKeepsOnlyTheAnswer() {
    DiscordMessage shared = renderer.renderShared(Fixtures.answer("latam").build(), "777");

    assertThat(shared.content()).isEqualTo("Shared by <@777>");
    assertThat(shared.embeds().get(0).getTitle()).isEqualTo("Answer for latam");
    assertThat(shared.rows()).isEmpty();
    assertThat(shared.ephemeral()).isFalse();
  }

  @Test
  void oneAnswerShownAgainIsDrawnOnceAndItsButtonsStayKept() {
    Answer cached = Fixtures.answer("senior python latam").build();

    DiscordRenderer.Drawing first = renderer.forAsker(cached, true);
    DiscordRenderer.Drawing again = renderer.forAsker(cached, true);

    assertThat(again).isSameAs(first);
    String id = shareId(first.message());
    assertThat(first.answerId()).contains(id);
    assertThat(renderer.store().find(id)).containsSame(cached);
    assertThat(first.createData().getComponents()).isNotEmpty();
    assertThat(first.createData().getEmbeds()).isEqualTo(first.message().embeds());
  }

  @Test
  void anEqualAnswerThatIsAnotherInstanceIsDrawnAfresh() {
    Answer one = Fixtures.answer("senior python latam").build();
    Answer equal = Fixtures.answer("senior python latam").build();

    assertThat(equal).isEqualTo(one);
    assertThat(renderer.forAsker(equal, true)).isNotSameAs(renderer.forAsker(one, true));
    assertThat(shareId(renderer.forAsker(equal, true).message()))
        .isNotEqualTo(shareId(renderer.forAsker(one, true).message()));
  }

  @Test
  void whereItCannotBeSharedTheDrawingHasNoShareButtonAndIsKeptApart() {
    Answer cached = Fixtures.answer("senior python latam").build();

    DiscordRenderer.Drawing shareable = renderer.forAsker(cached, true);
    DiscordRenderer.Drawing unshareable = renderer.forAsker(cached, false);

    assertThat(labels(unshareable.message())).containsExactly("Chart", "CSV");
    assertThat(labels(shareable.message())).containsExactly("Share in channel", "Chart", "CSV");
    assertThat(renderer.forAsker(cached, false)).isSameAs(unshareable);
  }

  @Test
  void withAStoreThatGivesANewIdEachTimeEveryShowingIsDrawnWithAKeptId() {
    Map<String, Reply> kept = new HashMap<>();
    AnswerStore fresh =
        new AnswerStore() {
          @Override
          public String keep(Reply reply) {
            String id = "id" + kept.size();
            kept.put(id, reply);
            return id;
          }

          @Override
          public Optional<Reply> find(String id) {
            return Optional.ofNullable(kept.get(id));
          }

          @Override
          public OptionalInt countShare(String id, String sharerId) {
            return OptionalInt.of(1);
          }
        };
    DiscordRenderer separate = new DiscordRenderer(fresh);
    Answer cached = Fixtures.answer("senior python latam").build();

    String first = shareId(separate.forAsker(cached, true).message());
    String second = shareId(separate.forAsker(cached, true).message());

    assertThat(second).isNotEqualTo(first);
    assertThat(fresh.find(first)).contains(cached);
    assertThat(fresh.find(second)).contains(cached);
  }

  @Test
  void aProblemOrAChartIsDrawnEachTime() {
    Problem problem = Problem.user("no data for India");
    Chart chart = new Chart(Fixtures.answer("senior python latam").build());

    assertThat(renderer.forAsker(problem, true)).isNotSameAs(renderer.forAsker(problem, true));
    DiscordRenderer.Drawing drawn = renderer.forAsker(chart, true);
    assertThat(drawn.createData().getFiles()).hasSize(1);
    assertThat(renderer.forAsker(chart, true)).isNotSameAs(drawn);
  }

  private static String shareId(DiscordMessage message) {
    return ((Button)
            components(message.rows()).stream()
                .filter(c -> c instanceof Button b && b.getLabel().startsWith("Share"))
                .findFirst()
                .orElseThrow())
        .getCustomId()
        .split(":")[2];
  }

  private static List<String> labels(DiscordMessage message) {
    return components(message.rows()).stream()
        .filter(Button.class::isInstance)
        .map(c -> ((Button) c).getLabel())
        .toList();
  }

  private static List<Object> components(List<ActionRow> rows) {
    List<Object> all = new ArrayList<>();
    rows.forEach(r -> all.addAll(r.getComponents()));
    return all;
  }
}
