package dev.ratebot.app;

import dev.ratebot.core.command.AdminPort;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.core.rates.DatasetStatus;
import dev.ratebot.core.reply.Problem;
import dev.ratebot.core.reply.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.LoggerFactory;

/**
 * What the admin commands report and do: who is an operator, how long the bot has run, which
 * platforms it serves, how many questions it answered, and the live dataset. The console's user is
 * always an operator: whoever runs it already holds the process and its files. Thread-safe.
 */
final class Administration implements AdminPort {
  private final Set<String> admins;
  private final Clock clock;
  private final Instant started;
  private final AtomicReference<LiveDataset> data = new AtomicReference<>();
  private final AtomicReference<List<String>> platforms = new AtomicReference<>(List.of());
  private final LongAdder questions = new LongAdder();
  private final LongAdder problems = new LongAdder();

  Administration(Set<String> admins, Clock clock) {
    this.admins = Set.copyOf(admins);
    this.clock = clock;
    this.started = clock.instant();
  }

  /** The live dataset the admin commands report on and reload; set once it is loaded. */
  void manage(LiveDataset live) {
    data.set(live);
  }

  /** The chat platforms being served, for the status. */
  void serving(List<String> names) {
    platforms.set(List.copyOf(names));
  }

  /** The handler, counting the questions it answers and the problems it replies. */
  RequestHandler counting(RequestHandler handler) {
    return request -> {
      Reply reply = handler.handle(request);
      questions.increment();
      if (reply instanceof Problem) {
        problems.increment();
      }
      return reply;
    };
  }

  @Override
  public boolean allows(String caller) {
    return caller.startsWith("console:") || admins.contains(caller);
  }

  @Override
  public void refused(String caller) {
    LoggerFactory.getLogger(Administration.class).warn("admin command refused to {}", caller);
  }

  @Override
  public Map<String, String> facts() {
    Map<String, String> facts = new LinkedHashMap<>();
    String version = Administration.class.getPackage().getImplementationVersion();
    facts.put("ratebot", version == null ? "development build" : version);
    facts.put(
        "up for",
        Duration.ofSeconds(Duration.between(started, clock.instant()).toSeconds()).toString());
    List<String> serving = platforms.get();
    facts.put("serving", serving.isEmpty() ? "the console" : String.join(", ", serving));
    facts.put("questions answered", questions.sum() + " (" + problems.sum() + " not answered)");
    return facts;
  }

  @Override
  public DatasetStatus dataset() {
    return live().status();
  }

  @Override
  public DatasetStatus reload() {
    return live().reload();
  }

  private LiveDataset live() {
    LiveDataset live = data.get();
    if (live == null) {
      throw new IllegalStateException("no dataset loaded yet");
    }
    return live;
  }
}
