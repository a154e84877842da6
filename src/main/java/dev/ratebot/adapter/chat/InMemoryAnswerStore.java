package dev.ratebot.adapter.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.ratebot.core.reply.Reply;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The answer store of one process: at most {@code capacity} replies, each kept {@code keptFor}
 * after it was shown (at least 15 minutes, a Discord interaction token's life), the oldest dropped
 * first when full. Ids are 12 random URL-safe characters, so one user cannot guess another's.
 */
public final class InMemoryAnswerStore implements AnswerStore {
  /** How long a reply is kept by default: twice a Discord interaction token's 15 minutes. */
  public static final Duration KEPT_FOR = Duration.ofMinutes(30);

  /** How many replies are kept by default: a few megabytes at most. */
  public static final int CAPACITY = 10_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  // The share count lives beside the reply and is bumped in place: a write would restart the
  // expiry.
  private record Kept(Reply reply, AtomicInteger shares) {}

  private final Cache<String, Kept> replies;

  public InMemoryAnswerStore() {
    this(CAPACITY, KEPT_FOR, Ticker.systemTicker());
  }

  /**
   * @param ticker the time source, so tests can move time on
   */
  public InMemoryAnswerStore(int capacity, Duration keptFor, Ticker ticker) {
    if (keptFor.compareTo(Duration.ofMinutes(15)) < 0) {
      throw new IllegalArgumentException("replies must be kept at least 15 minutes");
    }
    this.replies =
        Caffeine.newBuilder()
            .maximumSize(capacity)
            .expireAfterWrite(keptFor)
            .ticker(ticker)
            .executor(Runnable::run) // evict on the caller's thread: no pool of its own
            .build();
  }

  @Override
  public String keep(Reply reply) {
    byte[] bytes = new byte[9];
    RANDOM.nextBytes(bytes);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    replies.put(id, new Kept(reply, new AtomicInteger()));
    return id;
  }

  /** How many replies are kept now, after pending evictions. */
  long size() {
    replies.cleanUp();
    return replies.estimatedSize();
  }

  @Override
  public Optional<Reply> find(String id) {
    return Optional.ofNullable(replies.getIfPresent(id)).map(Kept::reply);
  }

  @Override
  public OptionalInt countShare(String id) {
    Kept kept = replies.getIfPresent(id);
    return kept == null ? OptionalInt.empty() : OptionalInt.of(kept.shares().incrementAndGet());
  }
}
