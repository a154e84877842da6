package dev.ratebot.fake.discord;

import static dev.ratebot.fake.discord.DiscordPayloads.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord's REST rate limits, as documented (discord.com/developers/docs/topics/rate-limits):
 *
 * <ul>
 *   <li>a global limit of {@code globalPerSecond} requests a second for the bot, over every route
 *       but the interaction endpoints ({@code interactions/…} and the interaction webhooks), which
 *       are exempt;
 *   <li>a per-route bucket for creating channel messages, {@code messagesPerChannel} per {@code
 *       window} per channel, announced on every response with the {@code X-RateLimit-*} headers.
 * </ul>
 *
 * A request over a limit is answered 429 with Discord's body ({@code message}, {@code retry_after}
 * in seconds, {@code global}) and headers ({@code Retry-After} in whole seconds, {@code
 * X-RateLimit-Scope}, {@code X-RateLimit-Global} for the global limit, and {@code Via} as Discord's
 * edge sends it: JDA takes a 429 without {@code Via} for a Cloudflare ban).
 *
 * <p>A test can also ask for one 429 on a route ({@link #refuseNext}), per route or global: the
 * route (or every route but the interaction endpoints) then stays closed for {@code retry_after},
 * and a request inside that window is refused again, as Discord would.
 */
final class FakeRateLimits {
  private static final Pattern CHANNEL_MESSAGES = Pattern.compile("channels/(\\d+)/messages");
  private static final String MESSAGES_BUCKET = "f3a1c0de5b6a4c2e9d8b7a6c5e4d3c2b";

  private final int globalPerSecond;
  private final int messagesPerChannel;
  private final long windowNanos;
  private final LongSupplier nanoTime;
  private long globalStart;
  private int globalCount;
  private final Map<String, long[]> channels = new HashMap<>();
  private final List<Injected> pending = new ArrayList<>();
  private final Map<String, Long> closedRoutes = new HashMap<>();
  private long globalClosedUntil;
  private boolean globalClosed;

  /** A 429 asked for: the next request matching is refused and opens a window. */
  private record Injected(String method, Pattern path, long retryNanos, boolean global) {}

  /**
   * @param globalPerSecond requests a second over all limited routes
   * @param messagesPerChannel messages created per window in one channel
   * @param windowMillis the per-channel window
   */
  FakeRateLimits(int globalPerSecond, int messagesPerChannel, long windowMillis) {
    this(globalPerSecond, messagesPerChannel, windowMillis, System::nanoTime);
  }

  FakeRateLimits(
      int globalPerSecond, int messagesPerChannel, long windowMillis, LongSupplier nanoTime) {
    this.globalPerSecond = globalPerSecond;
    this.messagesPerChannel = messagesPerChannel;
    this.windowNanos = TimeUnit.MILLISECONDS.toNanos(windowMillis);
    this.nanoTime = nanoTime;
    this.globalStart = nanoTime.getAsLong();
  }

  /** Discord's published limits: 50 a second globally, 5 messages per 5 s in a channel. */
  static FakeRateLimits discords() {
    return new FakeRateLimits(50, 5, 5_000);
  }

  /**
   * What the limits say of one request.
   *
   * @param refusal the 429 body, when refused
   * @param headers headers to add to the response, refused or not
   */
  record Verdict(Optional<ObjectNode> refusal, Map<String, String> headers) {}

  /** The next request to {@code method} and a path matching {@code pathRegex} is refused. */
  synchronized void refuseNext(
      String method, String pathRegex, Duration retryAfter, boolean global) {
    pending.add(new Injected(method, Pattern.compile(pathRegex), retryAfter.toNanos(), global));
  }

  /** Counts the request against its limits, or refuses it. */
  synchronized Verdict check(String method, String path) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Via", "1.1 google");
    long now = nanoTime.getAsLong();
    Optional<Verdict> injected = injected(method, path, now, headers);
    if (injected.isPresent()) {
      return injected.get();
    }
    if (exempt(path)) {
      return new Verdict(Optional.empty(), headers);
    }
    if (now - globalStart >= TimeUnit.SECONDS.toNanos(1)) {
      globalStart = now;
      globalCount = 0;
    }
    if (globalCount >= globalPerSecond) {
      double retry = seconds(globalStart + TimeUnit.SECONDS.toNanos(1) - now);
      headers.put("Retry-After", Long.toString((long) Math.ceil(retry)));
      headers.put("X-RateLimit-Global", "true");
      headers.put("X-RateLimit-Scope", "global");
      return new Verdict(Optional.of(refusal(retry, true)), headers);
    }
    Matcher channel = CHANNEL_MESSAGES.matcher(path);
    if (method.equals("POST") && channel.matches()) {
      long[] bucket = channels.computeIfAbsent(channel.group(1), id -> new long[] {now, 0});
      if (now - bucket[0] >= windowNanos) {
        bucket[0] = now;
        bucket[1] = 0;
      }
      double resetAfter = seconds(bucket[0] + windowNanos - now);
      headers.put("X-RateLimit-Limit", Integer.toString(messagesPerChannel));
      headers.put("X-RateLimit-Reset-After", format(resetAfter));
      headers.put("X-RateLimit-Reset", format(System.currentTimeMillis() / 1000.0 + resetAfter));
      headers.put("X-RateLimit-Bucket", MESSAGES_BUCKET);
      if (bucket[1] >= messagesPerChannel) {
        headers.put("X-RateLimit-Remaining", "0");
        headers.put("Retry-After", Long.toString((long) Math.ceil(resetAfter)));
        headers.put("X-RateLimit-Scope", "user");
        return new Verdict(Optional.of(refusal(resetAfter, false)), headers);
      }
      bucket[1]++;
      headers.put("X-RateLimit-Remaining", Long.toString(messagesPerChannel - bucket[1]));
    }
    globalCount++;
    return new Verdict(Optional.empty(), headers);
  }

  // Per-route limits bind the interaction endpoints too; only the global one spares them.
  private Optional<Verdict> injected(
      String method, String path, long now, Map<String, String> headers) {
    String route = method + " " + path;
    Long routeUntil = closedRoutes.get(route);
    if (routeUntil != null && routeUntil - now > 0) {
      return Optional.of(routeRefusal(path, routeUntil - now, headers));
    }
    if (globalClosed && globalClosedUntil - now > 0 && !exempt(path)) {
      return Optional.of(globalRefusal(globalClosedUntil - now, headers));
    }
    for (Iterator<Injected> i = pending.iterator(); i.hasNext(); ) {
      Injected next = i.next();
      if (next.method().equals(method)
          && next.path().matcher(path).matches()
          && !(next.global() && exempt(path))) {
        i.remove();
        if (next.global()) {
          globalClosed = true;
          globalClosedUntil = now + next.retryNanos();
          return Optional.of(globalRefusal(next.retryNanos(), headers));
        }
        closedRoutes.put(route, now + next.retryNanos());
        return Optional.of(routeRefusal(path, next.retryNanos(), headers));
      }
    }
    return Optional.empty();
  }

  private static Verdict globalRefusal(long leftNanos, Map<String, String> headers) {
    double retry = seconds(leftNanos);
    headers.put("Retry-After", Long.toString((long) Math.ceil(retry)));
    headers.put("X-RateLimit-Global", "true");
    headers.put("X-RateLimit-Scope", "global");
    return new Verdict(Optional.of(refusal(retry, true)), headers);
  }

  private static Verdict routeRefusal(String path, long leftNanos, Map<String, String> headers) {
    double retry = seconds(leftNanos);
    headers.put("Retry-After", Long.toString((long) Math.ceil(retry)));
    headers.put("X-RateLimit-Limit", "1");
    headers.put("X-RateLimit-Remaining", "0");
    headers.put("X-RateLimit-Reset-After", format(retry));
    headers.put("X-RateLimit-Reset", format(System.currentTimeMillis() / 1000.0 + retry));
    headers.put("X-RateLimit-Bucket", bucket(path));
    headers.put("X-RateLimit-Scope", "user");
    return new Verdict(Optional.of(refusal(retry, false)), headers);
  }

  /** Discord's bucket hash is opaque; one per route shape is what a client can rely on. */
  private static String bucket(String path) {
    if (CHANNEL_MESSAGES.matcher(path).matches()) {
      return MESSAGES_BUCKET;
    }
    return Integer.toHexString(path.replaceAll("\\d{17,20}", "{id}").hashCode());
  }

  private static boolean exempt(String path) {
    return path.startsWith("interactions/") || path.startsWith("webhooks/");
  }

  private static ObjectNode refusal(double retryAfter, boolean global) {
    return JSON.createObjectNode()
        .put("message", "You are being rate limited.")
        .put("retry_after", Math.round(retryAfter * 1000) / 1000.0)
        .put("global", global);
  }

  private static double seconds(long nanos) {
    return Math.max(0, nanos) / 1e9;
  }

  private static String format(double seconds) {
    return String.format(Locale.ROOT, "%.3f", seconds);
  }
}
