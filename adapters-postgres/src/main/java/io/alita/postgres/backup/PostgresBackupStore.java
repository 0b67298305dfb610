package io.alita.postgres.backup;

import io.alita.domain.backup.BackupModule;
import io.alita.domain.backup.BackupStore;
import io.alita.domain.backup.ImportReport;
import io.alita.domain.backup.Json;
import io.alita.domain.backup.JsonCodec;
import io.alita.domain.model.ChatId;
import io.alita.postgres.adopt.ValueRules;
import io.alita.postgres.content.ButtonsJson;
import io.alita.postgres.mybatis.Sessions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;

/**
 * {@link BackupStore} on our schema (decision 0040). Each module's object maps to its tables ({@link Modules}); an
 * import computes the rows the file stands for, compares them with the chat's rows and writes only the difference
 * (insert, update of a row whose values differ, delete of a row not in the file), through the ordinary tables, so
 * their NOTIFY triggers make the worker forget the chat and their audit triggers record who did it. Everything joins
 * the thread's transaction ({@link Sessions}); without one, each call is one transaction of its own.
 */
public final class PostgresBackupStore implements BackupStore {

  private static final String NS = BackupMapper.class.getName() + ".";
  private static final int CHUNK = 500;

  private final Sessions sessions;

  /** @param sessions over a factory with {@link BackupMapper} registered */
  public PostgresBackupStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public Map<BackupModule, Json.Obj> export(ChatId chat, Set<BackupModule> modules) {
    Objects.requireNonNull(chat, "chat");
    return sessions.call(s -> {
      Modules.Rows rows = reader(s, chat.value());
      Map<BackupModule, Json.Obj> out = new EnumMap<>(BackupModule.class);
      for (BackupModule m : EnumSet.copyOf(nonEmpty(modules))) {
        out.put(m, Modules.export(m, chat.value(), rows));
      }
      return out;
    });
  }

  @Override
  public ImportReport replace(ChatId chat, Map<BackupModule, Json.Obj> data) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(data, "data");
    return sessions.inTransaction(() -> sessions.call(s -> apply(s, chat.value(), data)));
  }

  @Override
  public ImportReport preview(ChatId chat, Map<BackupModule, Json.Obj> data) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(data, "data");
    if (!sessions.inTransaction()) {
      return sessions.rolledBack(() -> sessions.call(s -> apply(s, chat.value(), data)));
    }
    Sessions.Savepoint point = sessions.savepoint();
    try {
      return sessions.call(s -> apply(s, chat.value(), data));
    } finally {
      sessions.rollbackTo(point);
    }
  }

  /**
   * What {@link #reset} would do, changing nothing: the reset itself, in a savepoint rolled back (inside a transaction)
   * or a transaction rolled back. (Not the port's default, a preview of empty objects, which here would give the file
   * format's defaults for missing fields, e.g. allow_connect true, rather than our columns'.)
   */
  @Override
  public ImportReport previewReset(ChatId chat, Set<BackupModule> modules) {
    Objects.requireNonNull(chat, "chat");
    if (!sessions.inTransaction()) {
      return sessions.rolledBack(() -> reset(chat, modules));
    }
    Sessions.Savepoint point = sessions.savepoint();
    try {
      return reset(chat, modules);
    } finally {
      sessions.rollbackTo(point);
    }
  }

  @Override
  public ImportReport reset(ChatId chat, Set<BackupModule> modules) {
    Objects.requireNonNull(chat, "chat");
    return sessions.inTransaction(() -> sessions.call(s -> {
      List<ImportReport.ModuleChange> changes = new ArrayList<>();
      for (BackupModule m : EnumSet.copyOf(nonEmpty(modules))) {
        int removed = 0;
        for (Table t : Modules.tables(m)) {
          removed += s.delete(NS + "clear_" + t.name(), Map.of("chat_id", chat.value()));
        }
        changes.add(new ImportReport.ModuleChange(m, 0, 0, removed));
      }
      return new ImportReport(changes, List.of());
    }));
  }

  @Override
  public List<ChatId> chatsWithData() {
    return sessions.with(BackupMapper.class, m -> m.chatsWithData().stream().map(ChatId::of).toList());
  }

  // -------------------------------------------------------------------------------------------------------------

  private static Set<BackupModule> nonEmpty(Set<BackupModule> modules) {
    Objects.requireNonNull(modules, "modules");
    return modules.isEmpty() ? EnumSet.noneOf(BackupModule.class) : modules;
  }

  private ImportReport apply(SqlSession s, long chat, Map<BackupModule, Json.Obj> data) {
    Modules.Rows rows = reader(s, chat);
    List<ImportReport.Problem> problems = new ArrayList<>();
    List<ImportReport.ModuleChange> changes = new ArrayList<>();
    Set<BackupModule> inFile = data.isEmpty() ? EnumSet.noneOf(BackupModule.class) : EnumSet.copyOf(data.keySet());
    boolean chatRecorded = false;
    for (BackupModule m : inFile) {
      Incoming in = new Incoming(m, problems);
      Map<Table, List<Map<String, Object>>> plan = Modules.plan(m, data.get(m), in, inFile, rows);
      int added = 0;
      int changed = 0;
      int removed = 0;
      for (Map.Entry<Table, List<Map<String, Object>>> e : plan.entrySet()) {
        Table t = e.getKey();
        Diff d = diff(t, rows.apply(t), e.getValue());
        if (d.isEmpty()) {
          continue;
        }
        if (!chatRecorded && !d.writes.isEmpty()) {
          s.getMapper(BackupMapper.class).recordChat(chat, ValueRules.chatType(chat));
          chatRecorded = true;
        }
        if (t.isSettings()) {
          Map<String, Object> p = new HashMap<>(d.writes.get(0));
          p.put("chat_id", chat);
          s.insert(NS + "upsert_" + t.name(), p);
        } else {
          String key = t.keys().get(0);
          for (List<Map<String, Object>> chunk : chunks(d.deletes)) {
            s.delete(NS + "deleteMany_" + t.name(), Map.of("chat_id", chat, "keys",
                chunk.stream().map(k -> k.get(key)).toList()));
          }
          for (List<Map<String, Object>> chunk : chunks(d.writes)) {
            if (t == Table.WARNS) {
              s.getMapper(BackupMapper.class).recordUsers(chunk.stream().map(r -> (Long) r.get("user_id")).toList());
            }
            s.insert(NS + "upsertMany_" + t.name(), Map.of("chat_id", chat, "rows", chunk));
          }
        }
        added += d.added;
        changed += d.changed;
        removed += d.deletes.size();
      }
      changes.add(new ImportReport.ModuleChange(m, added, changed, removed));
    }
    return new ImportReport(changes, problems);
  }

  /** Up to {@value #CHUNK} rows a statement: well under PostgreSQL's 32767 parameters for the widest table. */
  private static List<List<Map<String, Object>>> chunks(List<Map<String, Object>> rows) {
    List<List<Map<String, Object>>> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i += CHUNK) {
      out.add(rows.subList(i, Math.min(rows.size(), i + CHUNK)));
    }
    return out;
  }

  /** What makes a table's rows {@code current} equal to {@code wanted}. */
  private static final class Diff {
    final List<Map<String, Object>> writes = new ArrayList<>();
    final List<Map<String, Object>> deletes = new ArrayList<>();
    int added;
    int changed;

    boolean isEmpty() {
      return writes.isEmpty() && deletes.isEmpty();
    }
  }

  private static Diff diff(Table t, List<Map<String, Object>> current, List<Map<String, Object>> wanted) {
    Diff d = new Diff();
    if (t.isSettings()) {
      Map<String, Object> want = wanted.get(0);
      if (current.isEmpty()) {
        if (!t.sameValues(want, t.defaults())) {
          d.writes.add(want);
          d.added++;
        }
      } else if (!t.sameValues(want, current.get(0))) {
        d.writes.add(want);
        d.changed++;
      }
      return d;
    }
    Map<List<Object>, Map<String, Object>> now = new LinkedHashMap<>();
    for (Map<String, Object> r : current) {
      now.put(t.keyOf(r), r);
    }
    for (Map<String, Object> want : wanted) {
      Map<String, Object> had = now.remove(t.keyOf(want));
      if (had == null) {
        d.writes.add(want);
        d.added++;
      } else if (!t.sameValues(want, had)) {
        d.writes.add(want);
        d.changed++;
      }
    }
    for (Map<String, Object> gone : now.values()) {
      Map<String, Object> key = new HashMap<>();
      for (String k : t.keys()) {
        key.put(k, gone.get(k));
      }
      d.deletes.add(key);
    }
    return d;
  }

  /** The chat's rows per table, read once each, with values normalized for comparing and writing back. */
  private static Modules.Rows reader(SqlSession s, long chat) {
    Map<Table, List<Map<String, Object>>> cache = new HashMap<>();
    return t -> cache.computeIfAbsent(t, table -> {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Object o : s.selectList(NS + "select_" + table.name(), Map.of("chat_id", chat))) {
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = (Map<String, Object>) o;
        Map<String, Object> row = new HashMap<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
          row.put(e.getKey(), normalize(e.getKey(), e.getValue()));
        }
        rows.add(row);
      }
      return rows;
    });
  }

  private static Object normalize(String column, Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Number n) {
      return n.longValue();
    }
    switch (column) {
      case "buttons", "filter_buttons", "welcome_btns", "goodbye_btns" -> {
        return ButtonsJson.write(ButtonsJson.read(v.toString()));
      }
      case "reasons" -> {
        Json parsed = JsonCodec.read(v.toString().getBytes(StandardCharsets.UTF_8));
        List<Json> items = parsed instanceof Json.Arr a ? a.items() : List.of();
        List<Json> strings = items.stream().map(i -> i instanceof Json.Str ? i : new Json.Str(JsonCodec.writeString(i)))
            .toList();
        return JsonCodec.writeString(new Json.Arr(strings));
      }
      case "blocked_user_ids" -> {
        return Modules.idArray(Modules.ids(v.toString()));
      }
      default -> {
        return v;
      }
    }
  }

}
