package io.alita.domain.permission;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each chat's administrators, asked of Telegram once and kept for {@link #TTL}: admin checks run on most commands and
 * must not cost a Bot API call each. A {@code chat_member} update that changes someone's admin status, and
 * {@code /admincache}, drop a chat's entry so the next check asks again.
 */
public final class AdminCache {

  public static final Duration TTL = Duration.ofMinutes(30);

  private record Entry(Map<UserId, ChatMember> admins, Instant loadedAt) {}

  private final ChatQueries telegram;
  private final Clock clock;
  private final Map<ChatId, Entry> entries = new ConcurrentHashMap<>();

  public AdminCache(ChatQueries telegram, Clock clock) {
    this.telegram = telegram;
    this.clock = clock;
  }

  /** The chat's admins, from the cache when fresh. */
  public Map<UserId, ChatMember> admins(ChatId chat) {
    Instant now = clock.instant();
    Entry e = entries.get(chat);
    if (e == null || e.loadedAt().plus(TTL).isBefore(now)) {
      e = load(chat, now);
    }
    return e.admins();
  }

  /** True when {@code user} was in the list the last time it was loaded. */
  public boolean isCached(ChatId chat) {
    return entries.containsKey(chat);
  }

  /** The admin entry of {@code user} in {@code chat}, if they are one. */
  public Optional<ChatMember> admin(ChatId chat, UserId user) {
    return Optional.ofNullable(admins(chat).get(user));
  }

  /** Drops the chat's list: the next check loads it again. */
  public void invalidate(ChatId chat) {
    entries.remove(chat);
  }

  /** Loads the chat's list now and returns it (for {@code /admincache}). */
  public Map<UserId, ChatMember> reload(ChatId chat) {
    return load(chat, clock.instant()).admins();
  }

  private Entry load(ChatId chat, Instant now) {
    List<ChatMember> list = telegram.administrators(chat);
    Map<UserId, ChatMember> admins = new java.util.LinkedHashMap<>();
    for (ChatMember m : list) {
      if (m.isAdmin()) {
        admins.put(m.user(), m);
      }
    }
    Entry e = new Entry(java.util.Collections.unmodifiableMap(admins), now);
    entries.put(chat, e);
    return e;
  }
}
