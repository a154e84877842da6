package dev.ratebot.bench;

import dev.ratebot.adapter.slack.SlackAdapter;
import dev.ratebot.adapter.slack.SlackSettings;
import dev.ratebot.app.Wiring;
import dev.ratebot.fake.slack.Ack;
import dev.ratebot.fake.slack.FakeSlack;
import dev.ratebot.fake.slack.Seen;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A burst of {@code /rate} commands, each from its own user, against the loopback fake Slack, with
 * the socket closed (1001) halfway through. Reports what users saw: lost (no answer), duplicated,
 * shed ("busy"), late acks (over Slack's 3 s), Slack's error notices, ack and answer latency, and
 * the JVM's peak thread count. Not a test: run with scripts/bench-slack.sh; results in
 * docs/PERFORMANCE.md.
 *
 * <p>Arguments: commands (3000), drop after this many sent (half; 0 for none), one at a time
 * ("burst" or "serial", to measure latency without queueing).
 */
public final class SlackBurstBenchmark {
  private static final Duration WAIT = Duration.ofMinutes(3);

  private SlackBurstBenchmark() {}

  public static void main(String[] args) throws Exception {
    int commands = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
    int dropAt = args.length > 1 ? Integer.parseInt(args[1]) : commands / 2;
    boolean serial = args.length > 2 && args[2].equals("serial");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (FakeSlack slack = FakeSlack.start()) {
      SlackAdapter adapter =
          new SlackAdapter(
              new SlackSettings("xoxb-bench", "xapp-1-bench", slack.apiUrl()),
              Wiring.bundledHandler(),
              Wiring.bundledCommands());
      adapter.start();
      if (!slack.awaitConnections(1, Duration.ofSeconds(30))) {
        throw new IllegalStateException("the adapter did not connect");
      }
      for (int i = 0; i < 50; i++) {
        slack.awaitAnswer(slack.slashCommand("senior python latam", "UWARM" + i), WAIT);
      }
      int idle = threads.getThreadCount();
      threads.resetPeakThreadCount();
      Map<String, Long> sentAt = new HashMap<>();
      List<FakeSlack.Sent> sent = new ArrayList<>();
      long start = System.nanoTime();
      for (int i = 0; i < commands; i++) {
        String user = "UB" + i;
        sentAt.put(user, System.nanoTime());
        FakeSlack.Sent one = slack.slashCommand("senior python latam", user);
        sent.add(one);
        if (serial) {
          slack.awaitAnswer(one, WAIT);
        }
        if (i + 1 == dropAt) {
          slack.closeConnection(1001);
        }
      }
      long sentMillis = (System.nanoTime() - start) / 1_000_000;
      report(slack, sent, sentAt, dropAt, sentMillis, idle, threads);
      adapter.close();
    }
  }

  private static void report(
      FakeSlack slack,
      List<FakeSlack.Sent> sent,
      Map<String, Long> sentAt,
      int dropAt,
      long sentMillis,
      int idle,
      ThreadMXBean threads)
      throws Exception {
    try {
      slack.awaitAnswers(sent.size() + 50, WAIT);
    } catch (AssertionError e) {
      System.out.println("not every command answered within " + WAIT + ": " + e.getMessage());
    }
    List<Double> acks = new ArrayList<>();
    long lateAcks = 0;
    for (FakeSlack.Sent one : sent) {
      Ack ack = one.ack().getNow(null);
      if (ack == null || ack.latencyMillis() > 3_000) {
        lateAcks++;
      }
      if (ack != null) {
        acks.add(ack.latencyMillis());
      }
    }
    Map<String, List<Seen>> byUser =
        slack.seen().stream()
            .filter(v -> sentAt.containsKey(v.user()))
            .collect(Collectors.groupingBy(Seen::user));
    List<Double> answers = new ArrayList<>();
    int lost = 0;
    int duplicated = 0;
    int shed = 0;
    int notices = 0;
    for (String user : sentAt.keySet()) {
      List<Seen> seen = byUser.getOrDefault(user, List.of());
      List<Seen> answered = seen.stream().filter(Seen::isAnswer).toList();
      notices += seen.size() - answered.size();
      if (answered.isEmpty()) {
        lost++;
        continue;
      }
      duplicated += answered.size() > 1 ? 1 : 0;
      shed += answered.get(0).message().toString().contains("busy with many questions") ? 1 : 0;
      answers.add((answered.get(0).atNanos() - sentAt.get(user)) / 1e6);
    }
    System.out.printf(
        Locale.ROOT,
        "SLACK BENCH %d commands sent in %d ms, socket closed (1001) after %s:%n"
            + "  lost %d, duplicated %d, shed (busy) %d, late acks (>3 s or none) %d,"
            + " Slack error notices %d%n"
            + "  ack ms: %s%n  answer seen ms: %s%n  threads: idle %d, peak %d%n",
        sent.size(),
        sentMillis,
        dropAt == 0 ? "none" : dropAt,
        lost,
        duplicated,
        shed,
        lateAcks,
        notices,
        percentiles(acks),
        percentiles(answers),
        idle,
        threads.getPeakThreadCount());
  }

  private static String percentiles(List<Double> values) {
    if (values.isEmpty()) {
      return "none";
    }
    List<Double> sorted = values.stream().sorted().toList();
    return String.format(
        Locale.ROOT,
        "p50 %.0f, p99 %.0f, max %.0f",
        sorted.get(sorted.size() / 2),
        sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.99))),
        sorted.get(sorted.size() - 1));
  }
}
