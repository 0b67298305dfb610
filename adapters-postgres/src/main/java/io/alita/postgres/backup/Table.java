package io.alita.postgres.backup;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One of our tables a backup module covers, as {@code BackupMapper.xml} has it: its key besides {@code chat_id}, its
 * value columns (compared to tell a changed row) and its timestamps (taken from the file on insert, never compared).
 * A settings table (one row per chat, no key) has {@link #defaults}: what a chat without a row reads as, which are the
 * columns' DB defaults.
 */
record Table(String name, List<String> keys, List<String> values, List<String> stamps, Map<String, Object> defaults) {

  static final Table ADMIN = settings("admin", "anon_admin", false);
  static final Table ANTIFLOOD = settings("antiflood_settings", "flood_limit", 0L, "action", "mute", "action_seconds",
      null, "delete_antiflood_message", false);
  static final Table ANTIRAID = settings("antiraid_settings", "raid_time_seconds", 21600L, "raid_action_time_seconds",
      3600L, "auto_antiraid_threshold", 0L).stamped("updated_at");
  static final Table APPROVED = rows("approved_users", "user_id", "reason", "approved_by").stamped("created_at");
  static final Table BLACKLIST_SETTINGS = settings("blacklist_settings", "action", "warn", "action_seconds", null);
  static final Table BLACKLISTS = rows("blacklists", "word", "action", "action_seconds").stamped("created_at");
  static final Table CAPTCHA = settings("captcha_settings", "enabled", false, "captcha_mode", "math", "timeout", 2L,
      "failure_action", "kick", "max_attempts", 3L).stamped("created_at", "updated_at");
  static final Table CONNECTIONS = settings("connection_settings", "allow_connect", false);
  static final Table DISABLE = rows("disable", "command");
  static final Table DISABLE_SETTINGS = settings("disable_chat_settings", "delete_commands", false)
      .stamped("updated_at");
  static final Table FILTERS = rows("filters", "keyword", "filter_reply", "msgtype", "fileid", "nonotif",
      "filter_buttons");
  static final Table GREETINGS = settings("greetings", "clean_service_settings", false, "welcome_enabled", true,
      "welcome_text", null, "welcome_file_id", null, "welcome_type", 1L, "welcome_btns", null,
      "welcome_clean_old", false,
      "welcome_last_msg_id", null, "goodbye_enabled", false, "goodbye_text", null, "goodbye_file_id", null,
      "goodbye_type", 1L, "goodbye_btns", null, "goodbye_clean_old", false, "goodbye_last_msg_id", null,
      "auto_approve", false);
  static final Table LOCKS = rows("locks", "lock_type", "locked");
  static final Table NOTES = rows("notes", "note_name", "note_content", "file_id", "msg_type", "buttons", "admin_only",
      "private_only", "group_only", "web_preview", "is_protected", "no_notif");
  static final Table NOTES_SETTINGS = settings("notes_settings", "private", false);
  static final Table PINS = settings("pins", "clean_linked", false, "anti_channel_pin", false);
  static final Table REACTIONS = rows("reactions", "keyword", "emoji").stamped("created_at");
  static final Table REPORTS = settings("report_chat_settings", "enabled", true, "blocked_user_ids", "{}");
  static final Table RULES = settings("rules", "rules", null, "rules_btn", null, "private", false);
  static final Table WARN_SETTINGS = settings("warns_settings", "warn_limit", 3L, "warn_mode", "mute",
      "warn_mode_seconds", null);
  static final Table WARNS = rows("warns_users", "user_id", "num_warns", "reasons").stamped("updated_at");

  boolean isSettings() {
    return defaults != null;
  }

  /** A copy of the defaults, to fill in. */
  Map<String, Object> defaultRow() {
    return new HashMap<>(defaults);
  }

  /** The key of {@code row} (empty for a settings table). */
  List<Object> keyOf(Map<String, Object> row) {
    return keys.stream().map(row::get).toList();
  }

  /** Whether two rows hold the same values (keys and timestamps aside). */
  boolean sameValues(Map<String, Object> a, Map<String, Object> b) {
    for (String column : values) {
      if (!java.util.Objects.equals(a.get(column), b.get(column))) {
        return false;
      }
    }
    return true;
  }

  private Table stamped(String... stamps) {
    return new Table(name, keys, values, List.of(stamps), defaults);
  }

  private static Table settings(String name, Object... columnsAndDefaults) {
    Map<String, Object> defaults = new HashMap<>();
    String[] columns = new String[columnsAndDefaults.length / 2];
    for (int i = 0; i < columnsAndDefaults.length; i += 2) {
      columns[i / 2] = (String) columnsAndDefaults[i];
      defaults.put((String) columnsAndDefaults[i], columnsAndDefaults[i + 1]);
    }
    return new Table(name, List.of(), List.of(columns), List.of(), defaults);
  }

  private static Table rows(String name, String key, String... values) {
    return new Table(name, List.of(key), Arrays.asList(values), List.of(), null);
  }
}
