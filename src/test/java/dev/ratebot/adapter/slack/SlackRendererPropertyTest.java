package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.util.json.GsonFactory;
import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.app.Wiring;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.Technology;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.fake.slack.BlockKitLimits;
import dev.ratebot.testing.AdminFixture;
import dev.ratebot.testing.Bundled;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A generated sweep of real answers (jqwik is not on the class path): every command in the registry
 * over every level, technology and region, in every output form, and hostile input, each rendered
 * for every audience, shared, and as a Home tab, then checked by the fake Slack's own Block Kit
 * checker. A message Slack would refuse fails here before any end-to-end test runs it.
 */
class SlackRendererPropertyTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String HOSTILE =
      "<!channel> <!here> <@U999> <#C1> <http://evil.example|click> & `'\" *_~ ";

  final RequestHandler handler = Wiring.bundledHandler();
  final SlackRenderer renderer = new SlackRenderer();
  final AtomicInteger users = new AtomicInteger();

  /** Every question of the sweep: commands × terms × forms, and the edges. */
  static List<String> questions() {
    RateDataset data = Bundled.dataset();
    List<String> levels = data.levels().stream().map(Level::id).toList();
    List<String> techs = data.technologies().stream().map(Technology::id).toList();
    List<String> regions = data.regions().stream().map(Region::id).toList();
    List<String> questions = new ArrayList<>(Wiring.bundledCommands().examples());
    questions.addAll(List.of("help", "list", "sources", "", "cobol", "senior python india"));
    for (String level : levels) {
      for (String tech : techs) {
        String term = level + " " + tech;
        questions.add(term);
        questions.add("why " + term + " " + regions.get(0));
        questions.add("rank " + term);
        questions.add("cheapest " + term + " in eur");
        questions.add("is $45/h fair for a " + term + " dev in " + regions.get(0) + "?");
        for (String region : regions) {
          questions.add(term + " " + region);
          questions.add(term + " " + region + " as csv");
          questions.add(term + " " + region + " as markdown in gbp");
        }
      }
      questions.add(level + " as markdown");
      questions.add(level + " as csv");
    }
    questions.add("compare senior python " + String.join(" vs ", regions));
    questions.add("compare " + String.join(" vs ", levels) + " python latam");
    questions.add(
        "budget "
            + String.join(" + ", techs.stream().map(t -> "2 senior " + t).toList())
            + " latam 12 weeks");
    questions.add("budget 3 senior python + 2 mid node + 1 entry java 6 months");
    questions.add("python as markdown");
    questions.add("python as csv");
    questions.add("as csv");
    questions.add(HOSTILE.repeat(60));
    questions.add("senior python " + HOSTILE.repeat(40));
    questions.add("why " + HOSTILE.repeat(40));
    questions.add("compare " + HOSTILE.repeat(30) + " vs " + HOSTILE.repeat(30));
    questions.add("x".repeat(5_000));
    return questions;
  }

  static JsonNode homeView(SlackRenderer renderer, Reply reply) {
    ObjectNode view = JSON.createObjectNode().put("type", "home");
    view.set("blocks", json(renderer.renderHome(reply)));
    return view;
  }

  static JsonNode json(Object blocks) {
    try {
      return JSON.readTree(GsonFactory.createSnakeCase().toJson(blocks));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every Block Kit fault of every way this reply reaches Slack, keyed by where. */
  Map<String, List<String>> faults(String question, Reply reply) {
    Map<String, SlackMessage> shown = new LinkedHashMap<>();
    for (Audience audience : Audience.values()) {
      SlackMessage message = renderer.render(reply, audience);
      shown.put(audience.name(), message);
      if (message.chart().isPresent()) {
        shown.put(
            audience + " with its chart", message.withChartFile("F0000000001", "Range chart"));
        shown.put(
            audience + " without it", message.withoutChart("The chart could not be uploaded"));
      }
    }
    shown.put("shared", renderer.renderShared(reply, "U123ABC"));
    Map<String, List<String>> faults = new LinkedHashMap<>();
    shown.forEach(
        (where, message) -> {
          List<String> found = BlockKitLimits.message(SlackJson.of(message));
          if (!found.isEmpty()) {
            faults.put(question + " → " + where, found);
          }
        });
    List<String> home = BlockKitLimits.homeView(homeView(renderer, reply));
    if (!home.isEmpty()) {
      faults.put(question + " → Home tab", home);
    }
    return faults;
  }

  Reply ask(String question) {
    String user = "U" + users.incrementAndGet();
    return handler.handle(new Request(question, user, "C1", Platform.SLACK));
  }

  @Test
  void everyAnswerOfTheSweepIsWithinSlackLimitsEverywhereItIsShown() {
    List<String> questions = questions();
    Map<String, List<String>> faults = new LinkedHashMap<>();
    Set<String> kinds = new TreeSet<>();
    int charts = 0;
    for (String question : questions) {
      Reply reply = ask(question);
      kinds.add(reply.getClass().getSimpleName());
      faults.putAll(faults(question, reply));
      // Charts cost a render each: a few cover their image block.
      if (question.split(" ").length == 3 && charts++ < 4) {
        Reply chart = ask(question + " chart");
        kinds.add(chart.getClass().getSimpleName());
        faults.putAll(faults(question + " chart", chart));
      }
    }

    assertThat(faults).isEmpty();
    assertThat(kinds).containsExactly("Answer", "Chart", "Export", "Info", "Problem");
    assertThat(questions.size()).isGreaterThan(200);
  }

  @Test
  void anOperatorsStatusIsWithinSlackLimits() {
    try (AdminFixture admin = new AdminFixture("slack:UOPS1")) {
      Reply status =
          admin.handler().handle(new Request("admin status", "UOPS1", "", Platform.SLACK));
      Reply refused = admin.handler().handle(new Request("admin reload", "U1", "", Platform.SLACK));

      assertThat(faults("admin status", status)).isEmpty();
      assertThat(faults("admin reload (refused)", refused)).isEmpty();
      assertThat(SlackJson.of(renderer.render(status, Audience.ASKER)).toString())
          .contains("ratebot status");
    }
  }
}
