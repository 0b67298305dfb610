package io.alita.domain.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.model.ChatId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PerChatCacheTest {

  static final ChatId CHAT = ChatId.of(-1);

  @Test
  void loadsOncePerChatUntilInvalidated() {
    AtomicInteger loads = new AtomicInteger();
    PerChatCache<Integer> cache = new PerChatCache<>(chat -> loads.incrementAndGet());
    assertEquals(1, cache.get(CHAT));
    assertEquals(1, cache.get(CHAT));
    assertEquals(1, loads.get());
    cache.invalidate(CHAT);
    assertEquals(2, cache.get(CHAT));
    assertEquals(2, loads.get());
  }

  @Test
  void aLoadRacingAnInvalidationDoesNotKeepTheStaleValue() {
    AtomicInteger state = new AtomicInteger(1);
    PerChatCache<Integer>[] self = new PerChatCache[1];
    self[0] = new PerChatCache<>(chat -> {
      int seen = state.get();
      if (seen == 1) {
        state.set(2);            // a writer changes the settings while we load...
        self[0].invalidate(chat); // ...and invalidates
      }
      return seen;
    });
    assertEquals(1, self[0].get(CHAT)); // this caller got the old value, but it must not be kept
    assertEquals(2, self[0].get(CHAT));
  }

  @Test
  void invalidatingEverythingReloadsEveryChat() {
    ChatId other = ChatId.of(-2);
    AtomicInteger loads = new AtomicInteger();
    PerChatCache<Integer> cache = new PerChatCache<>(chat -> loads.incrementAndGet());
    cache.get(CHAT);
    cache.get(other);

    cache.invalidateAll();

    assertEquals(0, cache.size());
    assertEquals(3, cache.get(CHAT));
    assertEquals(4, cache.get(other));
  }

  @Test
  void aFirstLoadRacingAnInvalidationOfEverythingDoesNotKeepTheStaleValue() {
    AtomicInteger state = new AtomicInteger(1);
    PerChatCache<Integer>[] self = new PerChatCache[1];
    self[0] = new PerChatCache<>(chat -> {
      int seen = state.get();
      if (seen == 1) {
        state.set(2);              // changes were missed while we load the chat for the first time...
        self[0].invalidateAll();   // ...and everything is dropped
      }
      return seen;
    });
    assertEquals(1, self[0].get(CHAT));
    assertEquals(2, self[0].get(CHAT));
  }

  // --- bounds (docs/decisions/0038): a hand-moved ticker, so every expiry and eviction is decided, not timed ---

  static final Duration IDLE = Duration.ofMinutes(30);

  final AtomicLong now = new AtomicLong(1_000);
  final List<ChatId> loaded = new ArrayList<>();

  PerChatCache<String> bounded(int maxChats) {
    return new PerChatCache<>(chat -> {
      loaded.add(chat);
      return "v" + chat.value() + "#" + loaded.size();
    }, new CacheLimits(maxChats, IDLE), now::get);
  }

  void advance(Duration d) {
    now.addAndGet(d.toNanos());
  }

  @Test
  void aChatNotReadForTheIdleLimitIsLoadedAgain() {
    PerChatCache<String> cache = bounded(100);
    assertEquals("v-1#1", cache.get(CHAT));
    advance(IDLE.minusSeconds(1));
    assertEquals("v-1#1", cache.get(CHAT));       // read within the limit: kept, and its idle time starts again
    advance(IDLE.minusSeconds(1));
    assertEquals("v-1#1", cache.get(CHAT));
    advance(IDLE);
    assertEquals("v-1#2", cache.get(CHAT));       // idle for the whole limit: loaded again
    assertEquals(new CacheStats(2, 2, 1, 1), cache.stats());
  }

  @Test
  void idleChatsNobodyReadsAreSweptAway() {
    PerChatCache<String> cache = bounded(100);
    for (int i = 1; i <= 10; i++) {
      cache.get(ChatId.of(-i));
    }
    advance(Duration.ofMinutes(20));
    cache.get(ChatId.of(-1));                     // one chat stays in use
    advance(Duration.ofMinutes(15));              // the other nine: idle for 35 minutes

    assertEquals(9, cache.evictIdle());
    assertEquals(1, cache.size());
    assertEquals(9, cache.stats().evictions());
  }

  @Test
  void aStoreSweepsIdleChatsWithoutBeingAsked() {
    PerChatCache<String> cache = bounded(100);
    for (int i = 1; i <= 10; i++) {
      cache.get(ChatId.of(-i));
    }
    advance(IDLE.plusMinutes(1));
    cache.get(ChatId.of(-11));                    // a quarter of the idle limit since the last sweep: sweeps
    assertEquals(1, cache.size());
  }

  @Test
  void aboveTheSizeLimitTheLeastRecentlyReadChatsGoFirst() {
    PerChatCache<String> cache = bounded(3);
    ChatId a = ChatId.of(-1);
    ChatId b = ChatId.of(-2);
    ChatId c = ChatId.of(-3);
    ChatId d = ChatId.of(-4);
    cache.get(a);
    advance(Duration.ofSeconds(1));
    cache.get(b);
    advance(Duration.ofSeconds(1));
    cache.get(c);
    advance(Duration.ofSeconds(1));
    cache.get(a);                                 // a is now the most recently read, b the least
    advance(Duration.ofSeconds(1));
    cache.get(d);                                 // a fourth chat: b goes

    assertEquals(3, cache.size());
    assertEquals(4, loaded.size());
    cache.get(a);
    cache.get(c);
    cache.get(d);
    assertEquals(4, loaded.size());               // a, c and d were kept
    cache.get(b);
    assertEquals(5, loaded.size());               // b was evicted and is loaded again
    assertEquals(3, cache.size());
  }

  @Test
  void aHundredThousandChatsThroughACacheOfAThousandKeepAtMostAThousand() {
    PerChatCache<String> cache = bounded(1_000);
    int most = 0;
    for (int i = 1; i <= 100_000; i++) {
      advance(Duration.ofMillis(1));
      cache.get(ChatId.of(-i));
      most = Math.max(most, cache.size());
    }
    assertEquals(1_000, most);
    CacheStats stats = cache.stats();
    assertEquals(100_000, stats.misses());
    assertEquals(100_000 - stats.size(), stats.evictions());
    // the most recent chats are the ones kept
    int before = loaded.size();
    cache.get(ChatId.of(-100_000));
    cache.get(ChatId.of(-99_100));
    assertEquals(before, loaded.size());
  }

  @Test
  void anEvictedChatLoadingAgainStillLosesToAnInvalidation() {
    AtomicInteger state = new AtomicInteger(1);
    PerChatCache<Integer>[] self = new PerChatCache[1];
    self[0] = new PerChatCache<>(chat -> {
      int seen = state.get();
      if (seen == 1 && chat.equals(CHAT)) {
        state.set(2);
        self[0].invalidate(chat);
      }
      return chat.equals(CHAT) ? seen : 0;
    }, new CacheLimits(1, IDLE), now::get);
    self[0].get(ChatId.of(-9));
    advance(Duration.ofSeconds(1));
    assertEquals(1, self[0].get(CHAT));            // raced an invalidation: returned, not kept
    assertEquals(2, self[0].get(CHAT));
    assertEquals(2, self[0].get(CHAT));
  }

  @Test
  void aFailedLoadLeavesNothingBehind() {
    PerChatCache<String> cache = new PerChatCache<>(chat -> {
      throw new IllegalStateException("database down");
    }, new CacheLimits(10, IDLE), now::get);
    assertThrows(IllegalStateException.class, () -> cache.get(CHAT));
    assertEquals(0, cache.size());
  }

  @Test
  void theSettingsCachesApplyTheirLimitsToEveryCacheAdded() {
    PerChatCache<String> cache = bounded(100);
    SettingsCaches caches = new SettingsCaches(new CacheLimits(2, IDLE));
    caches.add(cache);
    assertEquals(new CacheLimits(2, IDLE), cache.limits());
    for (int i = 1; i <= 5; i++) {
      advance(Duration.ofSeconds(1));
      cache.get(ChatId.of(-i));
    }
    assertEquals(2, cache.size());
    assertEquals(new CacheStats(0, 5, 3, 2), caches.stats());
  }

  @Test
  void limitsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> new CacheLimits(0, IDLE));
    assertThrows(IllegalArgumentException.class, () -> new CacheLimits(1, Duration.ZERO));
  }
}
