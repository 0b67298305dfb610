package io.alita.domain.cache;

import io.alita.domain.model.ChatId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A chat's settings (or a structure built from them, such as a blacklist automaton), loaded once and kept until a
 * change invalidates them. Filters run on every message; with this an ordinary message costs no database query.
 *
 * <p>Writers call {@link #invalidate} after their change commits (the next read loads the new state). A load racing
 * an invalidation never leaves the stale value behind: each chat has a version, and a load started before an
 * invalidation does not store its result.
 */
public final class PerChatCache<V> {

  private record Entry<V>(V value) {}

  private final Function<ChatId, V> loader;
  private final Map<ChatId, Entry<V>> values = new ConcurrentHashMap<>();
  private final Map<ChatId, Long> versions = new ConcurrentHashMap<>();

  public PerChatCache(Function<ChatId, V> loader) {
    this.loader = loader;
  }

  /** The chat's value, loaded on first use. */
  public V get(ChatId chat) {
    Entry<V> e = values.get(chat);
    if (e != null) {
      return e.value();
    }
    long version = versions.getOrDefault(chat, 0L);
    V loaded = loader.apply(chat);
    // Store only if nobody invalidated the chat while we were loading.
    if (versions.getOrDefault(chat, 0L) == version) {
      values.put(chat, new Entry<>(loaded));
    }
    return loaded;
  }

  /** Forgets the chat's value: the next {@link #get} loads it again. */
  public void invalidate(ChatId chat) {
    versions.merge(chat, 1L, Long::sum);
    values.remove(chat);
  }

  /** Forgets every chat's value. */
  public void invalidateAll() {
    for (ChatId chat : values.keySet()) {
      invalidate(chat);
    }
  }

  /** Chats currently held. */
  public int size() {
    return values.size();
  }
}
