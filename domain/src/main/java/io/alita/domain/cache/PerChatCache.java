package io.alita.domain.cache;

import io.alita.domain.model.ChatId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A chat's settings (or a structure built from them, such as a blacklist automaton), loaded once and kept until a
 * change invalidates them, the chat goes idle, or more recently used chats push it out. Filters run on every message;
 * with this an ordinary message costs no database query.
 *
 * <p>Writers call {@link #invalidate} after their change commits (the next read loads the new state); changes made by
 * another process arrive the same way, through {@link ChatChanges}. A load racing an invalidation never leaves the
 * stale value behind: a load first puts a token of its own in the chat's place, an invalidation removes whatever the
 * chat holds (token included), and the load stores its result only in place of its own token, atomically with respect
 * to invalidation ({@code computeIfPresent} and {@code remove} on the same key). A load started before an invalidation
 * of everything does not store either (the cache's generation changed). So no interleaving keeps a stale value, and
 * nothing is remembered about a chat the cache no longer holds.
 *
 * <p><b>Bounds</b> ({@link CacheLimits}, docs/decisions/0038). A chat not read for {@code idle} is not served: the next
 * read loads it again, and a sweep (on a store, at most every quarter of {@code idle}, or {@link #evictIdle}) drops
 * the idle chats nobody reads. When a store takes the cache above {@code maxChats}, the least recently read chats are
 * dropped until it holds at most {@code maxChats} less a twentieth (so that a full cache sorts its chats once per
 * twentieth of new chats, not on every one). Eviction only ever forgets: a dropped chat is loaded again when needed.
 * Loads in flight on other threads may take the cache a few chats above the limit until their store trims it.
 */
public final class PerChatCache<V> {

  /** A load in progress: the only thing its result may replace. */
  private static final class Loading {}

  private static final class Loaded<V> {
    final V value;
    volatile long lastRead;

    Loaded(V value, long lastRead) {
      this.value = value;
      this.lastRead = lastRead;
    }
  }

  private record Candidate(ChatId chat, Loaded<?> entry, long lastRead) {}

  private final Function<ChatId, V> loader;
  private final LongSupplier ticker;
  private final Map<ChatId, Object> values = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final ReentrantLock trimming = new ReentrantLock();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final LongAdder evictions = new LongAdder();
  private volatile CacheLimits limits;
  private volatile long lastSweep;

  /** A cache with the {@link CacheLimits#DEFAULT default limits}, on the system's nanosecond clock. */
  public PerChatCache(Function<ChatId, V> loader) {
    this(loader, CacheLimits.DEFAULT, System::nanoTime);
  }

  /**
   * @param ticker nanoseconds from any fixed origin, only ever compared (tests pass a hand-moved one)
   */
  public PerChatCache(Function<ChatId, V> loader, CacheLimits limits, LongSupplier ticker) {
    this.loader = Objects.requireNonNull(loader, "loader");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.lastSweep = ticker.getAsLong();
  }

  /** The chat's value, loaded on first use (or again after it was invalidated, went idle or was evicted). */
  @SuppressWarnings("unchecked")
  public V get(ChatId chat) {
    Object held = values.get(chat);
    if (held instanceof Loaded<?> e) {
      long now = ticker.getAsLong();
      if (now - e.lastRead < idleNanos()) {
        if (e.lastRead != now) {
          e.lastRead = now;
        }
        hits.increment();
        return (V) e.value;
      }
      if (values.remove(chat, e)) {
        evictions.increment();
      }
    }
    misses.increment();
    long startedGeneration = generation.get();
    Loading token = new Loading();
    values.put(chat, token);
    V loaded;
    try {
      loaded = loader.apply(chat);
    } catch (RuntimeException | Error e) {
      values.remove(chat, token);
      throw e;
    }
    Loaded<V> fresh = new Loaded<>(loaded, ticker.getAsLong());
    // Only in place of our own token: an invalidation since we put it removed it (and a later load replaced it).
    Object after = values.computeIfPresent(chat, (key, current) -> current != token ? current
        : generation.get() == startedGeneration ? fresh : null);
    if (after == fresh) {
      afterStore();
    }
    return loaded;
  }

  /** Forgets the chat's value, and any load of it in progress: the next {@link #get} loads it again. */
  public void invalidate(ChatId chat) {
    values.remove(chat);
  }

  /**
   * Forgets every chat's value, loads in progress included (their results are not kept): for when changes may have
   * been missed, e.g. after the change notifications were interrupted.
   */
  public void invalidateAll() {
    generation.incrementAndGet();
    values.clear();
  }

  /** Drops every chat not read for the idle limit; returns how many. */
  public int evictIdle() {
    trimming.lock();
    try {
      return trim(ticker.getAsLong(), false);
    } finally {
      trimming.unlock();
    }
  }

  /** Chats currently held (loads in progress included). */
  public int size() {
    return values.size();
  }

  /** Reads served from memory, reads that loaded, chats dropped for the limits (not invalidations), chats held. */
  public CacheStats stats() {
    return new CacheStats(hits.sum(), misses.sum(), evictions.sum(), values.size());
  }

  /** The limits in force. */
  public CacheLimits limits() {
    return limits;
  }

  /** Applies other limits from the next store on (the dispatcher applies the configured ones to every cache). */
  void limitTo(CacheLimits other) {
    this.limits = Objects.requireNonNull(other, "other");
  }

  private long idleNanos() {
    return limits.idle().toNanos();
  }

  private void afterStore() {
    long now = ticker.getAsLong();
    if (values.size() > limits.maxChats() || now - lastSweep >= idleNanos() / 4) {
      trimming.lock();
      try {
        trim(now, true);
      } finally {
        trimming.unlock();
      }
    }
  }

  /** Under {@link #trimming}: drops the idle chats, then (when {@code bySize}) the least recently read above the limit. */
  private int trim(long now, boolean bySize) {
    lastSweep = now;
    long idle = idleNanos();
    int dropped = 0;
    List<Candidate> kept = new ArrayList<>(values.size());
    for (Map.Entry<ChatId, Object> slot : values.entrySet()) {
      if (slot.getValue() instanceof Loaded<?> e) {
        long lastRead = e.lastRead;
        if (now - lastRead >= idle) {
          if (values.remove(slot.getKey(), e)) {
            dropped++;
          }
        } else {
          kept.add(new Candidate(slot.getKey(), e, lastRead));
        }
      }
    }
    int max = limits.maxChats();
    if (bySize && values.size() > max) {
      int target = max - max / 20;
      int excess = values.size() - target;
      kept.sort(Comparator.comparingLong(Candidate::lastRead));
      for (int i = 0; i < kept.size() && excess > 0; i++) {
        Candidate c = kept.get(i);
        if (values.remove(c.chat(), c.entry())) {
          dropped++;
          excess--;
        }
      }
    }
    evictions.add(dropped);
    return dropped;
  }
}
