package io.alita.postgres.backup;

import io.alita.domain.backup.BackupModule;
import io.alita.domain.backup.Json;
import io.alita.domain.backup.JsonCodec;
import io.alita.postgres.adopt.ValueRules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Each backup module's object in the original's file shape, from our rows ({@link #export}) and back to the rows it
 * stands for ({@link #plan}). The mapping, field by field, is decision 0040's.
 */
final class Modules {

  /** The chat's rows of one table, as {@link PostgresBackupStore} reads them (normalized values). */
  interface Rows extends Function<Table, List<Map<String, Object>>> {
    /** The chat's row of a settings table, or its defaults when it has none. */
    default Map<String, Object> one(Table table) {
      List<Map<String, Object>> rows = apply(table);
      return rows.isEmpty() ? table.defaultRow() : rows.get(0);
    }

    default boolean has(Table table) {
      return !apply(table).isEmpty();
    }
  }

  private Modules() {}

  /** The tables a module's import replaces and its reset clears, in write order. */
  static List<Table> tables(BackupModule module) {
    return switch (module) {
      case ADMIN -> List.of(Table.ADMIN);
      case ANTIFLOOD -> List.of(Table.ANTIFLOOD);
      case ANTIRAID -> List.of(Table.ANTIRAID);
      case APPROVALS -> List.of(Table.APPROVED);
      case BLACKLISTS -> List.of(Table.BLACKLIST_SETTINGS, Table.BLACKLISTS);
      case CAPTCHA -> List.of(Table.CAPTCHA);
      case CONNECTIONS -> List.of(Table.CONNECTIONS);
      case DISABLING -> List.of(Table.DISABLE_SETTINGS, Table.DISABLE);
      case FILTERS -> List.of(Table.FILTERS);
      case GREETINGS -> List.of(Table.GREETINGS);
      case LOCKS -> List.of(Table.LOCKS);
      case NOTES -> List.of(Table.NOTES_SETTINGS, Table.NOTES);
      case PINS -> List.of(Table.PINS);
      case REACTIONS -> List.of(Table.REACTIONS);
      case REPORTS -> List.of(Table.REPORTS);
      case RULES -> List.of(Table.RULES);
      case WARNS -> List.of(Table.WARN_SETTINGS, Table.WARNS);
    };
  }

  // =========================================== export ===========================================

  static Json.Obj export(BackupModule module, long chat, Rows rows) {
    return switch (module) {
      case ADMIN -> {
        Out o = new Out().put("admin_settings", new Out().always("anon_admin", rows.one(Table.ADMIN).get("anon_admin"))
            .obj());
        if (rows.has(Table.ANTIFLOOD)) {
          o.put("antiflood_settings", antiflood(chat, rows));
        }
        if (rows.has(Table.BLACKLIST_SETTINGS)) {
          o.always("blacklist_mode", rows.one(Table.BLACKLIST_SETTINGS).get("action"));
        }
        if (rows.has(Table.CAPTCHA)) {
          o.put("captcha_settings", captcha(chat, rows));
        }
        if (rows.has(Table.CONNECTIONS)) {
          o.put("connection_settings", connections(chat, rows));
        }
        yield o.obj();
      }
      case ANTIFLOOD -> new Out().put("settings", antiflood(chat, rows)).obj();
      case ANTIRAID -> {
        Map<String, Object> r = rows.one(Table.ANTIRAID);
        yield new Out().put("settings", new Out().omitEmpty("chat_id", chat)
            .omitEmpty("raid_time", r.get("raid_time_seconds"), 21600)
            .omitEmpty("raid_action_time", r.get("raid_action_time_seconds"), 3600)
            .omitEmpty("auto_antiraid_threshold", r.get("auto_antiraid_threshold"))
            .omitEmpty("updated_at", r.get("updated_at")).obj()).obj();
      }
      case APPROVALS -> {
        List<Json> users = new ArrayList<>();
        for (Map<String, Object> r : rows.apply(Table.APPROVED)) {
          users.add(new Out().omitEmpty("user_id", r.get("user_id")).omitEmpty("chat_id", chat)
              .omitEmpty("reason", r.get("reason")).omitEmpty("approved_by", r.get("approved_by"))
              .omitEmpty("created_at", r.get("created_at")).omitEmpty("updated_at", r.get("created_at")).obj());
        }
        yield new Out().put("approved_users", new Json.Arr(users)).obj();
      }
      case BLACKLISTS -> {
        Map<String, Object> s = rows.one(Table.BLACKLIST_SETTINGS);
        List<Json> entries = new ArrayList<>();
        for (Map<String, Object> r : rows.apply(Table.BLACKLISTS)) {
          boolean own = r.get("action") != null;
          entries.add(new Out().omitEmpty("chat_id", chat).omitEmpty("word", r.get("word"))
              .omitEmpty("action", own ? r.get("action") : s.get("action"))
              .omitEmpty("action_seconds", own ? r.get("action_seconds") : s.get("action_seconds"))
              .omitEmpty("created_at", r.get("created_at")).omitEmpty("updated_at", r.get("created_at")).obj());
        }
        yield new Out().put("settings", new Out().omitEmpty("chat_id", chat).omitEmpty("action", s.get("action"))
                .omitEmpty("action_seconds", s.get("action_seconds")).obj())
            .always("blacklist_mode", s.get("action")).put("entries", new Json.Arr(entries)).obj();
      }
      case CAPTCHA -> new Out().put("settings", captcha(chat, rows)).obj();
      case CONNECTIONS -> new Out().put("settings", connections(chat, rows)).obj();
      case DISABLING -> {
        Map<String, Object> s = rows.one(Table.DISABLE_SETTINGS);
        List<Json> commands = new ArrayList<>();
        for (Map<String, Object> r : rows.apply(Table.DISABLE)) {
          commands.add(new Out().omitEmpty("chat_id", chat).omitEmpty("command", r.get("command"))
              .omitEmpty("disabled", true).obj());
        }
        yield new Out().put("chat_settings", new Out().omitEmpty("chat_id", chat)
                .omitEmpty("delete_commands", s.get("delete_commands")).omitEmpty("updated_at", s.get("updated_at"))
                .obj())
            .put("commands", new Json.Arr(commands)).obj();
      }
      case FILTERS -> {
        List<Json> filters = new ArrayList<>();
        for (Map<String, Object> r : rows.apply(Table.FILTERS)) {
          Out f = new Out().omitEmpty("chat_id", chat).omitEmpty("keyword", r.get("keyword"))
              .omitEmpty("filter_reply", r.get("filter_reply")).omitEmpty("msgtype", fileType(r.get("msgtype")))
              .omitEmpty("fileid", r.get("fileid")).omitEmpty("nonotif", r.get("nonotif"));
          Json.Arr buttons = Out.buttons(r.get("filter_buttons"));
          if (buttons != null) {
            f.put("filter_buttons", buttons);
          }
          filters.add(f.obj());
        }
        yield new Out().put("filters", new Json.Arr(filters)).obj();
      }
      case GREETINGS -> {
        Map<String, Object> g = rows.one(Table.GREETINGS);
        Out welcome = new Out().always("clean_old", g.get("welcome_clean_old"))
            .omitEmpty("last_msg_id", g.get("welcome_last_msg_id")).always("welcome_enabled", g.get("welcome_enabled"))
            .omitEmpty("welcome_text", g.get("welcome_text")).omitEmpty("file_id", g.get("welcome_file_id"))
            .omitEmpty("welcome_type", fileType(g.get("welcome_type")), 1);
        Json.Arr wb = Out.buttons(g.get("welcome_btns"));
        if (wb != null) {
          welcome.put("btns", wb);
        }
        Out goodbye = new Out().always("clean_old", g.get("goodbye_clean_old"))
            .omitEmpty("last_msg_id", g.get("goodbye_last_msg_id")).always("enabled", g.get("goodbye_enabled"))
            .omitEmpty("text", g.get("goodbye_text")).omitEmpty("file_id", g.get("goodbye_file_id"))
            .omitEmpty("type", fileType(g.get("goodbye_type")), 1);
        Json.Arr gb = Out.buttons(g.get("goodbye_btns"));
        if (gb != null) {
          goodbye.put("btns", gb);
        }
        yield new Out().put("settings", new Out().always("clean_service_settings", g.get("clean_service_settings"))
            .put("welcome_settings", welcome.obj()).put("goodbye_settings", goodbye.obj())
            .always("auto_approve", g.get("auto_approve")).obj()).obj();
      }
      case LOCKS -> {
        List<Json> locks = new ArrayList<>();
        for (Map<String, Object> r : rows.apply(Table.LOCKS)) {
          locks.add(new Out().omitEmpty("chat_id", chat).omitEmpty("lock_type", r.get("lock_type"))
              .omitEmpty("locked", r.get("locked")).obj());
        }
        yield new Out().put("locks", new Json.Arr(locks)).obj();
      }
      case NOTES -> {
        List<Json> notes = new ArrayList<>();
        for (Map<String, Object> r : rows.apply(Table.NOTES)) {
          Out n = new Out().omitEmpty("chat_id", chat).omitEmpty("note_name", r.get("note_name"))
              .omitEmpty("note_content", r.get("note_content")).omitEmpty("file_id", r.get("file_id"))
              .omitEmpty("msg_type", fileType(r.get("msg_type")));
          Json.Arr buttons = Out.buttons(r.get("buttons"));
          if (buttons != null) {
            n.put("buttons", buttons);
          }
          notes.add(n.omitEmpty("admin_only", r.get("admin_only")).omitEmpty("private_only", r.get("private_only"))
              .omitEmpty("group_only", r.get("group_only")).omitEmpty("web_preview", r.get("web_preview"), true)
              .omitEmpty("is_protected", r.get("is_protected")).omitEmpty("no_notif", r.get("no_notif")).obj());
        }
        yield new Out().put("settings", new Out().omitEmpty("chat_id", chat)
                .omitEmpty("private", rows.one(Table.NOTES_SETTINGS).get("private")).obj())
            .put("notes", new Json.Arr(notes)).obj();
      }
      case PINS -> {
        Map<String, Object> p = rows.one(Table.PINS);
        yield new Out().put("settings", new Out().omitEmpty("chat_id", chat)
            .omitEmpty("clean_linked", p.get("clean_linked")).omitEmpty("anti_channel_pin", p.get("anti_channel_pin"))
            .obj()).obj();
      }
      case REACTIONS -> {
        List<Json> reactions = new ArrayList<>();
        for (Map<String, Object> r : rows.apply(Table.REACTIONS)) {
          reactions.add(new Out().omitEmpty("chat_id", chat).omitEmpty("keyword", r.get("keyword"))
              .omitEmpty("emoji", r.get("emoji")).omitEmpty("created_at", r.get("created_at"))
              .omitEmpty("updated_at", r.get("created_at")).obj());
        }
        yield new Out().put("reactions", new Json.Arr(reactions)).obj();
      }
      case REPORTS -> {
        Map<String, Object> r = rows.one(Table.REPORTS);
        List<Long> blocked = ids((String) r.get("blocked_user_ids"));
        Out s = new Out().omitEmpty("chat_id", chat).omitEmpty("enabled", r.get("enabled"), true)
            .omitEmpty("status", r.get("enabled"), true);
        if (!blocked.isEmpty()) {
          s.put("blocked_list", Out.array(blocked));
        }
        yield new Out().put("settings", s.obj()).obj();
      }
      case RULES -> {
        Map<String, Object> r = rows.one(Table.RULES);
        yield new Out().put("settings", new Out().omitEmpty("chat_id", chat).omitEmpty("rules", r.get("rules"))
            .omitEmpty("rules_btn", r.get("rules_btn")).omitEmpty("private", r.get("private")).obj()).obj();
      }
      case WARNS -> {
        Map<String, Object> s = rows.one(Table.WARN_SETTINGS);
        List<Json> warns = new ArrayList<>();
        for (Map<String, Object> r : rows.apply(Table.WARNS)) {
          warns.add(new Out().omitEmpty("user_id", r.get("user_id")).omitEmpty("chat_id", chat)
              .omitEmpty("num_warns", r.get("num_warns")).put("warns", JsonCodec.read(((String) r.get("reasons")).getBytes(StandardCharsets.UTF_8)))
              .omitEmpty("updated_at", r.get("updated_at")).obj());
        }
        yield new Out().put("warn_settings", new Out().always("warn_limit", s.get("warn_limit"))
                .omitEmpty("warn_mode", s.get("warn_mode")).omitEmpty("warn_mode_seconds", s.get("warn_mode_seconds"))
                .obj())
            .put("warns", new Json.Arr(warns)).obj();
      }
    };
  }

  private static Json.Obj antiflood(long chat, Rows rows) {
    Map<String, Object> r = rows.one(Table.ANTIFLOOD);
    return new Out().omitEmpty("chat_id", chat).omitEmpty("limit", r.get("flood_limit"), 5)
        .omitEmpty("action", r.get("action")).omitEmpty("action_seconds", r.get("action_seconds"))
        .omitEmpty("delete_antiflood_message", r.get("delete_antiflood_message")).obj();
  }

  private static Json.Obj captcha(long chat, Rows rows) {
    Map<String, Object> r = rows.one(Table.CAPTCHA);
    return new Out().omitEmpty("chat_id", chat).omitEmpty("enabled", r.get("enabled"))
        .omitEmpty("captcha_mode", r.get("captcha_mode")).omitEmpty("timeout", r.get("timeout"))
        .omitEmpty("failure_action", r.get("failure_action")).omitEmpty("max_attempts", r.get("max_attempts"))
        .omitEmpty("created_at", r.get("created_at")).omitEmpty("updated_at", r.get("updated_at")).obj();
  }

  private static Json.Obj connections(long chat, Rows rows) {
    return new Out().omitEmpty("chat_id", chat)
        .omitEmpty("allow_connect", rows.one(Table.CONNECTIONS).get("allow_connect"), true).obj();
  }

  /** Our animation (9) is written as the original stores a GIF, a document (3), so the original can send it. */
  private static Object fileType(Object code) {
    return Long.valueOf(9).equals(code) ? Long.valueOf(3) : code;
  }

  /** Our bigint[] column's text {@code {1,2}} as ids. */
  static List<Long> ids(String column) {
    List<Long> ids = new ArrayList<>();
    if (column == null) {
      return ids;
    }
    String inner = column.replace("{", "").replace("}", "").strip();
    if (inner.isEmpty()) {
      return ids;
    }
    for (String s : inner.split(",")) {
      ids.add(Long.parseLong(s.strip()));
    }
    return ids;
  }

  static String idArray(java.util.Collection<Long> ids) {
    StringBuilder out = new StringBuilder("{");
    for (Long id : new TreeSet<>(ids)) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append(id);
    }
    return out.append('}').toString();
  }

  // =========================================== import ===========================================

  /**
   * The rows {@code obj} stands for, per table of the module (a settings table: exactly one row, every value filled).
   *
   * @param alsoInFile the modules of the same import (the admin module's copies of other modules' settings are taken
   *     only when those modules are not imported themselves)
   */
  static Map<Table, List<Map<String, Object>>> plan(BackupModule module, Json.Obj obj, Incoming in,
      Set<BackupModule> alsoInFile, Rows current) {
    Map<Table, List<Map<String, Object>>> plan = new LinkedHashMap<>();
    switch (module) {
      case ADMIN -> {
        Json.Obj s = in.obj(obj, "", "admin_settings");
        plan.put(Table.ADMIN, one(Map.of("anon_admin", in.bool(s, "admin_settings", "anon_admin", false))));
        if (!alsoInFile.contains(BackupModule.ANTIFLOOD) && obj.get("antiflood_settings").isPresent()) {
          plan.put(Table.ANTIFLOOD, one(antiflood(in, in.obj(obj, "", "antiflood_settings"), "antiflood_settings")));
        }
        if (!alsoInFile.contains(BackupModule.CAPTCHA) && obj.get("captcha_settings").isPresent()) {
          plan.put(Table.CAPTCHA, one(captcha(in, in.obj(obj, "", "captcha_settings"), "captcha_settings")));
        }
        if (!alsoInFile.contains(BackupModule.CONNECTIONS) && obj.get("connection_settings").isPresent()) {
          plan.put(Table.CONNECTIONS, one(connections(in, in.obj(obj, "", "connection_settings"),
              "connection_settings")));
        }
        if (!alsoInFile.contains(BackupModule.BLACKLISTS) && obj.get("blacklist_mode").isPresent()) {
          Map<String, Object> bl = new java.util.HashMap<>(current.one(Table.BLACKLIST_SETTINGS));
          Map<String, String> accepted = new java.util.HashMap<>(ValueRules.BLACKLIST_ACTIONS);
          accepted.put((String) bl.get("action"), (String) bl.get("action")); // the chat's own (a timed one) stays
          String mode = in.mode(obj, "", "blacklist_mode", accepted, (String) bl.get("action"));
          if (!mode.equals(bl.get("action"))) {
            bl.put("action", mode);
            bl.put("action_seconds", null);
          }
          plan.put(Table.BLACKLIST_SETTINGS, List.of(bl));
        }
      }
      case ANTIFLOOD -> plan.put(Table.ANTIFLOOD, one(antiflood(in, in.obj(obj, "", "settings"), "settings")));
      case ANTIRAID -> {
        Json.Obj s = in.obj(obj, "", "settings");
        plan.put(Table.ANTIRAID, one(Map.of(
            "raid_time_seconds", in.integer(s, "settings", "raid_time", 1, ValueRules.MAX_SECONDS, 21600L),
            "raid_action_time_seconds", in.integer(s, "settings", "raid_action_time", 1, ValueRules.MAX_SECONDS, 3600L),
            "auto_antiraid_threshold", in.integer(s, "settings", "auto_antiraid_threshold", 0, Integer.MAX_VALUE, 0L)),
            "updated_at", in.stamp(s, "settings", "updated_at")));
      }
      case APPROVALS -> {
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Map.Entry<String, Json.Obj> e : in.rows(obj, "approved_users")) {
          String at = e.getKey();
          Json.Obj r = e.getValue();
          Long user = in.id(r, at, "user_id");
          if (user == null) {
            continue;
          }
          if (!seen.add(user)) {
            in.problem(at + ".user_id", "= " + user + " is approved twice: the later row not imported");
            continue;
          }
          String reason = in.text(r, at, "reason");
          rows.add(row("user_id", user, "reason", reason == null ? "" : reason, "approved_by",
              in.integer(r, at, "approved_by", Long.MIN_VALUE, Long.MAX_VALUE, 0L), "created_at",
              in.stamp(r, at, "created_at")));
        }
        plan.put(Table.APPROVED, rows);
      }
      case BLACKLISTS -> {
        Json.Obj s = in.obj(obj, "", "settings");
        List<Map.Entry<String, Json.Obj>> entries = in.rows(obj, "entries");
        Incoming.Timed chatAction;
        if (obj.get("blacklist_mode").filter(v -> v instanceof Json.Str str && !str.value().isBlank()).isPresent()) {
          Json.Obj modeHolder = new Json.Obj(Map.of("blacklist_mode", obj.get("blacklist_mode").get(),
              "action_seconds", s.get("action_seconds").orElse(Json.Null.NULL)));
          chatAction = in.timed(modeHolder, "", "blacklist_mode", "action_seconds", ValueRules.BLACKLIST_ACTIONS,
              "warn");
        } else if (s.get("action").isPresent()) {
          chatAction = in.timed(s, "settings", "action", "action_seconds", ValueRules.BLACKLIST_ACTIONS, "warn");
        } else if (!entries.isEmpty()) {
          chatAction = in.timed(entries.get(0).getValue(), entries.get(0).getKey(), "action", "action_seconds",
              ValueRules.BLACKLIST_ACTIONS, "warn");
        } else {
          chatAction = new Incoming.Timed("warn", null);
        }
        plan.put(Table.BLACKLIST_SETTINGS, one(row("action", chatAction.mode(), "action_seconds",
            chatAction.seconds())));
        List<Map<String, Object>> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, Json.Obj> e : entries) {
          String at = e.getKey();
          Json.Obj r = e.getValue();
          String word = in.name(r, at, "word", ValueRules.BLACKLIST_WORD_MAX, seen);
          if (word == null) {
            continue;
          }
          Incoming.Timed action = in.timed(r, at, "action", "action_seconds", ValueRules.BLACKLIST_ACTIONS,
              chatAction.mode());
          if (action.mode().equals(chatAction.mode())
              && (action.seconds() == null || action.seconds().equals(chatAction.seconds()))) {
            action = new Incoming.Timed(null, null); // the chat's action: no override of its own
          }
          String reason = in.optionalText(r, at, "reason");
          if (reason != null) {
            in.problem(at + ".reason", "= '" + ValueRules.shorten(reason) + "': a word's reason is not kept here (the"
                + " word is)");
          }
          words.add(row("word", word, "action", action.mode(), "action_seconds", action.seconds(), "created_at",
              in.stamp(r, at, "created_at")));
        }
        plan.put(Table.BLACKLISTS, words);
      }
      case CAPTCHA -> plan.put(Table.CAPTCHA, one(captcha(in, in.obj(obj, "", "settings"), "settings")));
      case CONNECTIONS -> plan.put(Table.CONNECTIONS, one(connections(in, in.obj(obj, "", "settings"), "settings")));
      case DISABLING -> {
        Json.Obj s = in.obj(obj, "", "chat_settings");
        plan.put(Table.DISABLE_SETTINGS, one(row("delete_commands", in.bool(s, "chat_settings", "delete_commands",
            false), "updated_at", in.stamp(s, "chat_settings", "updated_at"))));
        List<Map<String, Object>> commands = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, Json.Obj> e : in.rows(obj, "commands")) {
          String at = e.getKey();
          Json.Obj r = e.getValue();
          if (!in.bool(r, at, "disabled", true)) {
            continue; // enabled: here, the absence of a row
          }
          String raw = in.text(r, at, "command");
          String command = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
          if (command.startsWith("/")) {
            command = command.substring(1);
          }
          if (!ValueRules.COMMAND.matcher(command).matches()) {
            in.problem(at + ".command", "= '" + ValueRules.shorten(raw) + "' is not a command name (a-z, 0-9, _, up to"
                + " 32): row not imported");
            continue;
          }
          if (seen.add(command)) {
            commands.add(row("command", command));
          }
        }
        plan.put(Table.DISABLE, commands);
      }
      case FILTERS -> {
        List<Map<String, Object>> filters = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, Json.Obj> e : in.rows(obj, "filters")) {
          String at = e.getKey();
          Json.Obj r = e.getValue();
          String keyword = in.name(r, at, "keyword", ValueRules.FILTER_KEYWORD_MAX, seen);
          if (keyword == null) {
            continue;
          }
          filters.add(row("keyword", keyword, "filter_reply", in.optionalText(r, at, "filter_reply"), "msgtype",
              in.msgType(r, at, "msgtype"), "fileid", in.optionalText(r, at, "fileid"), "nonotif",
              in.bool(r, at, "nonotif", false), "filter_buttons", in.buttons(r, at, "filter_buttons")));
        }
        plan.put(Table.FILTERS, filters);
      }
      case GREETINGS -> {
        Json.Obj s = in.obj(obj, "", "settings");
        String wp = "settings.welcome_settings";
        String gp = "settings.goodbye_settings";
        Json.Obj w = in.obj(s, "settings", "welcome_settings");
        Json.Obj g = in.obj(s, "settings", "goodbye_settings");
        plan.put(Table.GREETINGS, one(row(
            "clean_service_settings", in.bool(s, "settings", "clean_service_settings", false),
            "welcome_enabled", in.bool(w, wp, "welcome_enabled", true),
            "welcome_text", in.optionalText(w, wp, "welcome_text"),
            "welcome_file_id", in.optionalText(w, wp, "file_id"),
            "welcome_type", in.msgType(w, wp, "welcome_type"),
            "welcome_btns", in.buttons(w, wp, "btns"),
            "welcome_clean_old", in.bool(w, wp, "clean_old", false),
            "welcome_last_msg_id", in.integer(w, wp, "last_msg_id", 1, Long.MAX_VALUE, null),
            "goodbye_enabled", in.bool(g, gp, "enabled", true),
            "goodbye_text", in.optionalText(g, gp, "text"),
            "goodbye_file_id", in.optionalText(g, gp, "file_id"),
            "goodbye_type", in.msgType(g, gp, "type"),
            "goodbye_btns", in.buttons(g, gp, "btns"),
            "goodbye_clean_old", in.bool(g, gp, "clean_old", false),
            "goodbye_last_msg_id", in.integer(g, gp, "last_msg_id", 1, Long.MAX_VALUE, null),
            "auto_approve", in.bool(s, "settings", "auto_approve", false))));
      }
      case LOCKS -> {
        List<Map<String, Object>> locks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, Json.Obj> e : in.rows(obj, "locks")) {
          String at = e.getKey();
          Json.Obj r = e.getValue();
          String raw = in.text(r, at, "lock_type");
          String type = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
          if (!ValueRules.LOCK_TYPES.contains(type)) {
            in.problem(at + ".lock_type", "= '" + ValueRules.shorten(raw) + "' is not a lock type we know: lock not"
                + " imported");
            continue;
          }
          if (!seen.add(type)) {
            in.problem(at + ".lock_type", "= '" + type + "' is listed twice: the later row not imported");
            continue;
          }
          locks.add(row("lock_type", type, "locked", in.bool(r, at, "locked", false)));
        }
        plan.put(Table.LOCKS, locks);
      }
      case NOTES -> {
        Json.Obj s = in.obj(obj, "", "settings");
        plan.put(Table.NOTES_SETTINGS, one(row("private", in.bool(s, "settings", "private", false))));
        List<Map<String, Object>> notes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, Json.Obj> e : in.rows(obj, "notes")) {
          String at = e.getKey();
          Json.Obj r = e.getValue();
          String name = in.name(r, at, "note_name", ValueRules.NOTE_NAME_MAX, seen);
          if (name == null) {
            continue;
          }
          notes.add(row("note_name", name, "note_content", in.optionalText(r, at, "note_content"), "file_id",
              in.optionalText(r, at, "file_id"), "msg_type", in.msgType(r, at, "msg_type"), "buttons",
              in.buttons(r, at, "buttons"), "admin_only", in.bool(r, at, "admin_only", false), "private_only",
              in.bool(r, at, "private_only", false), "group_only", in.bool(r, at, "group_only", false),
              "web_preview", in.bool(r, at, "web_preview", true), "is_protected", in.bool(r, at, "is_protected", false),
              "no_notif", in.bool(r, at, "no_notif", false)));
        }
        plan.put(Table.NOTES, notes);
      }
      case PINS -> {
        Json.Obj s = in.obj(obj, "", "settings");
        plan.put(Table.PINS, one(row("clean_linked", in.bool(s, "settings", "clean_linked", false),
            "anti_channel_pin", in.bool(s, "settings", "anti_channel_pin", false))));
      }
      case REACTIONS -> {
        List<Map<String, Object>> reactions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, Json.Obj> e : in.rows(obj, "reactions")) {
          String at = e.getKey();
          Json.Obj r = e.getValue();
          String emoji = in.optionalText(r, at, "emoji");
          if (emoji == null || emoji.isBlank()) {
            in.problem(at + ".emoji", "is missing: row not imported");
            continue;
          }
          String keyword = in.name(r, at, "keyword", Integer.MAX_VALUE, seen);
          if (keyword == null) {
            continue;
          }
          reactions.add(row("keyword", keyword, "emoji", emoji, "created_at", in.stamp(r, at, "created_at")));
        }
        plan.put(Table.REACTIONS, reactions);
      }
      case REPORTS -> {
        Json.Obj s = in.obj(obj, "", "settings");
        boolean enabled = s.get("enabled").filter(v -> v != Json.Null.NULL).isPresent()
            ? in.bool(s, "settings", "enabled", true) : in.bool(s, "settings", "status", true);
        Set<Long> blocked = new TreeSet<>();
        Json list = s.get("blocked_list").orElse(Json.Null.NULL);
        if (list instanceof Json.Arr arr) {
          for (int i = 0; i < arr.items().size(); i++) {
            Json.Obj holder = new Json.Obj(Map.of("id", arr.items().get(i)));
            Long id = in.integer(holder, "settings.blocked_list[" + i + "]", "id", Long.MIN_VALUE, Long.MAX_VALUE,
                null);
            if (id != null) {
              blocked.add(id);
            }
          }
        } else if (list != Json.Null.NULL) {
          in.problem("settings.blocked_list", "is not an array of user ids: nobody blocked");
        }
        plan.put(Table.REPORTS, one(row("enabled", enabled, "blocked_user_ids", idArray(blocked))));
      }
      case RULES -> {
        Json.Obj s = in.obj(obj, "", "settings");
        String button = in.optionalText(s, "settings", "rules_btn");
        if (button != null && button.isBlank()) {
          button = null;
        }
        if (button != null && button.codePointCount(0, button.length()) > ValueRules.RULES_BUTTON_MAX) {
          in.problem("settings.rules_btn", "= '" + ValueRules.shorten(button) + "' is longer than "
              + ValueRules.RULES_BUTTON_MAX + " characters: kept our default (the standard button text)");
          button = null;
        }
        plan.put(Table.RULES, one(row("rules", in.optionalText(s, "settings", "rules"), "rules_btn", button,
            "private", in.bool(s, "settings", "private", false))));
      }
      case WARNS -> {
        Json.Obj s = in.obj(obj, "", "warn_settings");
        Incoming.Timed mode = in.timed(s, "warn_settings", "warn_mode", "warn_mode_seconds", ValueRules.PENALTY_MODES,
            "mute");
        plan.put(Table.WARN_SETTINGS, one(row("warn_limit", in.integer(s, "warn_settings", "warn_limit", 1, 100, 3L),
            "warn_mode", mode.mode(), "warn_mode_seconds", mode.seconds())));
        List<Map<String, Object>> warns = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Map.Entry<String, Json.Obj> e : in.rows(obj, "warns")) {
          String at = e.getKey();
          Json.Obj r = e.getValue();
          Long user = in.id(r, at, "user_id");
          if (user == null) {
            continue;
          }
          if (!seen.add(user)) {
            in.problem(at + ".user_id", "= " + user + " is listed twice: the later row not imported");
            continue;
          }
          List<Json> reasons = new ArrayList<>();
          Json raw = r.get("warns").orElse(Json.Null.NULL);
          if (raw instanceof Json.Arr arr) {
            for (int i = 0; i < arr.items().size(); i++) {
              if (arr.items().get(i) instanceof Json.Str str) {
                reasons.add(str);
              } else {
                in.problem(at + ".warns[" + i + "]", "is not a string: left out");
              }
            }
          } else if (raw != Json.Null.NULL) {
            in.problem(at + ".warns", "is not an array of reasons: kept our default (none)");
          }
          warns.add(row("user_id", user, "num_warns", in.integer(r, at, "num_warns", 0, Integer.MAX_VALUE, 0L),
              "reasons", JsonCodec.writeString(new Json.Arr(reasons)), "updated_at", in.stamp(r, at, "updated_at")));
        }
        plan.put(Table.WARNS, warns);
      }
    }
    return plan;
  }

  private static Map<String, Object> antiflood(Incoming in, Json.Obj s, String path) {
    Long limit = 5L;
    Long raw = in.integer(s, path, "limit", Long.MIN_VALUE, Long.MAX_VALUE, 5L);
    if (raw != null && ValueRules.floodLimit(raw)) {
      limit = raw;
    } else if (raw != null) {
      in.problem(path + ".limit", "= " + raw + " is out of range (0 for off, or 3 to 100): kept our default 5");
    }
    Incoming.Timed action = in.timed(s, path, "action", "action_seconds", ValueRules.PENALTY_MODES, "mute");
    return row("flood_limit", limit, "action", action.mode(), "action_seconds", action.seconds(),
        "delete_antiflood_message", in.bool(s, path, "delete_antiflood_message", false));
  }

  private static Map<String, Object> captcha(Incoming in, Json.Obj s, String path) {
    Map<String, String> modes = new java.util.HashMap<>(ValueRules.CAPTCHA_MODES);
    modes.put("button", "button"); // ours besides the original's two, so our own files read back
    return row("enabled", in.bool(s, path, "enabled", false),
        "captcha_mode", in.mode(s, path, "captcha_mode", modes, "math"),
        "timeout", in.integer(s, path, "timeout", 1, 10, 2L),
        "failure_action", in.mode(s, path, "failure_action", ValueRules.CAPTCHA_FAILURE_ACTIONS, "kick"),
        "max_attempts", in.integer(s, path, "max_attempts", 1, 10, 3L),
        "created_at", in.stamp(s, path, "created_at"), "updated_at", in.stamp(s, path, "updated_at"));
  }

  private static Map<String, Object> connections(Incoming in, Json.Obj s, String path) {
    return row("allow_connect", in.bool(s, path, "allow_connect", true));
  }

  private static List<Map<String, Object>> one(Map<String, Object> row) {
    return List.of(row);
  }

  private static List<Map<String, Object>> one(Map<String, Object> values, String stamp, Object stampValue) {
    Map<String, Object> row = new java.util.HashMap<>(values);
    row.put(stamp, stampValue);
    return List.of(row);
  }

  /** A row from column/value pairs (values may be null). */
  static Map<String, Object> row(Object... pairs) {
    Map<String, Object> row = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      row.put((String) pairs[i], pairs[i + 1]);
    }
    return row;
  }
}
