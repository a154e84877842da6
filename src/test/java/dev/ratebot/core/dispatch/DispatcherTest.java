package dev.ratebot.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.reply.Answer;
import dev.ratebot.core.reply.Chart;
import dev.ratebot.core.reply.Export;
import dev.ratebot.core.reply.Info;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import dev.ratebot.testing.Bundled;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DispatcherTest {
  private final FaultLog faults = mock(FaultLog.class);
  private final AtomicLong clock = new AtomicLong();

  @Test
  void answersARateQuestion() {
    Reply reply = dispatcher(Bundled.dataset()).handle(request("senior python latam", "u1"));

    assertThat(reply).isInstanceOf(Answer.class);
    assertThat(reply.summary())
        .isEqualTo("Senior Python backend developer · Latin America: $61–74/h (estimate)");
  }

  @Test
  void theWordChartAsksForTheAnswersChart() {
    Dispatcher dispatcher = dispatcher(Bundled.dataset());

    Reply last = dispatcher.handle(request("senior python latam chart", "u1"));
    Reply first = dispatcher.handle(request("chart senior python latam", "u1"));
    Reply plain = dispatcher.handle(request("senior python latam", "u1"));

    assertThat(last).isInstanceOf(Chart.class).isEqualTo(first);
    assertThat(((Chart) last).answer()).isEqualTo(plain);
  }

  @Test
  void helpProblemsAndExportsAreNotCharted() {
    Dispatcher dispatcher = dispatcher(Bundled.dataset());

    assertThat(dispatcher.handle(request("chart", "u1"))).isInstanceOf(Info.class);
    assertThat(dispatcher.handle(request("help chart", "u1"))).isInstanceOf(Info.class);
    assertThat(dispatcher.handle(request("qwzx chart", "u1"))).isInstanceOf(Problem.class);
    assertThat(dispatcher.handle(request("chart senior python latam as csv", "u1")))
        .isInstanceOf(Export.class);
  }

  @Test
  void subCommandsGiveInfo() {
    Dispatcher dispatcher = dispatcher(Bundled.dataset());

    Info help = (Info) dispatcher.handle(request("help", "u1"));
    Info list = (Info) dispatcher.handle(request("list", "u1"));
    Info sources = (Info) dispatcher.handle(request("sources", "u1"));

    assertThat(help.sections())
        .anySatisfy(s -> assertThat(s.lines()).contains("/rate senior python latam"));
    assertThat(list.sections())
        .extracting(Info.Section::heading)
        .containsExactly("Levels", "Technologies", "Regions");
    assertThat(list.sections().get(2).lines()).anySatisfy(l -> assertThat(l).contains("Brazil"));
    assertThat(sources.title()).isEqualTo("Sources (data vintage 2023)");
    assertThat(sources.sections())
        .anySatisfy(
            s -> assertThat(s.heading()).isEqualTo("ProCoders, “Backend Developer Salary in 2023”"))
        .anySatisfy(
            s ->
                assertThat(s.lines())
                    .anySatisfy(l -> assertThat(l).startsWith("• Payscale, salary survey")));
  }

  @Test
  void userErrorIsAShortProblem() {
    Reply reply = dispatcher(Bundled.dataset()).handle(request("junior senior", "u1"));

    assertThat(reply)
        .isEqualTo(
            Problem.user(
                "Pick one level at a time: Entry or Senior.",
                java.util.List.of("entry", "senior")));
  }

  @Test
  void unexpectedFaultBecomesAnApologyWithTheLoggedReference() {
    Dispatcher dispatcher =
        new Dispatcher(
            text -> {
              throw new IllegalStateException("boom");
            },
            limiter(),
            faults);

    Reply reply = dispatcher.handle(request("senior python", "u1"));

    assertThat(reply).isInstanceOf(Problem.class);
    Problem problem = (Problem) reply;
    assertThat(problem.kind()).isEqualTo(Problem.Kind.INTERNAL);
    assertThat(problem.reference()).matches("E-[0-9A-F]{8}");
    assertThat(problem.message()).contains(problem.reference()).doesNotContain("boom");
    verify(faults)
        .record(eq(problem.reference()), any(Request.class), any(IllegalStateException.class));
  }

  @Test
  void eachUserIsRateLimitedSeparately() {
    Dispatcher dispatcher =
        new Dispatcher(
            Bundled.dataset(),
            Bundled.places(),
            EstimateSettings.defaults(),
            new RateLimiter(new RateLimit(2, 60), clock::get),
            faults);

    dispatcher.handle(chat("latam", "alice"));
    dispatcher.handle(chat("latam", "alice"));
    Reply third = dispatcher.handle(chat("latam", "alice"));
    Reply bob = dispatcher.handle(chat("latam", "bob"));
    Reply console = dispatcher.handle(request("latam", "alice"));
    for (int i = 0; i < 5; i++) {
      console = dispatcher.handle(request("latam", "alice"));
    }

    assertThat(third).isEqualTo(Problem.rateLimited(1));
    assertThat(bob).isInstanceOf(Answer.class);
    assertThat(console)
        .as("the console's one local user is not limited")
        .isInstanceOf(Answer.class);
  }

  private static Request chat(String text, String user) {
    return new Request(text, user, "C1", Platform.SLACK);
  }

  private Dispatcher dispatcher(RateDataset dataset) {
    return new Dispatcher(
        dataset, Bundled.places(), EstimateSettings.defaults(), limiter(), faults);
  }

  private RateLimiter limiter() {
    return new RateLimiter(RateLimit.defaults(), clock::get);
  }

  private static Request request(String text, String user) {
    return new Request(text, user, "C1", Platform.CONSOLE);
  }
}
