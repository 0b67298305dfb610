package io.alita.domain.cache;

import io.alita.domain.model.ChatId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A chat's settings (or a structure built from them, such as a blacklist automaton), loaded once and kept until a
 * change invalidates them. Filters run on every message; with this an ordinary message costs no database query.
 *
 * <p>Writers call {@link #invalidate} after their change commits (the next read loads the new state); changes made by
 * another process arrive the same way, through {@link ChatChanges}. A load racing an invalidation never leaves the
 * stale value behind: each chat has a version, the cache as a whole a generation, and a load started before an
 * invalidation of its chat (or of everything) does not store its result. The check and the store happen atomically
 * with respect to invalidation, so no interleaving keeps a stale value.
 */
public final class PerChatCache<V> {

  private record Entry<V>(V value) {}

  private final Function<ChatId, V> loader;
  private final Map<ChatId, Entry<V>> values = new ConcurrentHashMap<>();
  private final Map<ChatId, Long> versions = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  public PerChatCache(Function<ChatId, V> loader) {
    this.loader = loader;
  }

  /** The chat's value, loaded on first use. */
  public V get(ChatId chat) {
    Entry<V> e = values.get(chat);
    if (e != null) {
      return e.value();
    }
    long startedGeneration = generation.get();
    long version = versions.getOrDefault(chat, 0L);
    V loaded = loader.apply(chat);
    // Store only if nobody invalidated the chat (or everything) while we were loading. compute() holds the chat's
    // entry, and invalidate() goes through the same entry, so nothing slips in between the check and the store.
    values.compute(chat, (key, current) ->
        versions.getOrDefault(chat, 0L) == version && generation.get() == startedGeneration
            ? new Entry<>(loaded) : current);
    return loaded;
  }

  /** Forgets the chat's value: the next {@link #get} loads it again. */
  public void invalidate(ChatId chat) {
    values.compute(chat, (key, current) -> {
      versions.merge(chat, 1L, Long::sum);
      return null;
    });
  }

  /**
   * Forgets every chat's value, loads in progress included (their results are not kept): for when changes may have
   * been missed, e.g. after the change notifications were interrupted.
   */
  public void invalidateAll() {
    generation.incrementAndGet();
    values.clear();
  }

  /** Chats currently held. */
  public int size() {
    return values.size();
  }
}
