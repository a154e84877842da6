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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The answer store of one process: at most {@code capacity} replies, each kept {@code keptFor}
 * after it was last shown (at least 15 minutes, a Discord interaction token's life), the oldest
 * dropped first when full. Ids are 12 random URL-safe characters, so one user cannot guess
 * another's. The same reply instance (a cached answer, shown to everyone who asks its question)
 * keeps its id for {@code keptFor} after it was first kept, then gets a new one; users who see one
 * id saw the same figures, so the id reveals nothing, and each user's shares of it are counted
 * apart.
 */
public final class InMemoryAnswerStore implements AnswerStore {
  /** How long a reply is kept by default: twice a Discord interaction token's 15 minutes. */
  public static final Duration KEPT_FOR = Duration.ofMinutes(30);

  /** How many replies are kept by default: a few megabytes at most. */
  public static final int CAPACITY = 10_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  // The share counts live beside the reply and are bumped in place: a write would restart the
  // expiry.
  private record Kept(String id, Reply reply, ConcurrentMap<String, AtomicInteger> sharesBy) {}

  private final Cache<String, Kept> replies;

  // The kept entry of each reply instance: weak keys compare by identity and go with the reply.
  // Written once per id, so an id (and its share counts) lasts keptFor from its first showing.
  private final Cache<Reply, Kept> byReply;

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
    this.byReply =
        Caffeine.newBuilder()
            .weakKeys()
            .maximumSize(capacity)
            .expireAfterWrite(keptFor)
            .ticker(ticker)
            .executor(Runnable::run)
            .build();
  }

  @Override
  public String keep(Reply reply) {
    Kept kept = byReply.get(reply, r -> new Kept(newId(), r, new ConcurrentHashMap<>()));
    replies.put(kept.id(), kept); // kept for keptFor from now, even if it was dropped meanwhile
    return kept.id();
  }

  private static String newId() {
    byte[] bytes = new byte[9];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
  public OptionalInt countShare(String id, String sharerId) {
    Kept kept = replies.getIfPresent(id);
    return kept == null
        ? OptionalInt.empty()
        : OptionalInt.of(
            kept.sharesBy().computeIfAbsent(sharerId, s -> new AtomicInteger()).incrementAndGet());
  }
}
