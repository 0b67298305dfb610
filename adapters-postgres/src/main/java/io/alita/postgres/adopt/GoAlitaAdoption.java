package io.alita.postgres.adopt;

import static io.alita.postgres.adopt.Upsert.insertOnly;
import static io.alita.postgres.adopt.Upsert.key;
import static io.alita.postgres.adopt.Upsert.lowerKey;
import static io.alita.postgres.adopt.Upsert.stamp;
import static io.alita.postgres.adopt.Upsert.val;

import io.alita.postgres.adopt.AdoptionReport.Problem;
import io.alita.postgres.adopt.AdoptionReport.TableCount;
import io.alita.postgres.config.ConnectionSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Copies a database of the original Go Alita Robot into ours (decision 0028): users, chats and their members, channels,
 * devs, and every chat's settings and content. The source is only read, in one read-only repeatable-read transaction
 * (one consistent snapshot); the target is written in one transaction, committed at the end or, for a dry run or on
 * any failure, rolled back. Rows are upserted on their natural keys and only changed when a value differs, so running
 * it twice writes nothing the second time.
 *
 * <p>A value our schema refuses (out of range, a mode we do not have, a wrong JSON type) becomes a {@link Problem}
 * naming the chat, table and column; the field keeps our default. A row whose key itself is refused (a note name of
 * 300 characters, a lock type we do not know, a row of a chat or user that is not in the source) is skipped, and also
 * reported. Nothing is dropped without a line in the report.
 *
 * <p>Plain JDBC with {@code ?} parameters only; the SQL text is built from the column names of this class.
 */
public final class GoAlitaAdoption {

  /** Every table of the Go schema after its 36 migrations (schema_migrations aside). */
  static final List<String> GO_TABLES = List.of("admin", "antiflood_settings", "antiraid_settings", "approved_users",
      "blacklists", "captcha_attempts", "captcha_muted_users", "captcha_settings", "channels", "chats", "connection",
      "connection_settings", "devs", "disable", "disable_chat_settings", "filters", "greetings", "locks", "notes",
      "notes_settings", "pins", "reactions", "report_chat_settings", "report_user_settings", "rules", "stored_messages",
      "users", "warns_settings", "warns_users");

  static final Set<String> LOCK_TYPES = ValueRules.LOCK_TYPES;

  private static final Pattern COMMAND = ValueRules.COMMAND;
  private static final int MAX_SECONDS = ValueRules.MAX_SECONDS;
  private static final int FETCH = 1000;
  private static final int BATCH = 500;

  private final Connection source;
  private final Connection target;
  private final Set<Long> chats = new HashSet<>();
  private final Set<Long> users = new HashSet<>();
  private final Map<String, Long> attempts = new HashMap<>();
  private final List<TableCount> counts = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  private GoAlitaAdoption(Connection source, Connection target) {
    this.source = source;
    this.target = target;
  }

  /**
   * Opens the Go database for reading, or fails with a one-line message naming the fix.
   *
   * @throws AdoptionException when it does not answer or refuses the login
   */
  public static Connection openSource(ConnectionSettings settings) {
    Properties props = new Properties();
    props.setProperty("user", settings.user());
    if (!settings.password().isEmpty()) {
      props.setProperty("password", settings.password());
    }
    props.setProperty("readOnly", "true");
    // every transaction of this session is read-only, whatever a statement asks for
    props.setProperty("options", "-c default_transaction_read_only=on");
    try {
      return DriverManager.getConnection(settings.jdbcUrl(), props);
    } catch (SQLException e) {
      throw new AdoptionException("Cannot reach the Go Alita database " + settings.redacted() + " ("
          + firstLine(e.getMessage()) + "): check the URL given to --from and that the server is up");
    }
  }

  /**
   * Copies {@code source} (a Go Alita database) into {@code target} (ours, already migrated).
   *
   * @param dryRun do everything, then roll back
   * @throws AdoptionException when the source is not a Go Alita database or a write fails (all rolled back)
   */
  public static AdoptionReport adopt(Connection source, Connection target, boolean dryRun) {
    try {
      source.setAutoCommit(false);
      source.setReadOnly(true);
      source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try (Statement st = source.createStatement()) {
        st.execute("SET TRANSACTION READ ONLY");
      }
      requireGoAlita(source);
      target.setAutoCommit(false);
      try {
        try (Statement st = target.createStatement()) {
          st.execute("SELECT set_config('alita.via', 'system', true), set_config('alita.actor_name', 'adopt', true)");
        }
        GoAlitaAdoption run = new GoAlitaAdoption(source, target);
        run.copyAll();
        if (dryRun) {
          target.rollback();
        } else {
          target.commit();
        }
        return new AdoptionReport(run.counts, run.problems, dryRun);
      } catch (SQLException | RuntimeException e) {
        target.rollback();
        throw e;
      } finally {
        source.rollback();
      }
    } catch (SQLException e) {
      // a failed batch says "Batch entry N <statement with its values> was aborted"; the reason is the next exception
      SQLException reason = e instanceof java.sql.BatchUpdateException && e.getNextException() != null
          ? e.getNextException() : e;
      throw new AdoptionException("Adoption failed and was rolled back, the target is unchanged: "
          + firstLine(reason.getMessage()), e);
    }
  }

  /** Refuses a source that is not the Go bot's, or not at its last schema. */
  static void requireGoAlita(Connection source) throws SQLException {
    Set<String> historyColumns = new TreeSet<>();
    Set<String> tables = new TreeSet<>();
    try (PreparedStatement ps = source.prepareStatement("SELECT column_name FROM information_schema.columns"
        + " WHERE table_schema = current_schema() AND table_name = 'schema_migrations'");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        historyColumns.add(rs.getString(1));
      }
    }
    try (PreparedStatement ps = source.prepareStatement("SELECT table_name FROM information_schema.tables"
        + " WHERE table_schema = current_schema()");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    String db = source.getCatalog();
    if (!historyColumns.contains("version") || !historyColumns.contains("executed_at")
        || historyColumns.contains("installed_rank")) {
      throw new AdoptionException("Database " + db + " given to --from is not a Go Alita Robot database (it has no"
          + " schema_migrations table with the Go runner's columns version, executed_at): give --from the"
          + " DATABASE_URL the Go bot used");
    }
    List<String> missing = GO_TABLES.stream().filter(t -> !tables.contains(t)).toList();
    if (!missing.isEmpty()) {
      throw new AdoptionException("Database " + db + " given to --from is a Go Alita Robot database at an older"
          + " schema (no table " + String.join(", ", missing) + "): start the latest Go bot once with"
          + " AUTO_MIGRATE=true (or run its make psql-migrate), then adopt again");
    }
  }

  // -------------------------------------------------------------------------------------------------------------

  private void copyAll() throws SQLException {
    copyUsers();
    copyChats();
    copyMembers();
    copyChannels();
    copyDevs();
    copyAdmin();
    copyRules();
    copyWarns();
    copyBlacklists();
    copyLocks();
    copyAntiflood();
    copyCaptcha();
    copyApprovals();
    copyAntiraid();
    copyNotes();
    copyFilters();
    copyGreetings();
    copyPins();
    copyConnections();
    copyDisabled();
    copyReports();
    copyReactions();
  }

  private void copyUsers() throws SQLException {
    copy("users", "SELECT user_id, username, name, language, created_at, updated_at, last_activity FROM users"
        + " ORDER BY id",
        Upsert.of("users", key("user_id"), val("username"), val("name"), val("language"), stamp("created_at"),
            stamp("updated_at"), stamp("last_activity")),
        r -> {
          long user = r.id("user_id");
          users.add(user);
          return values(user, r.get("username"), r.get("name"), language(r), r.get("created_at"),
              r.get("updated_at"), r.get("last_activity"));
        });
  }

  private void copyChats() throws SQLException {
    copy("chats", "SELECT chat_id, chat_name, language, is_inactive, created_at, updated_at, last_activity FROM chats"
        + " ORDER BY id",
        Upsert.of("chats", key("chat_id"), val("chat_name"), insertOnly("chat_type"), val("language"),
            val("is_inactive"), stamp("created_at"), stamp("updated_at"), stamp("last_activity")),
        r -> {
          long chat = r.id("chat_id");
          chats.add(chat);
          return values(chat, r.get("chat_name"), chatType(chat), language(r), r.bool("is_inactive", false),
              r.get("created_at"), r.get("updated_at"), r.get("last_activity"));
        });
  }

  /** The Go bot kept no kind: a -100… id is a supergroup, another negative id a group, a positive one a private chat. */
  static String chatType(long chat) {
    return ValueRules.chatType(chat);
  }

  /** chats.users, a jsonb array of user ids, becomes chat_users rows. */
  private void copyMembers() throws SQLException {
    String label = "chat_users (chats.users)";
    Tally tally = new Tally(label);
    Upsert upsert = Upsert.of("chat_users", key("chat_id"), key("user_id"), stamp("last_seen"));
    try (PreparedStatement q = read("SELECT chat_id, users::text AS users, jsonb_typeof(users)"
        + " AS users_type, last_activity FROM chats ORDER BY id");
        ResultSet rs = q.executeQuery();
        PreparedStatement w = target.prepareStatement(upsert.sql())) {
      while (rs.next()) {
        Row r = Row.of(rs);
        long chat = r.id("chat_id");
        List<Long> ids = idList(r, chat, "chats", "users");
        for (Long user : ids) {
          tally.read++;
          if (!users.contains(user)) {
            problem(chat, "chats", "users", "lists user " + user + ", who is not in users: this membership is"
                + " not copied");
            tally.skipped++;
            continue;
          }
          tally.add(w, values(chat, user, r.get("last_activity")));
        }
      }
      tally.flush(w);
    }
    counts.add(tally.count());
  }

  private void copyChannels() throws SQLException {
    copy("channels", "SELECT chat_id, channel_name, username, updated_at FROM channels ORDER BY id",
        Upsert.of("channels", key("chat_id"), val("channel_name"), val("username"), stamp("updated_at")),
        r -> values(r.id("chat_id"), r.get("channel_name"), emptyToNull(r.text("username")), r.get("updated_at")));
  }

  private void copyDevs() throws SQLException {
    copy("devs", "SELECT user_id, is_dev, sudo FROM devs ORDER BY id",
        Upsert.of("devs", key("user_id"), val("is_dev"), val("sudo")),
        r -> knownUser(r.id("user_id"), "devs")
            ? values(r.id("user_id"), r.bool("is_dev", false), r.bool("sudo", false)) : null);
  }

  private void copyAdmin() throws SQLException {
    copy("admin", "SELECT chat_id, anon_admin FROM admin ORDER BY id",
        Upsert.of("admin", key("chat_id"), val("anon_admin")),
        r -> knownChat(r, "admin") ? values(r.id("chat_id"), r.bool("anon_admin", false)) : null);
  }

  private void copyRules() throws SQLException {
    copy("rules", "SELECT chat_id, rules, rules_btn, private FROM rules ORDER BY id",
        Upsert.of("rules", key("chat_id"), val("rules"), val("rules_btn"), val("private")),
        r -> {
          if (!knownChat(r, "rules")) {
            return null;
          }
          long chat = r.id("chat_id");
          String button = emptyToNull(r.text("rules_btn"));
          if (button != null && button.codePointCount(0, button.length()) > ValueRules.RULES_BUTTON_MAX) {
            problem(chat, "rules", "rules_btn", "= '" + shorten(button) + "' is longer than 30 characters: kept our"
                + " default (the standard button text)");
            button = null;
          }
          return values(chat, r.get("rules"), button, r.bool("private", false));
        });
  }

  private void copyWarns() throws SQLException {
    copy("warns_settings", "SELECT chat_id, warn_limit, warn_mode FROM warns_settings ORDER BY id",
        Upsert.of("warns_settings", key("chat_id"), val("warn_limit"), val("warn_mode"), val("warn_mode_seconds")),
        r -> {
          if (!knownChat(r, "warns_settings")) {
            return null;
          }
          long chat = r.id("chat_id");
          int limit = range(r, chat, "warns_settings", "warn_limit", 1, 100, 3);
          String mode = mode(r, chat, "warns_settings", "warn_mode", ValueRules.PENALTY_MODES, "mute");
          return values(chat, limit, mode, null);
        });
    copy("warns_users", "SELECT user_id, chat_id, num_warns, warns::text AS warns, jsonb_typeof(warns) AS warns_type,"
        + " updated_at FROM warns_users ORDER BY id",
        Upsert.of("warns_users", key("chat_id"), key("user_id"), val("num_warns"), val("reasons", "?::jsonb"),
            stamp("updated_at")),
        r -> {
          if (!knownChat(r, "warns_users") || !knownUser(r.id("user_id"), "warns_users")) {
            return null;
          }
          long chat = r.id("chat_id");
          int count = range(r, chat, "warns_users", "num_warns", 0, Integer.MAX_VALUE, 0);
          String reasons = jsonArray(r, chat, "warns_users", "warns");
          return values(chat, r.id("user_id"), count, reasons == null ? "[]" : reasons, r.get("updated_at"));
        });
  }

  /**
   * The Go bot stored the action on every word (only the first row's counted); ours keeps it once per chat: the
   * action of the chat's oldest row becomes blacklist_settings.action and the words get no override.
   */
  private void copyBlacklists() throws SQLException {
    Map<Long, Row> firstRow = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    copy("blacklists", "SELECT chat_id, word, action, created_at FROM blacklists ORDER BY id",
        Upsert.of("blacklists", key("chat_id"), lowerKey("word"), stamp("created_at")),
        r -> {
          if (!knownChat(r, "blacklists")) {
            return null;
          }
          long chat = r.id("chat_id");
          firstRow.putIfAbsent(chat, r);
          String word = r.text("word").strip();
          int length = word.codePointCount(0, word.length());
          if (length < 1 || length > ValueRules.BLACKLIST_WORD_MAX) {
            problem(chat, "blacklists", "word", "= '" + shorten(word) + "' must have 1 to 200 characters: word not"
                + " copied");
            return null;
          }
          if (!seen.add(chat + "\u0000" + word.toLowerCase(Locale.ROOT))) {
            problem(chat, "blacklists", "word", "= '" + shorten(word) + "' is a word already copied once lowercased:"
                + " skipped");
            return null;
          }
          return values(chat, word, r.get("created_at"));
        });
    Tally tally = new Tally("blacklist_settings (blacklists.action)");
    Upsert upsert = Upsert.of("blacklist_settings", key("chat_id"), val("action"), val("action_seconds"));
    try (PreparedStatement w = target.prepareStatement(upsert.sql())) {
      for (Map.Entry<Long, Row> e : firstRow.entrySet()) {
        tally.read++;
        String action = mode(e.getValue(), e.getKey(), "blacklists", "action", ValueRules.BLACKLIST_ACTIONS, "warn");
        tally.add(w, values(e.getKey(), action, null));
      }
      tally.flush(w);
    }
    counts.add(tally.count());
  }

  private void copyLocks() throws SQLException {
    copy("locks", "SELECT chat_id, lock_type, locked FROM locks ORDER BY id",
        Upsert.of("locks", key("chat_id"), key("lock_type"), val("locked")),
        r -> {
          if (!knownChat(r, "locks")) {
            return null;
          }
          long chat = r.id("chat_id");
          String type = r.text("lock_type").strip().toLowerCase(Locale.ROOT);
          if (!LOCK_TYPES.contains(type)) {
            problem(chat, "locks", "lock_type", "= '" + shorten(r.text("lock_type")) + "' is not a lock type we know:"
                + " lock not copied");
            return null;
          }
          return values(chat, type, r.bool("locked", false));
        });
  }

  private void copyAntiflood() throws SQLException {
    copy("antiflood_settings", "SELECT chat_id, flood_limit, action, delete_antiflood_message FROM antiflood_settings"
        + " ORDER BY id",
        Upsert.of("antiflood_settings", key("chat_id"), val("flood_limit"), val("action"), val("action_seconds"),
            val("delete_antiflood_message")),
        r -> {
          if (!knownChat(r, "antiflood_settings")) {
            return null;
          }
          long chat = r.id("chat_id");
          Object raw = r.get("flood_limit");
          int limit = 0;
          if (raw != null) {
            long n = ((Number) raw).longValue();
            if (ValueRules.floodLimit(n)) {
              limit = (int) n;
            } else {
              problem(chat, "antiflood_settings", "flood_limit", "= " + n + " is out of range (0 for off, or 3 to"
                  + " 100): kept our default 0 (off)");
            }
          }
          String action = mode(r, chat, "antiflood_settings", "action", ValueRules.PENALTY_MODES, "mute");
          return values(chat, limit, action, null, r.bool("delete_antiflood_message", false));
        });
  }

  private void copyCaptcha() throws SQLException {
    copy("captcha_settings", "SELECT chat_id, enabled, captcha_mode, timeout, failure_action, max_attempts,"
        + " created_at, updated_at FROM captcha_settings ORDER BY id",
        Upsert.of("captcha_settings", key("chat_id"), val("enabled"), val("captcha_mode"), val("timeout"),
            val("failure_action"), val("max_attempts"), stamp("created_at"), stamp("updated_at")),
        r -> {
          if (!knownChat(r, "captcha_settings")) {
            return null;
          }
          long chat = r.id("chat_id");
          return values(chat, r.bool("enabled", false),
              mode(r, chat, "captcha_settings", "captcha_mode", ValueRules.CAPTCHA_MODES, "math"),
              range(r, chat, "captcha_settings", "timeout", 1, 10, 2),
              mode(r, chat, "captcha_settings", "failure_action", ValueRules.CAPTCHA_FAILURE_ACTIONS, "kick"),
              range(r, chat, "captcha_settings", "max_attempts", 1, 10, 3), r.get("created_at"), r.get("updated_at"));
        });
    copy("captcha_attempts", "SELECT user_id, chat_id, answer, attempts, refresh_count, message_id, expires_at,"
        + " created_at, updated_at FROM captcha_attempts ORDER BY id",
        Upsert.of("captcha_attempts", key("chat_id"), key("user_id"), val("answer"), val("attempts"),
            val("refresh_count"), val("message_id"), val("expires_at"), stamp("created_at"), stamp("updated_at")),
        r -> {
          if (!knownChat(r, "captcha_attempts") || !knownUser(r.id("user_id"), "captcha_attempts")) {
            return null;
          }
          long chat = r.id("chat_id");
          Timestamp expires = (Timestamp) r.get("expires_at");
          Object created = r.get("created_at");
          if (created == null) {
            created = new Timestamp(Math.min(System.currentTimeMillis(), expires.getTime() - 1000));
          }
          attempts.put(chat + "/" + r.id("user_id"), -1L);
          return values(chat, r.id("user_id"), r.get("answer"),
              range(r, chat, "captcha_attempts", "attempts", 0, Integer.MAX_VALUE, 0),
              range(r, chat, "captcha_attempts", "refresh_count", 0, Integer.MAX_VALUE, 0), r.get("message_id"),
              expires, created, r.get("updated_at"));
        });
    copyStoredMessages();
    copy("captcha_muted_users", "SELECT user_id, chat_id, unmute_at, created_at FROM captcha_muted_users ORDER BY id",
        Upsert.of("captcha_muted_users", key("chat_id"), key("user_id"), val("unmute_at"), stamp("created_at")),
        r -> knownChat(r, "captcha_muted_users") && knownUser(r.id("user_id"), "captcha_muted_users")
            ? values(r.id("chat_id"), r.id("user_id"), r.get("unmute_at"), r.get("created_at")) : null);
  }

  /** Messages held back from a captcha's user; their attempt is found again by (chat, user), its id is ours. */
  private void copyStoredMessages() throws SQLException {
    Tally tally = new Tally("stored_messages");
    String insert = "INSERT INTO stored_messages (attempt_id, user_id, chat_id, message_type, content, file_id, caption,"
        + " created_at) SELECT ?, ?, ?, ?, ?::text, ?::text, ?::text, COALESCE(?::timestamptz, now()) WHERE NOT EXISTS ("
        + "SELECT 1 FROM stored_messages WHERE attempt_id = ? AND message_type = ? AND content IS NOT DISTINCT FROM"
        + " ?::text AND file_id IS NOT DISTINCT FROM ?::text AND caption IS NOT DISTINCT FROM ?::text AND created_at ="
        + " COALESCE(?::timestamptz, created_at))";
    try (PreparedStatement q = read("SELECT s.user_id, s.chat_id, s.message_type, s.content,"
        + " s.file_id, s.caption, s.created_at, a.user_id AS attempt_user, a.chat_id AS attempt_chat"
        + " FROM stored_messages s JOIN captcha_attempts a ON a.id = s.attempt_id ORDER BY s.id");
        ResultSet rs = q.executeQuery();
        PreparedStatement find = target.prepareStatement(
            "SELECT id FROM captcha_attempts WHERE chat_id = ? AND user_id = ?");
        PreparedStatement w = target.prepareStatement(insert)) {
      while (rs.next()) {
        tally.read++;
        Row r = Row.of(rs);
        long chat = r.id("attempt_chat");
        long user = r.id("attempt_user");
        Long attempt = null;
        if (attempts.containsKey(chat + "/" + user)) {
          find.setLong(1, chat);
          find.setLong(2, user);
          try (ResultSet a = find.executeQuery()) {
            attempt = a.next() ? a.getLong(1) : null;
          }
        }
        if (attempt == null) {
          problem(chat, "stored_messages", "attempt_id", "belongs to a captcha attempt that was not copied: message"
              + " not copied");
          tally.skipped++;
          continue;
        }
        int type = range(r, chat, "stored_messages", "message_type", 1, 8, 1);
        tally.add(w, values(attempt, r.id("user_id"), r.id("chat_id"), type, r.get("content"),
            r.get("file_id"), r.get("caption"), r.get("created_at"), attempt, type, r.get("content"), r.get("file_id"),
            r.get("caption"), r.get("created_at")));
      }
      tally.flush(w);
    }
    counts.add(tally.count());
  }

  private void copyApprovals() throws SQLException {
    copy("approved_users", "SELECT user_id, chat_id, reason, approved_by, created_at FROM approved_users ORDER BY id",
        Upsert.of("approved_users", key("chat_id"), key("user_id"), val("reason"), val("approved_by"),
            stamp("created_at")),
        r -> knownChat(r, "approved_users")
            ? values(r.id("chat_id"), r.id("user_id"), r.text("reason") == null ? "" : r.text("reason"),
                r.get("approved_by") == null ? 0L : r.get("approved_by"), r.get("created_at"))
            : null);
  }

  private void copyAntiraid() throws SQLException {
    copy("antiraid_settings", "SELECT chat_id, raid_time, raid_action_time, auto_antiraid_threshold, updated_at"
        + " FROM antiraid_settings ORDER BY id",
        Upsert.of("antiraid_settings", key("chat_id"), val("raid_time_seconds"), val("raid_action_time_seconds"),
            val("auto_antiraid_threshold"), stamp("updated_at")),
        r -> {
          if (!knownChat(r, "antiraid_settings")) {
            return null;
          }
          long chat = r.id("chat_id");
          return values(chat, range(r, chat, "antiraid_settings", "raid_time", 1, MAX_SECONDS, 21600),
              range(r, chat, "antiraid_settings", "raid_action_time", 1, MAX_SECONDS, 3600),
              range(r, chat, "antiraid_settings", "auto_antiraid_threshold", 0, Integer.MAX_VALUE, 0),
              r.get("updated_at"));
        });
  }

  private void copyNotes() throws SQLException {
    Set<String> seen = new HashSet<>();
    copy("notes", "SELECT chat_id, note_name, note_content, file_id, msg_type, buttons::text AS buttons,"
        + " jsonb_typeof(buttons) AS buttons_type, admin_only, private_only, group_only, web_preview, is_protected,"
        + " no_notif FROM notes ORDER BY id",
        Upsert.of("notes", key("chat_id"), lowerKey("note_name"), val("note_content"), val("file_id"), val("msg_type"),
            val("buttons", "?::jsonb"), val("admin_only"), val("private_only"), val("group_only"), val("web_preview"),
            val("is_protected"), val("no_notif")),
        r -> {
          if (!knownChat(r, "notes")) {
            return null;
          }
          long chat = r.id("chat_id");
          String name = name(r, chat, "notes", "note_name", ValueRules.NOTE_NAME_MAX, seen);
          if (name == null) {
            return null;
          }
          return values(chat, name, r.get("note_content"), r.get("file_id"),
              range(r, chat, "notes", "msg_type", 1, 8, 1), jsonArray(r, chat, "notes", "buttons"),
              r.bool("admin_only", false), r.bool("private_only", false), r.bool("group_only", false),
              r.bool("web_preview", true), r.bool("is_protected", false), r.bool("no_notif", false));
        });
    copy("notes_settings", "SELECT chat_id, private FROM notes_settings ORDER BY id",
        Upsert.of("notes_settings", key("chat_id"), val("private")),
        r -> knownChat(r, "notes_settings") ? values(r.id("chat_id"), r.bool("private", false)) : null);
  }

  private void copyFilters() throws SQLException {
    Set<String> seen = new HashSet<>();
    copy("filters", "SELECT chat_id, keyword, filter_reply, msgtype, fileid, nonotif, filter_buttons::text AS"
        + " filter_buttons, jsonb_typeof(filter_buttons) AS filter_buttons_type FROM filters ORDER BY id",
        Upsert.of("filters", key("chat_id"), lowerKey("keyword"), val("filter_reply"), val("msgtype"), val("fileid"),
            val("nonotif"), val("filter_buttons", "?::jsonb")),
        r -> {
          if (!knownChat(r, "filters")) {
            return null;
          }
          long chat = r.id("chat_id");
          String keyword = name(r, chat, "filters", "keyword", ValueRules.FILTER_KEYWORD_MAX, seen);
          if (keyword == null) {
            return null;
          }
          return values(chat, keyword, r.get("filter_reply"), range(r, chat, "filters", "msgtype", 1, 8, 1),
              r.get("fileid"), r.bool("nonotif", false), jsonArray(r, chat, "filters", "filter_buttons"));
        });
  }

  private void copyGreetings() throws SQLException {
    copy("greetings", "SELECT chat_id, clean_service_settings, welcome_enabled, welcome_text, welcome_file_id,"
        + " welcome_type, welcome_btns::text AS welcome_btns, jsonb_typeof(welcome_btns) AS welcome_btns_type,"
        + " welcome_clean_old, welcome_last_msg_id, goodbye_enabled, goodbye_text, goodbye_file_id, goodbye_type,"
        + " goodbye_btns::text AS goodbye_btns, jsonb_typeof(goodbye_btns) AS goodbye_btns_type, goodbye_clean_old,"
        + " goodbye_last_msg_id, auto_approve FROM greetings ORDER BY id",
        Upsert.of("greetings", key("chat_id"), val("clean_service_settings"), val("welcome_enabled"),
            val("welcome_text"), val("welcome_file_id"), val("welcome_type"), val("welcome_btns", "?::jsonb"),
            val("welcome_clean_old"), val("welcome_last_msg_id"), val("goodbye_enabled"), val("goodbye_text"),
            val("goodbye_file_id"), val("goodbye_type"), val("goodbye_btns", "?::jsonb"), val("goodbye_clean_old"),
            val("goodbye_last_msg_id"), val("auto_approve")),
        r -> {
          if (!knownChat(r, "greetings")) {
            return null;
          }
          long chat = r.id("chat_id");
          return values(chat, r.bool("clean_service_settings", false), r.bool("welcome_enabled", true),
              r.get("welcome_text"), r.get("welcome_file_id"), range(r, chat, "greetings", "welcome_type", 1, 8, 1),
              jsonArray(r, chat, "greetings", "welcome_btns"), r.bool("welcome_clean_old", false),
              r.get("welcome_last_msg_id"), r.bool("goodbye_enabled", false), r.get("goodbye_text"),
              r.get("goodbye_file_id"), range(r, chat, "greetings", "goodbye_type", 1, 8, 1),
              jsonArray(r, chat, "greetings", "goodbye_btns"), r.bool("goodbye_clean_old", false),
              r.get("goodbye_last_msg_id"), r.bool("auto_approve", false));
        });
  }

  private void copyPins() throws SQLException {
    copy("pins", "SELECT chat_id, clean_linked, anti_channel_pin FROM pins ORDER BY id",
        Upsert.of("pins", key("chat_id"), val("clean_linked"), val("anti_channel_pin")),
        r -> knownChat(r, "pins")
            ? values(r.id("chat_id"), r.bool("clean_linked", false), r.bool("anti_channel_pin", false)) : null);
  }

  private void copyConnections() throws SQLException {
    copy("connection", "SELECT user_id, chat_id, connected FROM connection ORDER BY id",
        Upsert.of("connection", key("user_id"), val("chat_id"), val("connected")),
        r -> knownChat(r, "connection") && knownUser(r.id("user_id"), "connection")
            ? values(r.id("user_id"), r.id("chat_id"), r.bool("connected", false)) : null);
    copy("connection_settings", "SELECT chat_id, allow_connect FROM connection_settings ORDER BY id",
        Upsert.of("connection_settings", key("chat_id"), val("allow_connect")),
        r -> knownChat(r, "connection_settings") ? values(r.id("chat_id"), r.bool("allow_connect", false)) : null);
  }

  /** A Go row with disabled = false means the command is on, which here is the absence of a row: not copied. */
  private void copyDisabled() throws SQLException {
    Set<String> seen = new HashSet<>();
    copy("disable", "SELECT chat_id, command, disabled FROM disable ORDER BY id",
        Upsert.of("disable", key("chat_id"), key("command")),
        r -> {
          if (!knownChat(r, "disable") || !r.bool("disabled", true)) {
            return null;
          }
          long chat = r.id("chat_id");
          String command = r.text("command").strip().toLowerCase(Locale.ROOT);
          if (command.startsWith("/")) {
            command = command.substring(1);
          }
          if (!COMMAND.matcher(command).matches()) {
            problem(chat, "disable", "command", "= '" + shorten(r.text("command")) + "' is not a command name"
                + " (a-z, 0-9, _, up to 32): not copied");
            return null;
          }
          if (!seen.add(chat + "\u0000" + command)) {
            return null;
          }
          return values(chat, command);
        });
    copy("disable_chat_settings", "SELECT chat_id, delete_commands, updated_at FROM disable_chat_settings ORDER BY id",
        Upsert.of("disable_chat_settings", key("chat_id"), val("delete_commands"), stamp("updated_at")),
        r -> knownChat(r, "disable_chat_settings")
            ? values(r.id("chat_id"), r.bool("delete_commands", false), r.get("updated_at")) : null);
  }

  private void copyReports() throws SQLException {
    copy("report_chat_settings", "SELECT chat_id, enabled, status, blocked_list::text AS blocked_list,"
        + " jsonb_typeof(blocked_list) AS blocked_list_type FROM report_chat_settings ORDER BY id",
        Upsert.of("report_chat_settings", key("chat_id"), val("enabled"), val("blocked_user_ids")),
        r -> {
          if (!knownChat(r, "report_chat_settings")) {
            return null;
          }
          long chat = r.id("chat_id");
          boolean enabled = r.get("enabled") != null ? r.bool("enabled", true) : r.bool("status", true);
          List<Long> blocked = idList(r, chat, "report_chat_settings", "blocked_list");
          return values(chat, enabled, target.createArrayOf("bigint", new TreeSet<>(blocked).toArray()));
        });
    copy("report_user_settings", "SELECT user_id, enabled, status FROM report_user_settings ORDER BY id",
        Upsert.of("report_user_settings", key("user_id"), val("enabled")),
        r -> knownUser(r.id("user_id"), "report_user_settings")
            ? values(r.id("user_id"), r.get("enabled") != null ? r.bool("enabled", true) : r.bool("status", true))
            : null);
  }

  private void copyReactions() throws SQLException {
    Set<String> seen = new HashSet<>();
    copy("reactions", "SELECT chat_id, keyword, emoji, created_at FROM reactions ORDER BY id",
        Upsert.of("reactions", key("chat_id"), lowerKey("keyword"), val("emoji"), stamp("created_at")),
        r -> {
          if (!knownChat(r, "reactions")) {
            return null;
          }
          long chat = r.id("chat_id");
          String keyword = name(r, chat, "reactions", "keyword", Integer.MAX_VALUE, seen);
          return keyword == null ? null : values(chat, keyword, r.get("emoji"), r.get("created_at"));
        });
  }

  // -------------------------------------------------------------------------------------------------------------

  @FunctionalInterface
  private interface RowMapper {
    /** The upsert's parameters in column order, or null to skip the row (after reporting why). */
    Object[] map(Row row) throws SQLException;
  }

  private void copy(String table, String query, Upsert upsert, RowMapper mapper) throws SQLException {
    Tally tally = new Tally(table.equals(upsert.table()) ? table : upsert.table() + " (" + table + ")");
    try (PreparedStatement q = read(query);
        ResultSet rs = q.executeQuery();
        PreparedStatement w = target.prepareStatement(upsert.sql())) {
      while (rs.next()) {
        tally.read++;
        Object[] values = mapper.map(Row.of(rs));
        if (values == null) {
          tally.skipped++;
        } else {
          tally.add(w, values);
        }
      }
      tally.flush(w);
    }
    counts.add(tally.count());
  }

  /** A source query read in pages (the driver would otherwise hold a whole table in memory). */
  private PreparedStatement read(String sql) throws SQLException {
    PreparedStatement q = source.prepareStatement(sql);
    q.setFetchSize(FETCH);
    return q;
  }

  private static Object[] values(Object... values) {
    return values;
  }

  private static final class Tally {
    final String table;
    int read;
    int written;
    int unchanged;
    int skipped;

    Tally(String table) {
      this.table = table;
    }

    private int pending;

    /** Queues one upsert; every {@value #BATCH} rows the queue goes to the server. */
    void add(PreparedStatement w, Object[] values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) {
          w.setNull(i + 1, Types.NULL);
        } else {
          w.setObject(i + 1, values[i]);
        }
      }
      w.addBatch();
      if (++pending >= BATCH) {
        flush(w);
      }
    }

    /** Sends the queued upserts; each reports one row changed (written) or none (the same values: unchanged). */
    void flush(PreparedStatement w) throws SQLException {
      if (pending == 0) {
        return;
      }
      for (int n : w.executeBatch()) {
        if (n > 0) {
          written++;
        } else {
          unchanged++;
        }
      }
      pending = 0;
    }

    TableCount count() {
      return new TableCount(table, read, written, unchanged, skipped);
    }
  }

  /** One source row, by column label. */
  private record Row(Map<String, Object> values) {
    static Row of(ResultSet rs) throws SQLException {
      ResultSetMetaData md = rs.getMetaData();
      Map<String, Object> values = new HashMap<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        int type = md.getColumnType(i);
        Object v = type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE ? rs.getTimestamp(i)
            : rs.getObject(i);
        values.put(md.getColumnLabel(i), v);
      }
      return new Row(values);
    }

    Object get(String column) {
      return values.get(column);
    }

    long id(String column) {
      return ((Number) values.get(column)).longValue();
    }

    String text(String column) {
      Object v = values.get(column);
      return v == null ? null : v.toString();
    }

    boolean bool(String column, boolean dflt) {
      Object v = values.get(column);
      return v == null ? dflt : (Boolean) v;
    }
  }

  private void problem(long chat, String table, String column, String detail) {
    problems.add(new Problem("chat", chat, table, column, detail));
  }

  private boolean knownChat(Row r, String table) {
    long chat = r.id("chat_id");
    if (chats.contains(chat)) {
      return true;
    }
    problem(chat, table, "chat_id", "names a chat that is not in chats: row not copied");
    return false;
  }

  private boolean knownUser(long user, String table) {
    if (users.contains(user)) {
      return true;
    }
    problems.add(new Problem("user", user, table, "user_id", "names a user who is not in users: row not copied"));
    return false;
  }

  private int range(Row r, long chat, String table, String column, long min, long max, int dflt) {
    Object v = r.get(column);
    if (v == null) {
      return dflt;
    }
    long n = ((Number) v).longValue();
    if (n < min || n > max) {
      problem(chat, table, column, ValueRules.outOfRange(n, min, max, dflt));
      return dflt;
    }
    return (int) n;
  }

  private String mode(Row r, long chat, String table, String column, Map<String, String> accepted, String dflt) {
    String v = r.text(column);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    String mapped = accepted.get(v.strip().toLowerCase(Locale.ROOT));
    if (mapped == null) {
      problem(chat, table, column, ValueRules.notAMode(v, accepted, dflt));
      return dflt;
    }
    return mapped;
  }

  /** A note name, filter keyword or reaction keyword: 1 to {@code max} characters, unique per chat once lowercased. */
  private String name(Row r, long chat, String table, String column, int max, Set<String> seen) {
    String raw = r.text(column);
    String name = raw == null ? "" : raw.strip();
    int length = name.codePointCount(0, name.length());
    if (length < 1 || length > max) {
      problem(chat, table, column, "= '" + shorten(name) + "' " + (max == Integer.MAX_VALUE ? "is empty"
          : "must have 1 to " + max + " characters") + ": row not copied");
      return null;
    }
    if (!seen.add(chat + "\u0000" + name.toLowerCase(Locale.ROOT))) {
      problem(chat, table, column, "= '" + shorten(name) + "' is the same as an earlier row once lowercased: row not"
          + " copied");
      return null;
    }
    return name;
  }

  /** The column's JSON when it is an array; null (with a problem line) when it is another JSON type. */
  private String jsonArray(Row r, long chat, String table, String column) {
    String type = r.text(column + "_type");
    if (type == null || type.equals("null")) {
      return null;
    }
    if (!type.equals("array")) {
      problem(chat, table, column, "= " + shorten(r.text(column)) + " is a JSON " + type + ", not an array: kept our"
          + " default (none)");
      return null;
    }
    return r.text(column);
  }

  /** A jsonb array of Telegram ids (numbers or digit strings); what is not an id is reported and left out. */
  private List<Long> idList(Row r, long chat, String table, String column) {
    String json = jsonArray(r, chat, table, column);
    List<Long> ids = new ArrayList<>();
    if (json == null) {
      return ids;
    }
    String inner = json.strip();
    inner = inner.substring(1, inner.length() - 1).strip();
    if (inner.isEmpty()) {
      return ids;
    }
    for (String item : inner.split(",")) {
      String s = item.strip();
      if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
        s = s.substring(1, s.length() - 1);
      }
      try {
        ids.add(Long.parseLong(s));
      } catch (NumberFormatException e) {
        problem(chat, table, column, "holds " + shorten(item.strip()) + ", which is not a Telegram id: left out");
      }
    }
    return ids;
  }

  private static String language(Row r) {
    String v = r.text("language");
    return v == null || v.isBlank() ? "en" : v;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static String shorten(String s) {
    return ValueRules.shorten(s);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
