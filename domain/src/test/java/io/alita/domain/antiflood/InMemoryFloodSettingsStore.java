package io.alita.domain.antiflood;

import io.alita.domain.penalty.PenaltyMode;

import io.alita.domain.model.ChatId;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link FloodSettingsStore} in memory, counting its reads so tests can see what the cache saves. */
public final class InMemoryFloodSettingsStore implements FloodSettingsStore {

  private final Map<ChatId, FloodSettings> chats = new HashMap<>();
  private final AtomicInteger reads = new AtomicInteger();

  @Override
  public synchronized FloodSettings settings(ChatId chat) {
    reads.incrementAndGet();
    return chats.getOrDefault(chat, FloodSettings.DEFAULTS);
  }

  @Override
  public synchronized void setLimit(ChatId chat, Optional<FloodLimit> limit) {
    chats.put(chat, current(chat).withLimit(limit));
  }

  @Override
  public synchronized void setMode(ChatId chat, PenaltyMode mode, Optional<Duration> duration) {
    chats.put(chat, current(chat).withMode(mode, duration));
  }

  @Override
  public synchronized void setDeleteFlood(ChatId chat, boolean delete) {
    chats.put(chat, current(chat).withDeleteFlood(delete));
  }

  /** How many times {@link #settings} was called. */
  public int reads() {
    return reads.get();
  }

  private FloodSettings current(ChatId chat) {
    return chats.getOrDefault(chat, FloodSettings.DEFAULTS);
  }
}
