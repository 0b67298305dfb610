package io.alita.domain.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.model.ChatId;
import java.util.concurrent.atomic.AtomicInteger;
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
}
