package io.alita.domain.blacklists;

import io.alita.domain.model.ChatId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link BlacklistStore} in maps, for domain tests; every method is synchronized, so it is atomic like the real one. */
public final class InMemoryBlacklistStore implements BlacklistStore {

  private final Map<ChatId, BlacklistAction> actions = new HashMap<>();
  private final Map<ChatId, TreeMap<BlacklistWord, Optional<BlacklistAction>>> words = new HashMap<>();

  @Override
  public synchronized ChatBlacklist blacklist(ChatId chat) {
    List<BlacklistEntry> entries = new ArrayList<>();
    words.getOrDefault(chat, new TreeMap<>()).forEach((w, o) -> entries.add(new BlacklistEntry(w, o)));
    return new ChatBlacklist(actions.getOrDefault(chat, BlacklistAction.DEFAULT), entries);
  }

  @Override
  public synchronized List<BlacklistWord> add(ChatId chat, Collection<BlacklistWord> added) {
    TreeMap<BlacklistWord, Optional<BlacklistAction>> list = words.computeIfAbsent(chat, c -> new TreeMap<>());
    List<BlacklistWord> fresh = new ArrayList<>();
    for (BlacklistWord w : added) {
      if (list.putIfAbsent(w, Optional.empty()) == null) {
        fresh.add(w);
      }
    }
    return fresh.stream().sorted().toList();
  }

  @Override
  public synchronized boolean remove(ChatId chat, BlacklistWord word) {
    return words.getOrDefault(chat, new TreeMap<>()).remove(word) != null;
  }

  @Override
  public synchronized int removeAll(ChatId chat) {
    TreeMap<BlacklistWord, Optional<BlacklistAction>> removed = words.remove(chat);
    return removed == null ? 0 : removed.size();
  }

  @Override
  public synchronized void setAction(ChatId chat, BlacklistAction action) {
    actions.put(chat, action);
  }

  @Override
  public synchronized boolean setOverride(ChatId chat, BlacklistWord word, Optional<BlacklistAction> override) {
    TreeMap<BlacklistWord, Optional<BlacklistAction>> list = words.get(chat);
    if (list == null || !list.containsKey(word)) {
      return false;
    }
    list.put(word, override);
    return true;
  }
}
