package dev.ratebot.bench;

import dev.ratebot.adapter.ChatAdapter;
import dev.ratebot.adapter.chat.Audience;
import dev.ratebot.adapter.dataset.JsonRateDatasetSource;
import dev.ratebot.adapter.discord.DiscordAdapter;
import dev.ratebot.adapter.discord.DiscordMessage;
import dev.ratebot.adapter.discord.DiscordRenderer;
import dev.ratebot.adapter.discord.DiscordSettings;
import dev.ratebot.app.Wiring;
import dev.ratebot.core.dispatch.Platform;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.rates.Level;
import dev.ratebot.core.rates.RateDataset;
import dev.ratebot.core.rates.Region;
import dev.ratebot.core.rates.Technology;
import dev.ratebot.fake.discord.DiscordPayloads;
import dev.ratebot.fake.discord.FakeDiscord;
import dev.ratebot.fake.discord.RecordedCall;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * A burst of Discord interactions (each from a different user) and then of mentions, against the
 * loopback fake Discord with Discord's rate limits, for a bare JDA bot that replies with a fixed
 * text and for ratebot. Not a test: run with {@code scripts/bench-discord.sh}; results in
 * docs/PERFORMANCE.md. Latency is from the fake gateway sending the event to the fake REST API
 * receiving the first response (interactions) or the reply (mentions).
 *
 * <pre>
 * {@code java -cp … dev.ratebot.bench.DiscordBurstBenchmark ratebot|bare INTERACTIONS MENTIONS}
 * </pre>
 *
 * <p>Properties: {@code -Didle=S} seconds idle at the end (90), {@code -DwarmUp=N} interactions
 * before the bursts (500), {@code -Dvaried=true} a different question per interaction instead of
 * one question from everyone, {@code -DcpuByThread=true} the burst's CPU by kind of thread.
 */
public final class DiscordBurstBenchmark {
  private static final Duration DEADLINE = Duration.ofSeconds(3);
  private static final Duration IDLE = Duration.ofSeconds(Long.getLong("idle", 90));
  private static final int WARM_UP = Integer.getInteger("warmUp", 500);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private DiscordBurstBenchmark() {}

  public static void main(String[] args) throws Exception {
    String bot = args.length > 0 ? args[0] : "ratebot";
    int interactions = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    int mentions = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    try (FakeDiscord discord = FakeDiscord.start()) {
      int fakeThreads = THREADS.getThreadCount();
      AutoCloseable running = start(bot, discord);
      try {
        warmUp(discord);
        int idle = THREADS.getThreadCount();
        System.out.printf(
            Locale.ROOT,
            "%s: threads: fake alone %d, with the bot idle %d%n",
            bot,
            fakeThreads,
            idle);
        if (interactions > 0) {
          interactions(bot, discord, interactions);
        }
        if (mentions > 0) {
          mentions(bot, discord, mentions);
        }
        TimeUnit.MILLISECONDS.sleep(IDLE.toMillis());
        System.out.printf(
            Locale.ROOT,
            "%s: threads %d s after the last burst: %d%n",
            bot,
            IDLE.toSeconds(),
            THREADS.getThreadCount());
      } finally {
        running.close();
      }
    }
    System.exit(0);
  }

  private static AutoCloseable start(String bot, FakeDiscord discord) throws Exception {
    if (bot.equals("bare")) {
      return bare(discord);
    }
    ChatAdapter adapter =
        new DiscordAdapter(
            new DiscordSettings(
                FakeDiscord.TOKEN, discord.apiUrl(), discord.gatewayUrl(), Optional.empty(), true),
            Wiring.bundledHandler(),
            Wiring.bundledCommands());
    adapter.start();
    return adapter;
  }

  /**
   * JDA with its default pools, replying to each interaction and mention at once with the message
   * ratebot draws for the same question, drawn once: so the two differ by ratebot's work, not by
   * the size of what they send.
   */
  private static AutoCloseable bare(FakeDiscord discord) throws InterruptedException {
    String gateway = discord.gatewayUrl();
    DiscordMessage drawn =
        new DiscordRenderer()
            .render(
                Wiring.bundledHandler()
                    .handle(new Request("senior python latam", "bench", "", Platform.DISCORD)),
                Audience.ASKER);
    MessageCreateData answer = drawn.toCreateData();
    MessageCreateData inChannel =
        new DiscordMessage(drawn.content(), drawn.embeds(), List.of(), false).toCreateData();
    JDA jda =
        JDABuilder.createLight(
                FakeDiscord.TOKEN, GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES)
            .setRestConfig(new RestConfig().setBaseUrl(discord.apiUrl()))
            .setSessionController(
                new ConcurrentSessionController() {
                  @Override
                  public String getGateway() {
                    return gateway;
                  }
                })
            .setEnableShutdownHook(false)
            .addEventListeners(
                new ListenerAdapter() {
                  @Override
                  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                    event.reply(answer).setEphemeral(true).queue();
                  }

                  @Override
                  public void onMessageReceived(MessageReceivedEvent event) {
                    if (!event.getAuthor().isBot()) {
                      event.getMessage().reply(inChannel).queue();
                    }
                  }
                })
            .build();
    jda.awaitReady();
    return () -> {
      jda.shutdown();
      if (!jda.awaitShutdown(Duration.ofSeconds(10))) {
        jda.shutdownNow();
      }
    };
  }

  // The warm-up asks questions the burst does not: in the varied mode, the same shapes for 25 to 48
  // months, so the code is as warm as a bot that has been answering for a while, but no answer is.
  private static void warmUp(FakeDiscord discord) throws InterruptedException {
    List<String> questions = Boolean.getBoolean("varied") ? variedQuestions(25) : List.of("latam");
    for (int i = 0; i < WARM_UP; i++) {
      discord.slashCommand(user(900_000 + i), Map.of("query", questions.get(i % questions.size())));
    }
    discord.calls().await(c -> c.path().endsWith("/callback"), WARM_UP, Duration.ofSeconds(60));
  }

  private static void interactions(String bot, FakeDiscord discord, int count)
      throws InterruptedException {
    THREADS.resetPeakThreadCount();
    long cpu = processCpuNanos();
    Map<Long, Long> before = threadCpu();
    List<String> questions = questions();
    Map<String, Long> sentAt = new HashMap<>();
    for (int i = 0; i < count; i++) {
      long now = System.nanoTime();
      sentAt.put(
          discord.slashCommand(user(i), Map.of("query", questions.get(i % questions.size()))), now);
    }
    Predicate<RecordedCall> first =
        c -> c.path().endsWith("/callback") && sentAt.containsKey(c.path().split("/")[2]);
    List<RecordedCall> callbacks = awaitUpTo(discord, first, count, Duration.ofSeconds(60));
    List<Long> latencies = new ArrayList<>();
    int deferred = 0;
    int shed = 0;
    for (RecordedCall callback : callbacks) {
      latencies.add(callback.nanos() - sentAt.get(callback.path().split("/")[2]));
      deferred += callback.body().path("type").asInt() == 5 ? 1 : 0;
      shed += callback.body().toString().contains("try again") ? 1 : 0;
    }
    report(bot, count + " interactions", count, latencies, shed);
    if (Boolean.getBoolean("cpuByThread")) {
      cpuByThread(bot, before, count);
    }
    System.out.printf(
        Locale.ROOT,
        "%s:   deferred %d; CPU %.1f ms per interaction (bot and fake together)%n",
        bot,
        deferred,
        (processCpuNanos() - cpu) / 1e6 / count);
  }

  private static void mentions(String bot, FakeDiscord discord, int count)
      throws InterruptedException {
    THREADS.resetPeakThreadCount();
    Map<String, Long> sentAt = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String channel = DiscordPayloads.busyChannelId(i % DiscordPayloads.BUSY_CHANNELS);
      long now = System.nanoTime();
      String id =
          discord.messageCreate(
              DiscordPayloads.guildMention(
                  user(500_000 + i),
                  "<@" + DiscordPayloads.BOT_ID + "> senior python latam",
                  channel));
      sentAt.put(id, now);
    }
    Predicate<RecordedCall> reply =
        c ->
            c.is("POST", "channels/\\d+/messages")
                && sentAt.containsKey(
                    c.body().path("message_reference").path("message_id").asText());
    List<RecordedCall> replies =
        awaitUpTo(discord, reply, count, Duration.ofSeconds(count / 50 * 3L + 60));
    List<Long> latencies = new ArrayList<>();
    int shed = 0;
    for (RecordedCall call : replies) {
      latencies.add(
          call.nanos()
              - sentAt.get(call.body().path("message_reference").path("message_id").asText()));
      shed += call.body().toString().contains("try again") ? 1 : 0;
    }
    report(bot, count + " mentions", count, latencies, shed);
    System.out.printf(
        Locale.ROOT,
        "%s:   429s from the fake so far %d%n",
        bot,
        discord.rateLimited().all().size());
  }

  /** What arrived within the time; the rest are counted as lost. */
  private static List<RecordedCall> awaitUpTo(
      FakeDiscord discord, Predicate<RecordedCall> filter, int count, Duration timeout)
      throws InterruptedException {
    try {
      return discord.calls().await(filter, count, timeout);
    } catch (AssertionError timedOut) {
      return discord.calls().matching(filter);
    }
  }

  private static void report(String bot, String what, int sent, List<Long> nanos, int shed) {
    Collections.sort(nanos);
    long late = nanos.stream().filter(n -> n > DEADLINE.toNanos()).count();
    System.out.printf(
        Locale.ROOT,
        "%s: %s: first response p50 %d ms, p99 %d ms, max %d ms; lost %d, late (>3 s) %d, shed %d;"
            + " peak threads %d%n",
        bot,
        what,
        millis(nanos, 50),
        millis(nanos, 99),
        nanos.isEmpty() ? 0 : nanos.get(nanos.size() - 1) / 1_000_000,
        sent - nanos.size(),
        late,
        shed,
        THREADS.getPeakThreadCount());
  }

  private static long millis(List<Long> sorted, int percentile) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1_000_000;
  }

  /**
   * What the burst asks: one question from every user, or with {@code -Dvaried=true} 1,152
   * different questions (every level, technology and region of the bundled data, each budgeted for
   * 1 to 24 months), shuffled, none asked in the warm-up: a burst of 1,000 then asks no question
   * twice, so nothing comes from a cache.
   */
  private static List<String> questions() {
    return Boolean.getBoolean("varied") ? variedQuestions(1) : List.of("senior python latam");
  }

  private static List<String> variedQuestions(int firstMonth) {
    RateDataset data = JsonRateDatasetSource.bundled().load();
    List<String> questions = new ArrayList<>();
    for (int months = firstMonth; months < firstMonth + 24; months++) {
      for (Region region : data.regions()) {
        for (Technology technology : data.technologies()) {
          for (Level level : data.levels()) {
            questions.add(
                level.id() + " " + technology.id() + " " + region.id() + " " + months + " months");
          }
        }
      }
    }
    Collections.shuffle(questions, new java.util.Random(1));
    return questions;
  }

  private static Map<Long, Long> threadCpu() {
    Map<Long, Long> cpu = new HashMap<>();
    for (long id : THREADS.getAllThreadIds()) {
      cpu.put(id, THREADS.getThreadCpuTime(id));
    }
    return cpu;
  }

  /** CPU spent in the burst by each kind of thread (names without their numbers). */
  private static void cpuByThread(String bot, Map<Long, Long> before, int count) {
    Map<String, Long> byKind = new java.util.TreeMap<>();
    for (java.lang.management.ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      long now = THREADS.getThreadCpuTime(info.getThreadId());
      long spent = now - before.getOrDefault(info.getThreadId(), 0L);
      byKind.merge(info.getThreadName().replaceAll("\\d+", "#"), spent, Long::sum);
    }
    byKind.entrySet().stream()
        .filter(e -> e.getValue() > count * 10_000L)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(
            e ->
                System.out.printf(
                    Locale.ROOT,
                    "%s:   CPU %6.3f ms per interaction on %s%n",
                    bot,
                    e.getValue() / 1e6 / count,
                    e.getKey()));
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String user(int n) {
    return Long.toString(1_400_000_000_000_000_000L + n);
  }
}
