package io.alita.app.config;

import io.alita.domain.cache.CacheLimits;
import java.time.Duration;
import java.util.Objects;

/**
 * {@code SETTINGS_CACHE_MAX_CHATS} and {@code SETTINGS_CACHE_IDLE_MINUTES}: how many chats each of the worker's
 * per-chat settings caches keeps (the least recently used go first) and how long a chat nobody writes in stays cached
 * (docs/decisions/0038).
 *
 * @param limits applied to every per-chat settings cache
 */
public record CacheConfig(CacheLimits limits) {

  /** Bounds of {@code SETTINGS_CACHE_MAX_CHATS}. */
  static final int MIN_CHATS = 100;
  static final int MAX_CHATS = 10_000_000;
  /** Bounds of {@code SETTINGS_CACHE_IDLE_MINUTES}: a minute to a week. */
  static final int MIN_IDLE_MINUTES = 1;
  static final int MAX_IDLE_MINUTES = 7 * 24 * 60;

  public CacheConfig {
    Objects.requireNonNull(limits, "limits");
  }

  /** The defaults: {@link CacheLimits#DEFAULT}. */
  public static CacheConfig defaults() {
    return new CacheConfig(CacheLimits.DEFAULT);
  }

  static CacheConfig read(EnvReader env) {
    int chats = env.intInRange("SETTINGS_CACHE_MAX_CHATS", CacheLimits.DEFAULT.maxChats(), MIN_CHATS, MAX_CHATS);
    int idle = env.intInRange("SETTINGS_CACHE_IDLE_MINUTES", (int) CacheLimits.DEFAULT.idle().toMinutes(),
        MIN_IDLE_MINUTES, MAX_IDLE_MINUTES);
    return new CacheConfig(new CacheLimits(chats, Duration.ofMinutes(idle)));
  }
}
