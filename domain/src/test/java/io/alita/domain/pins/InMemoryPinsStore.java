package io.alita.domain.pins;

import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.SeenChat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link PinsStore} in memory for module tests; counts its reads, so tests can see what the cache saves. */
public final class InMemoryPinsStore implements PinsStore {

  private final Map<ChatId, PinSettings> chats = new ConcurrentHashMap<>();
  private final AtomicInteger reads = new AtomicInteger();

  @Override
  public PinSettings settings(ChatId chat) {
    reads.incrementAndGet();
    return chats.getOrDefault(chat, PinSettings.DEFAULT);
  }

  @Override
  public void setAntiChannelPin(SeenChat chat, boolean on) {
    chats.merge(chat.id(), PinSettings.DEFAULT.withAntiChannelPin(on), (old, x) -> old.withAntiChannelPin(on));
  }

  @Override
  public void setCleanLinked(SeenChat chat, boolean on) {
    chats.merge(chat.id(), PinSettings.DEFAULT.withCleanLinked(on), (old, x) -> old.withCleanLinked(on));
  }

  public int reads() {
    return reads.get();
  }
}
