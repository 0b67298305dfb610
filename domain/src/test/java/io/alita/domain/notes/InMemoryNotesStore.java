package io.alita.domain.notes;

import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.SeenChat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** {@link NotesStore} in memory, for module tests. */
public final class InMemoryNotesStore implements NotesStore {

  private final Map<ChatId, TreeMap<String, Note>> notes = new HashMap<>();
  private final Set<ChatId> privateChats = new HashSet<>();
  private final Map<ChatId, String> titles = new HashMap<>();

  @Override
  public synchronized List<Note> list(ChatId chat) {
    return List.copyOf(notes.getOrDefault(chat, new TreeMap<>()).values());
  }

  @Override
  public synchronized Optional<Note> find(ChatId chat, NoteName name) {
    return Optional.ofNullable(notes.getOrDefault(chat, new TreeMap<>()).get(name.value()));
  }

  @Override
  public synchronized void save(SeenChat chat, Note note) {
    titles.putIfAbsent(chat.id(), chat.title());
    notes.computeIfAbsent(chat.id(), c -> new TreeMap<>()).put(note.name().value(), note);
  }

  @Override
  public synchronized boolean remove(ChatId chat, NoteName name) {
    return notes.getOrDefault(chat, new TreeMap<>()).remove(name.value()) != null;
  }

  @Override
  public synchronized int removeAll(ChatId chat) {
    TreeMap<String, Note> removed = notes.remove(chat);
    return removed == null ? 0 : removed.size();
  }

  @Override
  public synchronized boolean privateMode(ChatId chat) {
    return privateChats.contains(chat);
  }

  @Override
  public synchronized void setPrivateMode(SeenChat chat, boolean on) {
    titles.putIfAbsent(chat.id(), chat.title());
    if (on) {
      privateChats.add(chat.id());
    } else {
      privateChats.remove(chat.id());
    }
  }

  @Override
  public synchronized Optional<String> chatTitle(ChatId chat) {
    return Optional.ofNullable(titles.get(chat));
  }
}
