package dev.ratebot.bench;

import dev.ratebot.app.Wiring;
import dev.ratebot.core.dispatch.Dispatcher;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.RateLimit;
import dev.ratebot.core.dispatch.RateLimiter;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.estimate.EstimateSettings;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.reply.Reply;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dispatcher over a mix of questions people ask: parse, estimate and build the reply, in
 * process. Run with scripts/bench.sh; results in docs/PERFORMANCE.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DispatcherBenchmark {
  private static final String[] MIX = {
    "senior python latam",
    "latam",
    "senior python",
    "how much is a mid node dev in poland?",
    "junior laravel western europe",
    "senior java brazil",
    "pyhton seniour cee",
    "How much does a senior Python developer in Brazil cost per hour?",
    "rails",
    "help",
    "qwzx",
    "mid ruby on rails engineer from the United Kingdom"
  };

  /** Distinct answers remembered: the default, and 0 to measure every answer worked out anew. */
  @Param({"4096", "0"})
  public int cachedAnswers;

  private Dispatcher dispatcher;
  private int next;

  @Setup
  public void setUp() {
    RateDataset dataset = Wiring.dataset(dev.ratebot.app.CoreSettings.defaults());
    dispatcher =
        new Dispatcher(
            dataset,
            Wiring.places(),
            new EstimateSettings(EstimateSettings.DEFAULT_HOURS_PER_YEAR, cachedAnswers),
            new RateLimiter(new RateLimit(Integer.MAX_VALUE, Integer.MAX_VALUE)),
            (reference, request, fault) -> {
              throw new IllegalStateException(reference, fault);
            });
  }

  @Benchmark
  public Reply mixedQuestion() {
    String text = MIX[next];
    next = (next + 1) % MIX.length;
    return dispatcher.handle(new Request(text, "bench", "C1", Platform.CONSOLE));
  }
}
