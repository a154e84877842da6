package dev.ratebot.adapter.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratebot.core.command.CommandRegistry;
import dev.ratebot.core.dispatch.Request;
import dev.ratebot.core.dispatch.RequestHandler;
import dev.ratebot.fake.discord.FakeDiscord;
import dev.ratebot.fake.discord.RecordedCall;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The real adapter (real JDA) connected to a fresh fake Discord, recording every request. */
final class DiscordHarness implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(30);

  final FakeDiscord discord;
  final List<Request> requests = new CopyOnWriteArrayList<>();
  private DiscordAdapter adapter;
  private int mentionQueue = MentionListener.DEFAULT_QUEUE;

  private DiscordHarness(FakeDiscord discord) {
    this.discord = discord;
  }

  static DiscordHarness start(RequestHandler handler) throws Exception {
    return start(handler, Fixtures.registry(), true);
  }

  static DiscordHarness start(RequestHandler handler, CommandRegistry commands, boolean compression)
      throws Exception {
    DiscordHarness harness = new DiscordHarness(FakeDiscord.start());
    try {
      harness.connect(handler, commands, compression, Optional.empty());
    } catch (Exception | Error e) {
      harness.close();
      throw e;
    }
    return harness;
  }

  /** The adapter started last. */
  DiscordAdapter adapter() {
    return adapter;
  }

  DiscordSettings settings(boolean compression, Optional<String> guildId) {
    return new DiscordSettings(
        FakeDiscord.TOKEN, discord.apiUrl(), discord.gatewayUrl(), guildId, compression);
  }

  /** A harness whose adapter lets at most {@code mentionQueue} mention answers wait to be sent. */
  static DiscordHarness withMentionQueue(
      RequestHandler handler, CommandRegistry commands, int mentionQueue) throws Exception {
    DiscordHarness harness = new DiscordHarness(FakeDiscord.start());
    harness.mentionQueue = mentionQueue;
    try {
      harness.connect(handler, commands, true, Optional.empty());
    } catch (Exception | Error e) {
      harness.close();
      throw e;
    }
    return harness;
  }

  /** Starts a (new) adapter against this harness's fake; closes the previous one first. */
  DiscordAdapter connect(
      RequestHandler handler,
      CommandRegistry commands,
      boolean compression,
      Optional<String> guildId)
      throws Exception {
    if (adapter != null) {
      adapter.close();
    }
    adapter =
        new DiscordAdapter(
            settings(compression, guildId),
            request -> {
              requests.add(request);
              return handler.handle(request);
            },
            commands,
            DiscordAdapter.READY_TIMEOUT,
            mentionQueue);
    adapter.start();
    return adapter;
  }

  /**
   * The answer a user ends up seeing for an interaction: the first response when it carries the
   * answer, or, when the bot deferred (allowed, and expected under load), the edit that follows,
   * with the deferral's flags. Tests of what an answer says should not depend on how it travelled.
   */
  JsonNode answerTo(String interactionToken) throws InterruptedException {
    RecordedCall first = discord.calls().awaitOne(FakeDiscord.callbackFor(interactionToken), WAIT);
    JsonNode data = first.body().path("data");
    if (first.body().path("type").asInt() != 5) {
      return data;
    }
    RecordedCall edit =
        discord.calls().awaitOne(FakeDiscord.editOriginalOf(interactionToken), WAIT);
    ObjectNode answer = edit.body().deepCopy();
    answer.put("flags", data.path("flags").asInt());
    return answer;
  }

  @Override
  public void close() {
    if (adapter != null) {
      adapter.close();
    }
    discord.close();
  }
}
