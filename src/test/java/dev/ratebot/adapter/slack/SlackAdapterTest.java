package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratebot.app.Wiring;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.fake.slack.Ack;
import dev.ratebot.fake.slack.ApiCall;
import dev.ratebot.fake.slack.FakeSlack;
import dev.ratebot.fake.slack.Seen;
import dev.ratebot.fake.slack.SocketClose;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * End to end: the real Bolt and Tyrus client in this JVM, talking Socket Mode and the Web API to a
 * fake Slack on 127.0.0.1. Timeouts are generous for a loaded 2-core machine, except the 3 s Slack
 * gives a command's ack.
 */
class SlackAdapterTest {
  static final String BOT_TOKEN = "xoxb-fake";
  static final String APP_TOKEN = "xapp-1-fake";
  static final Duration CONNECT = Duration.ofSeconds(20);
  static final Duration REPLY = Duration.ofSeconds(10);
  static final long ACK_LIMIT_MS = 3_000;
  static final RequestHandler BUNDLED = Wiring.bundledHandler();
  static final CommandRegistry COMMANDS = Wiring.bundledCommands();
  static final Pattern REFERENCE = Pattern.compile("Reference: (E-[0-9A-F]{8})");

  FakeSlack slack;
  SlackAdapter adapter;
  Set<Thread> threadsBeforeStart = Set.of();

  static Set<Thread> nonDaemonThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !t.isDaemon())
        .collect(Collectors.toSet());
  }

  void connect(RequestHandler handler) throws Exception {
    slack = FakeSlack.start();
    threadsBeforeStart = nonDaemonThreads();
    adapter =
        new SlackAdapter(
            new SlackSettings(BOT_TOKEN, APP_TOKEN, slack.apiUrl()), handler, COMMANDS);
    adapter.start();
    assertThat(slack.awaitConnections(1, CONNECT)).isTrue();
  }

  @AfterEach
  void stop() throws Exception {
    if (adapter != null) {
      adapter.close();
    }
    if (slack != null) {
      slack.close();
    }
  }

  static Ack ackWithin3s(FakeSlack.Sent sent) throws Exception {
    return sent.ack().get(ACK_LIMIT_MS, TimeUnit.MILLISECONDS);
  }

  /** The command's empty ack within 3 s, then the one answer its user saw. */
  JsonNode answerOf(FakeSlack.Sent sent) throws Exception {
    assertThat(ackWithin3s(sent).hasPayload()).as("the ack carries nothing").isFalse();
    return slack.awaitAnswer(sent, REPLY);
  }

  static String allText(JsonNode message) {
    List<String> texts = new ArrayList<>(SlackJson.mrkdwnTexts(message));
    texts.addAll(SlackJson.plainTexts(message));
    return String.join("\n", texts);
  }

  @Nested
  class Conversation {
    @Test
    void slashCommandIsAckedAtOnceAndAnsweredEphemerallyThroughItsResponseUrl() throws Exception {
      connect(BUNDLED);

      JsonNode answer = answerOf(slack.slashCommand("senior python latam", "U1"));

      assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
      assertThat(SlackJson.blocks(answer, "header")).hasSize(1);
      assertThat(allText(answer)).contains("Latin America", "Senior Python");
      assertThat(SlackJson.actionElements(answer))
          .extracting(e -> e.get("action_id").asText())
          .contains(SlackRenderer.SHARE_ACTION, SlackRenderer.REFINE_ACTION_PREFIX + "0");
      assertThat(slack.calls("chat.postMessage")).isEmpty();
      assertThat(slack.seenBy("U1")).hasSize(1);
    }

    @Test
    void helpIsAnsweredToo() throws Exception {
      connect(BUNDLED);

      JsonNode help = answerOf(slack.slashCommand("help", "U1"));

      assertThat(allText(help)).contains("/rate senior python latam");
    }

    @Test
    void aPlaceWithoutDataGetsAPlainProblemAndACoveredCityItsRegion() throws Exception {
      connect(BUNDLED);

      JsonNode india = answerOf(slack.slashCommand("senior python india", "U1"));
      JsonNode austin = answerOf(slack.slashCommand("senior python austin", "U2"));

      assertThat(allText(india))
          .contains("No data for India: ratebot covers North America, Latin America")
          .doesNotContain("United States");
      assertThat(allText(austin))
          .contains("Austin, United States (North America)")
          .contains("not Austin-specific ones");
    }

    @Test
    void mentionIsAnsweredInAThreadUnderIt() throws Exception {
      connect(BUNDLED);
      ObjectNode mention =
          slack.appMention(
              "U1",
              FakeSlack.CHANNEL_ID,
              "<@U0BOT> senior python latam",
              "1700000000.000100",
              null);

      Ack ack = ackWithin3s(slack.event("Ev-M1", mention, 0));

      assertThat(ack.hasPayload()).isFalse();
      ApiCall post = slack.awaitCalls("chat.postMessage", 1, REPLY).get(0);
      assertThat(post.bearerPrefix()).isEqualTo("xoxb-");
      assertThat(post.param("channel")).isEqualTo(FakeSlack.CHANNEL_ID);
      assertThat(post.param("thread_ts")).isEqualTo("1700000000.000100");
      assertThat(allText(post.json())).contains("Latin America");
      assertThat(SlackJson.actionElements(post.json())).isEmpty();
    }

    @Test
    void mentionInsideAThreadIsAnsweredInThatThread() throws Exception {
      connect(BUNDLED);
      ObjectNode mention =
          slack.appMention(
              "U1",
              FakeSlack.CHANNEL_ID,
              "<@U0BOT> latam",
              "1700000000.000300",
              "1700000000.000200");

      ackWithin3s(slack.event("Ev-M2", mention, 0));

      ApiCall post = slack.awaitCalls("chat.postMessage", 1, REPLY).get(0);
      assertThat(post.param("thread_ts")).isEqualTo("1700000000.000200");
    }

    @Test
    void directMessageIsAnsweredInTheDm() throws Exception {
      connect(BUNDLED);

      ackWithin3s(
          slack.event(
              "Ev-D1", slack.directMessage("U1", "senior python latam", "1700000000.000400"), 0));

      ApiCall post = slack.awaitCalls("chat.postMessage", 1, REPLY).get(0);
      assertThat(post.param("channel")).isEqualTo(FakeSlack.DM_CHANNEL_ID);
      assertThat(post.param("thread_ts")).isNull();
      assertThat(allText(post.json())).contains("Latin America");
      assertThat(SlackJson.actionElements(post.json()))
          .extracting(e -> e.get("action_id").asText())
          .doesNotContain(SlackRenderer.SHARE_ACTION)
          .contains(SlackRenderer.REFINE_ACTION_PREFIX + "0");
    }

    @Test
    void botMessagesInTheDmAreAckedAndIgnored() throws Exception {
      connect(BUNDLED);
      ObjectNode fromBot =
          slack.directMessage("U0BOT", "Senior Python backend developer", "1700000000.000500");
      fromBot.put("bot_id", "B0BOT");
      ObjectNode fromOtherBot = slack.directMessage("U0OTHER", "hello", "1700000000.000501");
      fromOtherBot.put("bot_id", "B0OTHER");

      ackWithin3s(slack.event("Ev-B1", fromBot, 0));
      ackWithin3s(slack.event("Ev-B2", fromOtherBot, 0));
      ackWithin3s(slack.event("Ev-D2", slack.directMessage("U1", "latam", "1700000000.000502"), 0));

      List<ApiCall> posts = slack.awaitCalls("chat.postMessage", 1, REPLY);
      assertThat(posts).hasSize(1);
      assertThat(posts.get(0).param("channel")).isEqualTo(FakeSlack.DM_CHANNEL_ID);
    }

    @Test
    void shareButtonPostsTheAnswerTheUserSawInChannelNamingTheSharer() throws Exception {
      connect(BUNDLED);
      JsonNode first = answerOf(slack.slashCommand("senior python latam", "U7"));
      String value =
          SlackJson.actionElements(first).stream()
              .filter(e -> e.get("action_id").asText().equals(SlackRenderer.SHARE_ACTION))
              .findFirst()
              .orElseThrow()
              .get("value")
              .asText();
      String responseUrl = slack.newResponseUrl();

      Ack ack =
          ackWithin3s(
              slack.blockAction(
                  "U7",
                  FakeSlack.CHANNEL_ID,
                  responseUrl,
                  true,
                  slack.button(SlackRenderer.SHARE_ACTION, value)));

      assertThat(ack.hasPayload()).isFalse();
      JsonNode shared = slack.awaitResponse(responseUrl, REPLY);
      assertThat(shared.get("response_type").asText()).isEqualTo("in_channel");
      assertThat(shared.get("replace_original").asBoolean()).isFalse();
      assertThat(allText(shared)).contains("Latin America", "Shared by <@U7>");
      assertThat(SlackJson.blocks(shared, "header").get(0).get("text").get("text").asText())
          .isEqualTo(SlackJson.blocks(first, "header").get(0).get("text").get("text").asText());
      assertThat(SlackJson.actionElements(shared)).isEmpty();
    }

    @Test
    void shareButtonOnAnAnswerNoLongerKeptSaysSoPrivatelyAndOffersToAskAgain() throws Exception {
      connect(BUNDLED);
      String responseUrl = slack.newResponseUrl();

      ackWithin3s(
          slack.blockAction(
              "U7",
              FakeSlack.CHANNEL_ID,
              responseUrl,
              true,
              slack.button(SlackRenderer.SHARE_ACTION, "Zm9yZ290dGVu senior python latam")));

      JsonNode reply = slack.awaitResponse(responseUrl, REPLY);
      assertThat(reply.get("response_type").asText()).isEqualTo("ephemeral");
      assertThat(allText(reply)).contains("no longer kept", "senior python latam");
    }

    @Test
    void whyButtonUnderAnAnswerPostsTheCalculationPrivatelyKeepingTheAnswer() throws Exception {
      connect(BUNDLED);
      JsonNode first = answerOf(slack.slashCommand("senior python latam", "U1"));
      JsonNode why =
          SlackJson.actionElements(first).stream()
              .filter(e -> e.get("action_id").asText().equals(SlackRenderer.WHY_ACTION))
              .findFirst()
              .orElseThrow();
      String responseUrl = slack.newResponseUrl();

      ackWithin3s(
          slack.blockAction(
              "U1",
              FakeSlack.CHANNEL_ID,
              responseUrl,
              true,
              slack.button(SlackRenderer.WHY_ACTION, why.get("value").asText())));

      JsonNode explained = slack.awaitResponse(responseUrl, REPLY);
      assertThat(explained.get("response_type").asText()).isEqualTo("ephemeral");
      assertThat(explained.get("replace_original").asBoolean()).isFalse();
      assertThat(SlackText.unescape(allText(explained)))
          .contains("Why: Senior Python", "Source rows", "3. Python's senior salary midpoint");
    }

    @Test
    void refineMenuReplacesTheEphemeralAnswer() throws Exception {
      connect(BUNDLED);
      JsonNode first = answerOf(slack.slashCommand("senior python latam", "U1"));
      JsonNode menu =
          SlackJson.actionElements(first).stream()
              .filter(
                  e -> e.get("action_id").asText().startsWith(SlackRenderer.REFINE_ACTION_PREFIX))
              .findFirst()
              .orElseThrow();
      JsonNode other = menu.get("options").get(0);
      String responseUrl = slack.newResponseUrl();

      ackWithin3s(
          slack.blockAction(
              "U1",
              FakeSlack.CHANNEL_ID,
              responseUrl,
              true,
              slack.staticSelect(
                  menu.get("action_id").asText(),
                  other.get("text").get("text").asText(),
                  other.get("value").asText())));

      JsonNode replaced = slack.awaitResponse(responseUrl, REPLY);
      assertThat(replaced.get("replace_original").asBoolean()).isTrue();
      assertThat(replaced.get("response_type").asText()).isEqualTo("ephemeral");
      assertThat(SlackJson.blocks(replaced, "header").get(0).get("text").get("text").asText())
          .isNotEqualTo(SlackJson.blocks(first, "header").get(0).get("text").get("text").asText());
      assertThat(SlackJson.actionElements(replaced))
          .extracting(e -> e.get("action_id").asText())
          .contains(SlackRenderer.SHARE_ACTION);
    }

    @Test
    void refineMenuInADmReplacesTheMessageWithoutMakingItEphemeral() throws Exception {
      connect(BUNDLED);
      String responseUrl = slack.newResponseUrl();

      ackWithin3s(
          slack.blockAction(
              "U1",
              FakeSlack.DM_CHANNEL_ID,
              responseUrl,
              false,
              slack.staticSelect(
                  SlackRenderer.REFINE_ACTION_PREFIX + "0", "Mid", "mid python latam")));

      JsonNode replaced = slack.awaitResponse(responseUrl, REPLY);
      assertThat(replaced.get("replace_original").asBoolean()).isTrue();
      assertThat(replaced.has("response_type")).isFalse();
      assertThat(allText(replaced)).contains("Mid");
      assertThat(SlackJson.actionElements(replaced))
          .extracting(e -> e.get("action_id").asText())
          .doesNotContain(SlackRenderer.SHARE_ACTION)
          .contains(SlackRenderer.REFINE_ACTION_PREFIX + "0");
    }

    @Test
    void userTypedMentionsAndLinksStayInertEverywhere() throws Exception {
      connect(TestReplies.handler());
      String typed = "<!channel> <!here> <@U999> <http://evil.example|click> & co";
      String responseUrl = slack.newResponseUrl();

      JsonNode ack = answerOf(slack.slashCommand(typed, "U1"));
      ackWithin3s(
          slack.event(
              "Ev-X1",
              slack.appMention(
                  "U1", FakeSlack.CHANNEL_ID, "<@U0BOT> " + typed, "1700000000.000600", null),
              0));
      ackWithin3s(
          slack.blockAction(
              "U1",
              FakeSlack.CHANNEL_ID,
              responseUrl,
              true,
              slack.button(
                  SlackRenderer.SHARE_ACTION,
                  SlackJson.actionElements(ack).stream()
                      .filter(e -> e.get("action_id").asText().equals(SlackRenderer.SHARE_ACTION))
                      .findFirst()
                      .orElseThrow()
                      .get("value")
                      .asText())));
      ackWithin3s(slack.slashCommand("boom " + typed, "U2"));
      JsonNode post = slack.awaitCalls("chat.postMessage", 1, REPLY).get(0).json();
      JsonNode shared = slack.awaitResponse(responseUrl, REPLY);

      for (JsonNode message : List.of(ack, post, shared)) {
        List<String> mrkdwn = SlackJson.mrkdwnTexts(message);
        assertThat(String.join("\n", mrkdwn))
            .contains("&lt;!channel&gt;")
            .doesNotContain("<!channel>", "<!here>", "<@U999>", "<http://evil", "& co");
        assertThat(message.path("link_names").asText("0")).isEqualTo("0");
      }
      assertThat(String.join("\n", SlackJson.mrkdwnTexts(shared))).contains("Shared by <@U1>");
    }
  }

  @Nested
  class Faults {
    @Test
    void handlerExceptionInACommandGivesAnApologyWithTheLoggedReference() throws Exception {
      connect(TestReplies.handler());
      try (LogCapture logs = new LogCapture(Level.INFO)) {
        JsonNode apology = answerOf(slack.slashCommand("crash please", "U1"));

        assertThat(apology.get("response_type").asText()).isEqualTo("ephemeral");
        Matcher reference = REFERENCE.matcher(allText(apology));
        assertThat(reference.find()).isTrue();
        assertThat(logs.lines())
            .anySatisfy(
                line ->
                    assertThat(line)
                        .startsWith("ERROR")
                        .contains(reference.group(1), "simulated fault"));
      }
    }

    @Test
    void handlerExceptionOnAMentionGivesAnApologyInTheThread() throws Exception {
      connect(TestReplies.handler());

      ackWithin3s(
          slack.event(
              "Ev-C1",
              slack.appMention(
                  "U1", FakeSlack.CHANNEL_ID, "<@U0BOT> crash", "1700000000.000700", null),
              0));

      ApiCall post = slack.awaitCalls("chat.postMessage", 1, REPLY).get(0);
      assertThat(post.param("thread_ts")).isEqualTo("1700000000.000700");
      assertThat(REFERENCE.matcher(allText(post.json())).find()).isTrue();
    }

    @Test
    void malformedCommandStillGetsAnApologyInTheAck() throws Exception {
      connect(BUNDLED);
      FakeSlack.Sent sent =
          slack.slashCommand("latam", null, FakeSlack.CHANNEL_ID, slack.newResponseUrl());

      JsonNode apology = ackWithin3s(sent).payload();

      assertThat(REFERENCE.matcher(allText(apology)).find()).isTrue();
    }

    @Test
    void userErrorIsShownWithSuggestions() throws Exception {
      connect(BUNDLED);

      JsonNode problem = answerOf(slack.slashCommand("cobol", "U1"));

      assertThat(problem.get("response_type").asText()).isEqualTo("ephemeral");
      assertThat(allText(problem)).contains("cobol");
      assertThat(SlackJson.actionElements(problem)).isEmpty();
    }

    @Test
    void failingResponseUrlIsLoggedWithAReference() throws Exception {
      connect(BUNDLED);
      slack.failResponseUrls(404);
      String responseUrl = slack.newResponseUrl();
      try (LogCapture logs = new LogCapture(Level.INFO)) {
        ackWithin3s(
            slack.blockAction(
                "U1",
                FakeSlack.CHANNEL_ID,
                responseUrl,
                true,
                slack.button(SlackRenderer.SHARE_ACTION, "latam")));

        slack.awaitCalls("response_url", 2, REPLY);
        assertThat(logs.lines())
            .anySatisfy(line -> assertThat(line).startsWith("ERROR").contains("E-", "HTTP 404"));
      }
    }

    @Test
    void everythingWithoutAListenerIsStillAcked() throws Exception {
      connect(BUNDLED);
      ObjectMapper json = new ObjectMapper();
      ObjectNode reaction =
          json.createObjectNode()
              .put("type", "reaction_added")
              .put("user", "U1")
              .put("reaction", "thumbsup")
              .put("event_ts", "1700000000.000800");
      reaction
          .putObject("item")
          .put("type", "message")
          .put("channel", FakeSlack.CHANNEL_ID)
          .put("ts", "1700000000.000100");
      ObjectNode edited =
          slack
              .directMessage("U1", "edited", "1700000000.000801")
              .put("subtype", "message_changed");
      ObjectNode shortcut =
          json.createObjectNode()
              .put("type", "shortcut")
              .put("callback_id", "unknown")
              .put("trigger_id", "t1")
              .put("token", "verification-not-used");
      shortcut.putObject("user").put("id", "U1");
      shortcut.putObject("team").put("id", FakeSlack.TEAM_ID);
      ObjectNode brandNew = json.createObjectNode().put("type", "a_type_bolt_does_not_know");

      List<FakeSlack.Sent> sent =
          List.of(
              slack.event("Ev-U1", reaction, 0),
              slack.event("Ev-U2", edited, 0),
              slack.blockAction(
                  "U1",
                  FakeSlack.CHANNEL_ID,
                  slack.newResponseUrl(),
                  true,
                  slack.button("someone-elses-button", "x")),
              slack.interactive(shortcut),
              slack.interactive(brandNew),
              slack.slashCommand("latam", "U1", FakeSlack.CHANNEL_ID, slack.newResponseUrl()));

      for (FakeSlack.Sent each : sent) {
        assertThat(ackWithin3s(each).envelopeId()).isEqualTo(each.envelopeId());
      }
      assertThat(slack.strayMessages()).isEmpty();
    }
  }

  @Nested
  class Delivery {
    @Test
    void reconnectsAfterTheSocketDropsAndAnswersTheNextCommand() throws Exception {
      connect(BUNDLED);

      slack.dropConnection();

      assertThat(slack.awaitConnections(2, CONNECT)).isTrue();
      JsonNode answer = answerOf(slack.slashCommand("latam", "U1"));

      assertThat(allText(answer)).contains("Latin America");
      assertThat(slack.seenBy("U1")).extracting(Seen::via).containsExactly("response_url");
    }

    @Test
    void refreshRequestedOpensExactlyOneNewConnectionAndLosesNothing() throws Exception {
      connect(BUNDLED);
      FakeSlack.Sent before = slack.slashCommand("latam", "U1");

      slack.requestRefresh();
      FakeSlack.Sent during = slack.slashCommand("senior python latam", "U2");

      assertThat(slack.awaitConnections(2, CONNECT)).isTrue();
      assertThat(allText(slack.awaitAnswer(before, REPLY))).contains("Latin America");
      assertThat(allText(slack.awaitAnswer(during, REPLY))).contains("Senior Python");
      assertThat(allText(answerOf(slack.slashCommand("latam", "U3")))).contains("Latin America");
      SocketClose old = slack.awaitClose(REPLY);
      assertThat(old.number()).isEqualTo(1);
      assertThat(slack.awaitConnections(3, Duration.ofSeconds(7)))
          .as("a second reconnect")
          .isFalse();
      assertThat(slack.connections()).isEqualTo(2);
      assertThat(slack.acksFor(before.envelopeId()) + slack.acksFor(during.envelopeId()))
          .isEqualTo(2);
      assertThat(slack.seen()).hasSize(3).allMatch(Seen::isAnswer);
    }

    @Test
    void aRetriedEventIsAnsweredOnce() throws Exception {
      connect(BUNDLED);
      ObjectNode mention =
          slack.appMention("U1", FakeSlack.CHANNEL_ID, "<@U0BOT> latam", "1700000000.000900", null);

      ackWithin3s(slack.event("Ev-R1", mention, 0));
      ackWithin3s(slack.event("Ev-R1", mention, 1));
      ackWithin3s(slack.event("Ev-R1", mention, 2));
      ackWithin3s(
          slack.event(
              "Ev-R2",
              slack.appMention(
                  "U1", FakeSlack.CHANNEL_ID, "<@U0BOT> help", "1700000000.000901", null),
              0));

      List<ApiCall> posts = slack.awaitCalls("chat.postMessage", 2, REPLY);
      assertThat(posts)
          .extracting(p -> p.param("thread_ts"))
          .containsExactlyInAnyOrder("1700000000.000900", "1700000000.000901");
    }

    @Test
    void burstOf200CommandsIsAckedWithin3sEach() throws Exception {
      connect(BUNDLED);
      List<String> examples = Wiring.bundledCommands().examples();
      for (int i = 0; i < 20; i++) {
        slack
            .slashCommand(examples.get(i % examples.size()), "UWARM" + i)
            .ack()
            .get(REPLY.toMillis(), TimeUnit.MILLISECONDS);
      }
      List<FakeSlack.Sent> sent = new ArrayList<>();

      for (int i = 0; i < 200; i++) {
        sent.add(slack.slashCommand(examples.get(i % examples.size()), "UBURST" + i));
      }
      CompletableFuture.allOf(
              sent.stream().map(FakeSlack.Sent::ack).toArray(CompletableFuture[]::new))
          .get(60, TimeUnit.SECONDS);
      slack.awaitAnswers(220, Duration.ofSeconds(60));

      List<Double> latencies = new ArrayList<>();
      for (FakeSlack.Sent each : sent) {
        Ack ack = each.ack().get();
        latencies.add(ack.latencyMillis());
        assertThat(ack.hasPayload()).isFalse();
        assertThat(slack.awaitAnswer(each, REPLY).get("response_type").asText())
            .isEqualTo("ephemeral");
        assertThat(slack.acksFor(each.envelopeId())).as("acks for one envelope").isEqualTo(1);
      }
      latencies.sort(Double::compare);
      LoggerFactory.getLogger(SlackAdapterTest.class)
          .info(
              "burst of 200 /rate commands, ack latency p50={} ms p95={} ms max={} ms",
              Math.round(latencies.get(99)),
              Math.round(latencies.get(189)),
              Math.round(latencies.get(199)));
      System.out.printf(
          "SLACK BURST ack latency ms: p50=%.1f p95=%.1f max=%.1f%n",
          latencies.get(99), latencies.get(189), latencies.get(199));
      assertThat(latencies)
          .allSatisfy(ms -> assertThat(ms).isLessThanOrEqualTo((double) ACK_LIMIT_MS));
    }

    @Test
    void noWebApiCallStandsOnTheCommandPath() throws Exception {
      connect(BUNDLED);
      List<FakeSlack.Sent> sent = new ArrayList<>();

      for (int i = 0; i < 10; i++) {
        sent.add(slack.slashCommand("senior python latam", "UHOT" + i));
      }
      for (FakeSlack.Sent each : sent) {
        ackWithin3s(each);
      }
      ackWithin3s(
          slack.event(
              "Ev-H1",
              slack.appMention(
                  "U1", FakeSlack.CHANNEL_ID, "<@U0BOT> latam", "1700000000.001000", null),
              0));
      slack.awaitCalls("chat.postMessage", 1, REPLY);

      assertThat(slack.calls("auth.test")).hasSize(1);
      assertThat(slack.calls())
          .extracting(ApiCall::method)
          .allMatch(
              Set.of("auth.test", "apps.connections.open", "chat.postMessage", "response_url")
                  ::contains);
      assertThat(slack.calls("response_url")).allMatch(c -> c.bearerPrefix().isEmpty());
      assertThat(slack.calls("apps.connections.open"))
          .allMatch(c -> c.bearerPrefix().equals("xapp-"));
    }
  }

  @Nested
  class Lifecycle {
    @Test
    void closeDisconnectsCleanlyOnceAndStaysDown() throws Exception {
      connect(BUNDLED);
      ackWithin3s(slack.slashCommand("latam", "U1"));

      adapter.close();
      adapter.close();

      SocketClose closed = slack.awaitClose(REPLY);
      assertThat(closed.code()).isEqualTo(1000);
      assertThat(closed.remote()).isTrue();
      assertThat(slack.awaitConnections(2, Duration.ofSeconds(7)))
          .as("a reconnect after close")
          .isFalse();
      assertThat(slack.openConnections()).isZero();
      for (Thread left : nonDaemonThreads()) {
        if (!threadsBeforeStart.contains(left)) {
          left.join(5_000);
          assertThat(left.isAlive())
              .as("thread %s still running after close", left.getName())
              .isFalse();
        }
      }
    }

    @Test
    void startFailsClearlyWhenTheSocketCannotBeOpened() throws Exception {
      slack = FakeSlack.start();
      slack.breakSocketUrl();
      adapter =
          new SlackAdapter(
              new SlackSettings(BOT_TOKEN, APP_TOKEN, slack.apiUrl()), BUNDLED, COMMANDS);

      assertThatThrownBy(adapter::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Socket Mode");
    }

    @Test
    void startFailsClearlyWhenSlackRefusesTheBotToken() throws Exception {
      slack = FakeSlack.start();
      String refused = "xoxb-revoked";
      adapter =
          new SlackAdapter(
              new SlackSettings(refused, APP_TOKEN, slack.apiUrl()), BUNDLED, COMMANDS);

      assertThatThrownBy(adapter::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("invalid_auth")
          .hasMessageNotContaining(refused);
      assertThat(slack.connections()).isZero();
    }

    @Test
    void startFailsClearlyWhenSlackRefusesTheAppToken() throws Exception {
      slack = FakeSlack.start();
      String refused = "xapp-revoked-test-not-real";
      adapter =
          new SlackAdapter(
              new SlackSettings(BOT_TOKEN, refused, slack.apiUrl()), BUNDLED, COMMANDS);

      assertThatThrownBy(adapter::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("invalid_auth")
          .hasMessageNotContaining(refused);
    }

    @Test
    void tokensNeverReachTheLogsEvenAtDebugLevel() throws Exception {
      try (LogCapture logs =
          new LogCapture(Level.DEBUG, "com.slack.api", "org.glassfish.tyrus", "dev.ratebot")) {
        connect(BUNDLED);
        ackWithin3s(slack.slashCommand("latam", "U1"));
        ackWithin3s(
            slack.event(
                "Ev-L1",
                slack.appMention(
                    "U1", FakeSlack.CHANNEL_ID, "<@U0BOT> crash", "1700000000.001100", null),
                0));
        slack.awaitCalls("chat.postMessage", 1, REPLY);
        adapter.close();

        assertThat(logs.lines())
            .isNotEmpty()
            .noneSatisfy(
                line ->
                    assertThat(line)
                        .containsAnyOf(BOT_TOKEN, APP_TOKEN, "test-not-a-real", "1-test-not"));
      }
    }
  }
}
