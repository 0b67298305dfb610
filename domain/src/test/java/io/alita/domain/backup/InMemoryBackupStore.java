package io.alita.domain.backup;

import io.alita.domain.model.ChatId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link BackupStore} for use-case tests: each chat's module objects kept as given, one "row" per module. Counts a
 * module that appears as added, one whose object differs as changed, one that disappears as removed. A key {@code
 * "refuse"} in a module's object is reported as a problem, as the real store reports a value it cannot take.
 * {@link #failOn} makes the next replace of a module throw after the modules before it were written, to show that the
 * use case leaves the rollback to its {@link io.alita.domain.settings.Commit}.
 */
final class InMemoryBackupStore implements BackupStore {

  private final Map<Long, Map<BackupModule, Json.Obj>> chats = new TreeMap<>();
  final List<Map<BackupModule, Json.Obj>> previews = new ArrayList<>();
  private BackupModule failOn;

  void put(ChatId chat, BackupModule module, Json.Obj object) {
    chats.computeIfAbsent(chat.value(), id -> new EnumMap<>(BackupModule.class)).put(module, object);
  }

  Map<BackupModule, Json.Obj> of(ChatId chat) {
    return Map.copyOf(chats.getOrDefault(chat.value(), Map.of()));
  }

  void failOn(BackupModule module) {
    this.failOn = module;
  }

  /** A copy of everything, for a {@link RollbackCommit}. */
  Map<Long, Map<BackupModule, Json.Obj>> snapshot() {
    Map<Long, Map<BackupModule, Json.Obj>> copy = new TreeMap<>();
    chats.forEach((id, modules) -> copy.put(id, new EnumMap<>(modules)));
    return copy;
  }

  void restore(Map<Long, Map<BackupModule, Json.Obj>> snapshot) {
    chats.clear();
    snapshot.forEach((id, modules) -> chats.put(id, new EnumMap<>(modules)));
  }

  @Override
  public Map<BackupModule, Json.Obj> export(ChatId chat, Set<BackupModule> modules) {
    Map<BackupModule, Json.Obj> out = new EnumMap<>(BackupModule.class);
    Map<BackupModule, Json.Obj> stored = chats.getOrDefault(chat.value(), Map.of());
    for (BackupModule module : modules) {
      out.put(module, stored.getOrDefault(module, new Json.Obj(Map.of())));
    }
    return out;
  }

  @Override
  public ImportReport replace(ChatId chat, Map<BackupModule, Json.Obj> data) {
    ImportReport report = compare(chat, data);
    for (Map.Entry<BackupModule, Json.Obj> entry : data.entrySet()) {
      if (entry.getKey() == failOn) {
        failOn = null;
        throw new IllegalStateException("the database went away while writing " + entry.getKey().fileName());
      }
      if (entry.getValue().fields().isEmpty()) {
        chats.getOrDefault(chat.value(), new EnumMap<>(BackupModule.class)).remove(entry.getKey());
      } else {
        put(chat, entry.getKey(), entry.getValue());
      }
    }
    return report;
  }

  @Override
  public ImportReport preview(ChatId chat, Map<BackupModule, Json.Obj> data) {
    previews.add(Map.copyOf(data));
    return compare(chat, data);
  }

  @Override
  public ImportReport reset(ChatId chat, Set<BackupModule> modules) {
    Map<BackupModule, Json.Obj> empty = new EnumMap<>(BackupModule.class);
    modules.forEach(m -> empty.put(m, new Json.Obj(Map.of())));
    return replace(chat, empty);
  }

  @Override
  public List<ChatId> chatsWithData() {
    return chats.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(e -> ChatId.of(e.getKey())).toList();
  }

  private ImportReport compare(ChatId chat, Map<BackupModule, Json.Obj> data) {
    Map<BackupModule, Json.Obj> stored = chats.getOrDefault(chat.value(), Map.of());
    List<ImportReport.ModuleChange> changes = new ArrayList<>();
    List<ImportReport.Problem> problems = new ArrayList<>();
    for (Map.Entry<BackupModule, Json.Obj> entry : data.entrySet()) {
      Json.Obj before = stored.get(entry.getKey());
      boolean empty = entry.getValue().fields().isEmpty();
      int added = before == null && !empty ? 1 : 0;
      int removed = before != null && empty ? 1 : 0;
      int changed = before != null && !empty && !before.equals(entry.getValue()) ? 1 : 0;
      changes.add(new ImportReport.ModuleChange(entry.getKey(), added, changed, removed));
      if (entry.getValue().fields().containsKey("refuse")) {
        problems.add(new ImportReport.Problem(entry.getKey(), "refuse", "= not taken: kept the default"));
      }
    }
    return new ImportReport(changes, problems);
  }
}
