package io.alita.domain.disabling;

import io.alita.domain.model.ChatId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link DisableStore} in memory, for tests; counts its reads so tests can see the cache at work. */
public final class InMemoryDisableStore implements DisableStore {

  private final Map<ChatId, Set<String>> disabled = new HashMap<>();
  private final Map<ChatId, Boolean> delete = new HashMap<>();
  private final AtomicInteger reads = new AtomicInteger();

  @Override
  public synchronized DisabledCommands find(ChatId chat) {
    reads.incrementAndGet();
    return new DisabledCommands(disabled.getOrDefault(chat, Set.of()), delete.getOrDefault(chat, false));
  }

  @Override
  public synchronized void disable(ChatId chat, Set<String> commands) {
    disabled.computeIfAbsent(chat, c -> new HashSet<>()).addAll(commands);
  }

  @Override
  public synchronized void enable(ChatId chat, Set<String> commands) {
    disabled.getOrDefault(chat, new HashSet<>()).removeAll(commands);
  }

  @Override
  public synchronized void setDeleteCommands(ChatId chat, boolean on) {
    delete.put(chat, on);
  }

  /** How many times {@link #find} was called. */
  public int reads() {
    return reads.get();
  }
}
