package io.alita.postgres.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.postgres.migration.MigrationOptions;
import io.alita.postgres.migration.MigrationReport;
import io.alita.postgres.migration.MigrationRunner;
import io.alita.postgres.migration.MigrationSource;
import io.alita.postgres.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real migrations folder, applied by the real engine, gives every table of the seed with its keys. */
class SchemaTest {

  /** The seed's table list (schema_migrations is the migration engine's own). */
  private static final Set<String> SEED_TABLES = Set.of("users", "chats", "chat_users", "warns_settings", "warns_users",
      "greetings", "filters", "notes", "notes_settings", "rules", "blacklists", "locks", "pins", "admin",
      "antiflood_settings", "connection", "connection_settings", "disable", "disable_chat_settings",
      "report_chat_settings", "report_user_settings", "devs", "channels", "captcha_settings", "captcha_attempts",
      "captcha_muted_users", "stored_messages", "schema_migrations");

  private static TestDatabase.Coordinates db;

  @BeforeAll
  static void migrate() {
    db = TestDatabase.create();
    MigrationSource source = MigrationSource.directory(Path.of("../migrations"));
    MigrationReport report = new MigrationRunner(db.dataSource(), source, MigrationOptions.defaults()).migrate();
    assertTrue(report.succeeded(), report.toString());
    assertTrue(report.applied().size() >= 1);
  }

  private static List<String> column(String sql, Object... params) throws SQLException {
    try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  @Test
  void everySeedTableExists() throws SQLException {
    Set<String> tables = new TreeSet<>(column(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"));
    Set<String> missing = new TreeSet<>(SEED_TABLES);
    missing.removeAll(tables);
    assertTrue(missing.isEmpty(), "missing tables: " + missing);
  }

  @Test
  void everyAppTableButTheJoinTableHasASurrogateBigintKey() throws SQLException {
    List<String> tables = column("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
        + "AND table_type = 'BASE TABLE' AND table_name NOT IN ('chat_users', 'schema_migrations', "
        // keyed by the hash of the secret the browser holds (migration 20261126150000), by design
        + "'console_login_links', 'console_sessions', "
        // keyed by what makes their insert idempotent: the event key, the update id, the question's token (20261207090000)
        + "'processed_events', 'update_inbox', 'confirmations')");
    for (String table : tables) {
      List<String> pk = column("SELECT a.attname || ':' || format_type(a.atttypid, a.atttypmod) FROM pg_index i "
          + "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
          + "WHERE i.indrelid = ?::regclass AND i.indisprimary", table);
      assertEquals(List.of("id:bigint"), pk, table);
    }
  }

  @Test
  void chatUsersHasTheCompositePrimaryKey() throws SQLException {
    List<String> pk = column("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
        + "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = 'chat_users'::regclass AND i.indisprimary ORDER BY a.attname");
    assertEquals(List.of("chat_id", "user_id"), pk);
  }

  @ParameterizedTest
  @ValueSource(strings = {"users.user_id", "chats.chat_id", "channels.chat_id"})
  void telegramIdsAreUniqueNotNullBigints(String tableColumn) throws SQLException {
    String[] tc = tableColumn.split("\\.");
    assertEquals(List.of("bigint:NO"), column("SELECT data_type || ':' || is_nullable FROM information_schema.columns "
        + "WHERE table_name = ? AND column_name = ?", tc[0], tc[1]));
    List<String> unique = column("SELECT c.conname FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid "
        + "AND a.attnum = ANY(c.conkey) WHERE c.conrelid = ?::regclass AND c.contype = 'u' AND a.attname = ? "
        + "AND array_length(c.conkey, 1) = 1", tc[0], tc[1]);
    assertEquals(1, unique.size(), tableColumn + " unique constraints: " + unique);
  }

  @Test
  void everyPerChatSettingsTableReferencesChatsAndCascades() throws SQLException {
    List<String> fks = column("SELECT conrelid::regclass::text || ':' || confupdtype::text || confdeltype::text FROM pg_constraint "
        + "WHERE contype = 'f' AND confrelid = 'chats'::regclass ORDER BY 1");
    for (String table : List.of("admin", "antiflood_settings", "blacklists", "captcha_settings", "chat_users",
        "greetings", "locks", "rules", "warns_settings", "warns_users", "filters", "notes")) {
      assertTrue(fks.contains(table + ":cc"), table + " in " + fks);
    }
  }

  @Test
  void updatingAChatIdCarriesItsSettingsAlong() throws SQLException {
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      st.execute("INSERT INTO chats (chat_id, chat_name) VALUES (-1001, 'g')");
      st.execute("INSERT INTO rules (chat_id, rules) VALUES (-1001, 'be nice')");
      st.execute("UPDATE chats SET chat_id = -1002 WHERE chat_id = -1001");
      try (ResultSet rs = st.executeQuery("SELECT rules FROM rules WHERE chat_id = -1002")) {
        assertTrue(rs.next());
        assertEquals("be nice", rs.getString(1));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "INSERT INTO warns_settings (chat_id, warn_limit) VALUES (-2001, 0)",
      "INSERT INTO warns_settings (chat_id, warn_limit) VALUES (-2001, 101)",
      "INSERT INTO warns_settings (chat_id, warn_mode) VALUES (-2001, 'explode')",
      "INSERT INTO warns_settings (chat_id, warn_mode) VALUES (-2001, 'tban')",
      "INSERT INTO antiflood_settings (chat_id, flood_limit) VALUES (-2001, 2)",
      "INSERT INTO captcha_settings (chat_id, timeout) VALUES (-2001, 11)",
      "INSERT INTO captcha_settings (chat_id, captcha_mode) VALUES (-2001, 'riddle')",
      "INSERT INTO captcha_settings (chat_id, max_attempts) VALUES (-2001, 0)",
      "INSERT INTO locks (chat_id, lock_type) VALUES (-2001, 'everything')",
      "INSERT INTO blacklist_settings (chat_id, action) VALUES (-2001, 'delete')",
      "INSERT INTO rules (chat_id, rules_btn) VALUES (-2001, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')",
  })
  void valuesTheBotRefusesCannotBeStored(String insert) throws SQLException {
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      st.execute("INSERT INTO chats (chat_id) VALUES (-2001) ON CONFLICT DO NOTHING");
      SQLException e = assertThrows(SQLException.class, () -> st.execute(insert));
      assertEquals("23514", e.getSQLState(), e.getMessage()); // check_violation
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "warn", "mute", "kick", "ban"})
  void everyBlacklistActionTheBotAcceptsCanBeStoredIncludingNone(String action) throws SQLException {
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      st.execute("INSERT INTO chats (chat_id) VALUES (-3001) ON CONFLICT DO NOTHING");
      st.execute("INSERT INTO blacklist_settings (chat_id, action) VALUES (-3001, '" + action + "') "
          + "ON CONFLICT (chat_id) DO UPDATE SET action = EXCLUDED.action");
    }
  }

  @Test
  void defaultsMatchTheBotsDefaults() throws SQLException {
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      st.execute("INSERT INTO chats (chat_id) VALUES (-4001)");
      st.execute("INSERT INTO warns_settings (chat_id) VALUES (-4001)");
      st.execute("INSERT INTO antiflood_settings (chat_id) VALUES (-4001)");
      st.execute("INSERT INTO captcha_settings (chat_id) VALUES (-4001)");
      st.execute("INSERT INTO blacklist_settings (chat_id) VALUES (-4001)");
    }
    assertEquals(List.of("3:mute"), column("SELECT warn_limit || ':' || warn_mode FROM warns_settings WHERE chat_id = -4001"));
    assertEquals(List.of("0:mute:false"), column("SELECT flood_limit || ':' || action || ':' || delete_antiflood_message "
        + "FROM antiflood_settings WHERE chat_id = -4001"));
    assertEquals(List.of("false:math:2:kick:3"), column("SELECT enabled || ':' || captcha_mode || ':' || timeout || ':' "
        + "|| failure_action || ':' || max_attempts FROM captcha_settings WHERE chat_id = -4001"));
    assertEquals(List.of("warn"), column("SELECT action FROM blacklist_settings WHERE chat_id = -4001"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"users", "chat_users", "blacklists", "locks", "filters", "approved_users", "captcha_attempts",
      "warns_users", "stored_messages", "captcha_muted_users"})
  void perMessageLookupsAreIndexed(String table) throws SQLException {
    List<String> indexes = column("SELECT indexdef FROM pg_indexes WHERE tablename = ?", table);
    assertTrue(indexes.stream().anyMatch(d -> d.contains("(chat_id") || d.contains("(user_id") || d.contains("(attempt_id")),
        table + ": " + indexes);
  }
}
