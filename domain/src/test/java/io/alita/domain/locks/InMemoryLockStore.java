package io.alita.domain.locks;

import io.alita.domain.model.ChatId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link LockStore} in a map, for domain tests; counts reads, so tests can see the cache at work. */
public final class InMemoryLockStore implements LockStore {

  private final Map<ChatId, Set<LockType>> locks = new HashMap<>();
  private final AtomicInteger reads = new AtomicInteger();

  @Override
  public synchronized Set<LockType> locked(ChatId chat) {
    reads.incrementAndGet();
    Set<LockType> set = locks.get(chat);
    return set == null ? Set.of() : Set.copyOf(set);
  }

  @Override
  public synchronized void set(ChatId chat, Set<LockType> types, boolean locked) {
    Set<LockType> set = locks.computeIfAbsent(chat, c -> EnumSet.noneOf(LockType.class));
    if (locked) {
      set.addAll(types);
    } else {
      set.removeAll(types);
    }
  }

  /** How often {@link #locked} was called. */
  public int reads() {
    return reads.get();
  }
}
