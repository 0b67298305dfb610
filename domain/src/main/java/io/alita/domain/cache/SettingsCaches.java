package io.alita.domain.cache;

import io.alita.domain.model.ChatId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every per-chat settings cache of one process, so that a change made elsewhere reaches all of them at once. Modules
 * declare their caches when they register (see {@code Registry#settingsCache}); a module that keeps settings in
 * memory and does not declare them would miss console changes until a restart.
 */
public final class SettingsCaches implements ChatChanges {

  private final List<PerChatCache<?>> caches = new CopyOnWriteArrayList<>();
  private final CacheLimits limits;

  /** Caches with the {@link CacheLimits#DEFAULT default limits}. */
  public SettingsCaches() {
    this(CacheLimits.DEFAULT);
  }

  /** @param limits applied to every cache added (the configured {@code SETTINGS_CACHE_*} limits) */
  public SettingsCaches(CacheLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Adds a cache and applies this set's limits to it; one cache shared by several modules may be added more than
   * once, it is kept once.
   */
  public void add(PerChatCache<?> cache) {
    Objects.requireNonNull(cache, "cache");
    if (caches.stream().noneMatch(c -> c == cache)) {
      cache.limitTo(limits);
      caches.add(cache);
    }
  }

  /** What every cache did, summed. */
  public CacheStats stats() {
    CacheStats sum = CacheStats.NONE;
    for (PerChatCache<?> cache : caches) {
      sum = sum.plus(cache.stats());
    }
    return sum;
  }

  /** Drops, in every cache, the chats not read for the idle limit; returns how many. */
  public int evictIdle() {
    int dropped = 0;
    for (PerChatCache<?> cache : caches) {
      dropped += cache.evictIdle();
    }
    return dropped;
  }

  /** How many distinct caches are known. */
  public int size() {
    return caches.size();
  }

  @Override
  public void chatChanged(ChatId chat) {
    for (PerChatCache<?> cache : caches) {
      cache.invalidate(chat);
    }
  }

  @Override
  public void everythingChanged() {
    for (PerChatCache<?> cache : caches) {
      cache.invalidateAll();
    }
  }
}
