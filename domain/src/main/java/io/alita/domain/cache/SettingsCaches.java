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

  /** Adds a cache; one cache shared by several modules may be added more than once, it is kept once. */
  public void add(PerChatCache<?> cache) {
    Objects.requireNonNull(cache, "cache");
    if (caches.stream().noneMatch(c -> c == cache)) {
      caches.add(cache);
    }
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
