package io.alita.domain.antiraid;

import io.alita.domain.model.ChatId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link RaidStore} in memory, counting its reads so tests can see what the cache saves. */
public final class InMemoryRaidStore implements RaidStore {

  private final Map<ChatId, RaidSettings> chats = new HashMap<>();
  private final AtomicInteger reads = new AtomicInteger();

  @Override
  public synchronized RaidSettings settings(ChatId chat) {
    reads.incrementAndGet();
    return current(chat);
  }

  @Override
  public synchronized void setRaidTime(ChatId chat, Duration raidTime) {
    chats.put(chat, current(chat).withRaidTime(raidTime));
  }

  @Override
  public synchronized void setActionTime(ChatId chat, Duration actionTime) {
    chats.put(chat, current(chat).withActionTime(actionTime));
  }

  @Override
  public synchronized void setAutoThreshold(ChatId chat, int joins) {
    chats.put(chat, current(chat).withAutoThreshold(joins));
  }

  @Override
  public synchronized void setActiveUntil(ChatId chat, Optional<Instant> until) {
    chats.put(chat, current(chat).withActiveUntil(until));
  }

  /** How many times {@link #settings} was called. */
  public int reads() {
    return reads.get();
  }

  private RaidSettings current(ChatId chat) {
    return chats.getOrDefault(chat, RaidSettings.DEFAULTS);
  }
}
