package io.alita.domain.filters;

import io.alita.domain.model.ChatId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link FiltersStore} in maps, for domain tests; every method is synchronized, so it is atomic like the real one. */
public final class InMemoryFiltersStore implements FiltersStore {

  private final Map<ChatId, TreeMap<FilterTrigger, Filter>> chats = new HashMap<>();

  @Override
  public synchronized List<Filter> filters(ChatId chat) {
    return new ArrayList<>(chats.getOrDefault(chat, new TreeMap<>()).values());
  }

  @Override
  public synchronized Optional<Filter> find(ChatId chat, FilterTrigger trigger) {
    return Optional.ofNullable(chats.getOrDefault(chat, new TreeMap<>()).get(trigger));
  }

  @Override
  public synchronized int count(ChatId chat) {
    return chats.getOrDefault(chat, new TreeMap<>()).size();
  }

  @Override
  public synchronized boolean put(ChatId chat, Filter filter) {
    return chats.computeIfAbsent(chat, c -> new TreeMap<>()).put(filter.trigger(), filter) == null;
  }

  @Override
  public synchronized boolean remove(ChatId chat, FilterTrigger trigger) {
    return chats.getOrDefault(chat, new TreeMap<>()).remove(trigger) != null;
  }

  @Override
  public synchronized int removeAll(ChatId chat) {
    TreeMap<FilterTrigger, Filter> removed = chats.remove(chat);
    return removed == null ? 0 : removed.size();
  }
}
