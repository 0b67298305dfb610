package io.alita.domain.reactions;

import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.SeenChat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link ReactionsStore} in memory for module tests; counts its reads, so tests can see what the cache saves. */
public final class InMemoryReactionsStore implements ReactionsStore {

  private final Map<ChatId, TreeMap<String, String>> chats = new ConcurrentHashMap<>();
  private final AtomicInteger reads = new AtomicInteger();

  @Override
  public synchronized List<Reaction> reactions(ChatId chat) {
    reads.incrementAndGet();
    return chats.getOrDefault(chat, new TreeMap<>()).entrySet().stream()
        .map(e -> new Reaction(e.getKey(), e.getValue())).toList();
  }

  @Override
  public synchronized boolean put(SeenChat chat, Reaction reaction) {
    return chats.computeIfAbsent(chat.id(), c -> new TreeMap<>()).put(reaction.keyword(), reaction.emoji()) == null;
  }

  @Override
  public synchronized boolean remove(ChatId chat, String keyword) {
    TreeMap<String, String> reactions = chats.get(chat);
    return reactions != null && reactions.remove(keyword) != null;
  }

  @Override
  public synchronized int removeAll(ChatId chat) {
    TreeMap<String, String> removed = chats.remove(chat);
    return removed == null ? 0 : removed.size();
  }

  /** How many times {@link #reactions} was asked. */
  public int reads() {
    return reads.get();
  }
}
