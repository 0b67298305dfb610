package io.alita.postgres.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import io.alita.domain.notes.NoteName;
import io.alita.domain.rules.ChatRules;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.notes.MyBatisNotesStore;
import io.alita.postgres.rules.MyBatisRulesStore;
import io.alita.postgres.testing.GoAlitaDatabase;
import io.alita.postgres.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Adoption between two real databases: one with the Go bot's schema and rows in every table, one of ours. */
class GoAlitaAdoptionTest {

  static final long E = -1001000000001L;
  static final long S = -1001000000002L;

  /** Every table adoption writes, for before/after snapshots. */
  static final List<String> TARGET_TABLES = List.of("users", "chats", "chat_users", "channels", "devs", "admin",
      "rules", "warns_settings", "warns_users", "blacklist_settings", "blacklists", "locks", "antiflood_settings",
      "captcha_settings", "captcha_attempts", "stored_messages", "captcha_muted_users", "approved_users",
      "antiraid_settings", "notes", "notes_settings", "filters", "greetings", "pins", "connection",
      "connection_settings", "disable", "disable_chat_settings", "report_chat_settings", "report_user_settings",
      "reactions");

  private static TestDatabase.Coordinates go;
  private TestDatabase.Coordinates ours;

  @BeforeAll
  static void goDatabase() {
    go = GoAlitaDatabase.withRows();
  }

  @BeforeEach
  void ourDatabase() {
    ours = TestDatabase.migrated();
  }

  @Test
  void everyTableIsCopiedWithRefusedValuesReportedAndDefaulted() {
    AdoptionReport report = adopt(false);

    assertEquals(List.of("101|alice|Alice|en|2025-01-02 03:04:05+00", "102||Ωmega 🚀|en|", "103|bob|Bob|de|"
        + "2025-02-01 00:00:00+00"), rows("SELECT user_id, username, name, language,"
        + " CASE WHEN created_at < '2026-01-01' THEN to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')"
        + " || '+00' END FROM users ORDER BY user_id"));
    assertEquals(List.of("-1001000000002|Школа 🎓|supergroup|en|true", "-1001000000001|Engines|supergroup|en|false",
        "-4000|Legacy|group|es|false"), rows("SELECT chat_id, chat_name, chat_type, language, is_inactive FROM chats"
        + " ORDER BY chat_id"));
    assertEquals(List.of("-1001000000002|101", "-1001000000002|103", "-1001000000001|101", "-1001000000001|102"),
        rows("SELECT chat_id, user_id FROM chat_users ORDER BY 1, 2"));
    assertEquals(List.of("-1001999000002||", "-1001999000001|News 📰|news"),
        rows("SELECT chat_id, channel_name, username FROM channels ORDER BY chat_id"));
    assertEquals(List.of("101|true|false", "103|false|true"), rows("SELECT user_id, is_dev, sudo FROM devs ORDER BY 1"));
    assertEquals(List.of("-1001000000001|true", "-4000|false"), rows("SELECT chat_id, anon_admin FROM admin ORDER BY 1"));
    assertEquals(List.of("-1001000000002|No spam||false", "-1001000000001|Будьте добры 🙂 *kind*|Read me|true",
        "-4000|||false"), rows("SELECT chat_id, rules, rules_btn, private FROM rules ORDER BY 1"));
    assertEquals(List.of("-1001000000002|3|mute", "-1001000000001|5|kick", "-4000|3|mute"),
        rows("SELECT chat_id, warn_limit, warn_mode FROM warns_settings ORDER BY 1"));
    assertEquals(List.of("-1001000000001|101|2|[\"spam\", \"flood 🙃\"]", "-1001000000001|102|1|[]"),
        rows("SELECT chat_id, user_id, num_warns, reasons FROM warns_users ORDER BY 1, 2"));
    assertEquals(List.of("-1001000000002|none", "-1001000000001|ban", "-4000|warn"),
        rows("SELECT chat_id, action FROM blacklist_settings ORDER BY 1"));
    assertEquals(List.of("-1001000000002|x|", "-1001000000001|badword|", "-1001000000001|другое|", "-4000|y|"),
        rows("SELECT chat_id, word, action FROM blacklists ORDER BY 1, 2"));
    assertEquals(List.of("-1001000000001|sticker|true", "-1001000000001|url|false"),
        rows("SELECT chat_id, lock_type, locked FROM locks ORDER BY 1, 2"));
    assertEquals(List.of("-1001000000002|0|mute|false", "-1001000000001|10|ban|true"),
        rows("SELECT chat_id, flood_limit, action, delete_antiflood_message FROM antiflood_settings ORDER BY 1"));
    assertEquals(List.of("-1001000000002|true|math|2|kick|3", "-1001000000001|true|text|5|ban|4"),
        rows("SELECT chat_id, enabled, captcha_mode, timeout, failure_action, max_attempts FROM captcha_settings"
            + " ORDER BY 1"));
    assertEquals(List.of("-1001000000001|101|42|1|2|555|2030-01-01 00:10:00"), rows("SELECT chat_id, user_id, answer,"
        + " attempts, refresh_count, message_id, to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')"
        + " FROM captcha_attempts"));
    assertEquals(List.of("true|-1001000000001|101|1|hello 👋"), rows("SELECT s.attempt_id = a.id, s.chat_id, s.user_id,"
        + " s.message_type, s.content FROM stored_messages s, captcha_attempts a"));
    assertEquals(List.of("-1001000000001|102"), rows("SELECT chat_id, user_id FROM captcha_muted_users"));
    assertEquals(List.of("-1001000000002|555||0", "-1001000000001|103|trusted|101"),
        rows("SELECT chat_id, user_id, reason, approved_by FROM approved_users ORDER BY 1"));
    assertEquals(List.of("-1001000000002|21600|3600|0|", "-1001000000001|3600|600|10|"),
        rows("SELECT chat_id, raid_time_seconds, raid_action_time_seconds, auto_antiraid_threshold, active_until"
            + " FROM antiraid_settings ORDER BY 1"));
    assertEquals(List.of(
        "-1001000000002|odd|type 42||1||false|false|false|true|false|false",
        "-1001000000002|photo|a caption|AgADphoto|2||true|false|true|false|true|true",
        "-1001000000001|welcome|Hi {first} 🙂||1|[{\"url\": \"https://example.org\", \"name\": \"Site\","
            + " \"btn_sameline\": false}]|false|false|false|true|false|false",
        "-1001000000001|привет|Привет!||1||false|false|false|true|false|false"),
        rows("SELECT chat_id, note_name, note_content, file_id, msg_type, buttons, admin_only, private_only,"
            + " group_only, web_preview, is_protected, no_notif FROM notes ORDER BY 1, 2"));
    assertEquals(List.of("-1001000000001|true"), rows("SELECT chat_id, private FROM notes_settings"));
    assertEquals(List.of("-1001000000001|hello|Hi there|1||false|", "-1001000000001|sticker||4|CAADsticker|true|"),
        rows("SELECT chat_id, keyword, filter_reply, msgtype, fileid, nonotif, filter_buttons FROM filters"
            + " ORDER BY 2"));
    assertEquals(List.of("-1001000000002|false|true||1|false||false||1|false",
        "-1001000000001|true|true|Welcome {first}!|1|true|777|false|Bye|1|true"),
        rows("SELECT chat_id, clean_service_settings, welcome_enabled, welcome_text, welcome_type, welcome_clean_old,"
            + " welcome_last_msg_id, goodbye_enabled, goodbye_text, goodbye_type, auto_approve FROM greetings"
            + " ORDER BY 1"));
    assertEquals(List.of("-1001000000001|true|false"), rows("SELECT chat_id, clean_linked, anti_channel_pin FROM pins"));
    assertEquals(List.of("101|-1001000000001|true"), rows("SELECT user_id, chat_id, connected FROM connection"));
    assertEquals(List.of("-1001000000002|false", "-1001000000001|true"),
        rows("SELECT chat_id, allow_connect FROM connection_settings ORDER BY 1"));
    assertEquals(List.of("-1001000000001|notes", "-1001000000001|rules"),
        rows("SELECT chat_id, command FROM disable ORDER BY 2"));
    assertEquals(List.of("-1001000000001|true"), rows("SELECT chat_id, delete_commands FROM disable_chat_settings"));
    assertEquals(List.of("-1001000000002|false|{}", "-1001000000001|false|{103,104}"),
        rows("SELECT chat_id, enabled, blocked_user_ids FROM report_chat_settings ORDER BY 1"));
    assertEquals(List.of("102|false"), rows("SELECT user_id, enabled FROM report_user_settings"));
    assertEquals(List.of("-1001000000001|hello|👋"), rows("SELECT chat_id, keyword, emoji FROM reactions"));

    assertEquals(new AdoptionReport.TableCount("notes", 6, 4, 0, 2), report.count("notes"));
    assertEquals(new AdoptionReport.TableCount("chat_users (chats.users)", 5, 4, 0, 1),
        report.count("chat_users (chats.users)"));
    assertEquals(new AdoptionReport.TableCount("pins", 2, 1, 0, 1), report.count("pins"));
    assertEquals(new AdoptionReport.TableCount("disable", 4, 2, 0, 2), report.count("disable"));
    List<String> problems = report.problems().stream().map(Object::toString).toList();
    for (String expected : List.of(
        "chat -1001000000002: chats.users lists user 999, who is not in users: this membership is not copied",
        "chat -1001000000002: chats.users holds \"x\", which is not a Telegram id: left out",
        "chat -1001000000002: rules.rules_btn = 'This button text is far too long to be o…' is longer than 30"
            + " characters: kept our default (the standard button text)",
        "chat -1001000000002: warns_settings.warn_limit = 500 is out of range (1 to 100): kept our default 3",
        "chat -1001000000002: warns_settings.warn_mode = 'tban' is not a mode we have (ban, kick, mute): kept our"
            + " default mute",
        "chat -1001000000001: warns_users.warns = {\"not\": \"an array\"} is a JSON object, not an array: kept our"
            + " default (none)",
        "chat -1001000000001: blacklists.word = 'badword' is a word already copied once lowercased: skipped",
        "chat -4000: blacklists.action = 'tban' is not a mode we have (ban, delete, kick, mute, none, warn): kept our"
            + " default warn",
        "chat -1001000000001: locks.lock_type = 'sparkles' is not a lock type we know: lock not copied",
        "chat -1001000000002: antiflood_settings.flood_limit = 2 is out of range (0 for off, or 3 to 100): kept our"
            + " default 0 (off)",
        "chat -1001000000002: antiflood_settings.action = 'warn' is not a mode we have (ban, kick, mute): kept our"
            + " default mute",
        "chat -1001000000002: captcha_settings.captcha_mode = 'emoji' is not a mode we have (math, text): kept our"
            + " default math",
        "chat -1001000000002: antiraid_settings.raid_time = 0 is out of range (1 to 31622400): kept our default 21600",
        "chat -1001000000001: notes.note_name = 'welcome' is the same as an earlier row once lowercased: row not"
            + " copied",
        "chat -1001000000001: notes.note_name = 'nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…' must have 1 to 100"
            + " characters: row not copied",
        "chat -1001000000002: notes.buttons = \"not an array\" is a JSON string, not an array: kept our default (none)",
        "chat -1001000000002: notes.msg_type = 42 is out of range (1 to 8): kept our default 1",
        "chat -1001000000001: filters.filter_buttons = {\"name\": \"x\"} is a JSON object, not an array: kept our"
            + " default (none)",
        "chat -1001000000002: greetings.welcome_type = 12 is out of range (1 to 8): kept our default 1",
        "chat -1001000000001: disable.command = 'bad command!' is not a command name (a-z, 0-9, _, up to 32): not"
            + " copied",
        "chat -1001000000001: reactions.keyword = '' is empty: row not copied",
        "chat -1001000000001: report_chat_settings.blocked_list holds \"x\", which is not a Telegram id: left out",
        "chat -5555: pins.chat_id names a chat that is not in chats: row not copied")) {
      assertTrue(problems.contains(expected), expected + " not in\n" + String.join("\n", problems));
    }
    assertEquals(23, problems.size(), String.join("\n", problems));
    String table = report.format();
    assertTrue(table.startsWith("table "), table);
    assertTrue(table.contains("Committed"), table);
  }

  @Test
  void aSecondRunChangesNothing() {
    AdoptionReport first = adopt(false);
    Map<String, String> before = snapshot();
    long audit = Long.parseLong(ours.text("SELECT count(*) FROM audit_log"));

    AdoptionReport second = adopt(false);

    assertEquals(before, snapshot());
    assertEquals(0, second.written(), second.format());
    assertEquals(audit, Long.parseLong(ours.text("SELECT count(*) FROM audit_log")));
    for (AdoptionReport.TableCount t : second.tables()) {
      AdoptionReport.TableCount f = first.count(t.table());
      assertEquals(f.written() + f.unchanged(), t.unchanged(), t.table());
      assertEquals(f.read(), t.read(), t.table());
    }
  }

  @Test
  void aDryRunPrintsTheSameTableAndChangesNothing() {
    Map<String, String> before = snapshot();

    AdoptionReport dry = adopt(true);

    assertEquals(before, snapshot());
    assertTrue(dry.dryRun());
    assertTrue(dry.format().contains("Dry run"), dry.format());
    assertEquals(dry.tables(), adopt(false).tables());
  }

  @Test
  void aFailureMidwayRollsEverythingBack() {
    ours.execute("CREATE FUNCTION refuse_notes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        + " RAISE EXCEPTION 'notes are full'; END $$");
    ours.execute("CREATE TRIGGER refuse_notes BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION refuse_notes()");
    Map<String, String> before = snapshot();

    AdoptionException e = assertThrows(AdoptionException.class, () -> adopt(false));

    assertTrue(e.getMessage().startsWith("Adoption failed and was rolled back, the target is unchanged: "),
        e.getMessage());
    assertTrue(e.getMessage().contains("notes are full"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertEquals(before, snapshot());
    assertEquals("0", ours.text("SELECT count(*) FROM users"));
  }

  @Test
  void theSourceIsOnlyRead() throws SQLException {
    String before = snapshotOf(go, List.of("users", "chats", "notes", "captcha_attempts"));
    try (Connection source = go.connect(); Connection target = ours.connect()) {
      GoAlitaAdoption.adopt(source, target, false);
      assertTrue(source.isReadOnly());
    }
    assertEquals(before, snapshotOf(go, List.of("users", "chats", "notes", "captcha_attempts")));
  }

  @Test
  void theSourceSessionRefusesWrites() throws SQLException {
    var settings = io.alita.postgres.config.DatabaseUrl.parse(go.databaseUrl());
    try (Connection c = GoAlitaAdoption.openSource(settings); Statement st = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> st.execute("CREATE TABLE intruder (id int)"));
      assertTrue(e.getMessage().contains("read-only transaction"), e.getMessage());
    }
  }

  @Test
  void aSourceThatIsNotAGoAlitaDatabaseIsRefused() throws SQLException {
    TestDatabase.Coordinates alsoOurs = TestDatabase.migrated();
    try (Connection source = alsoOurs.connect(); Connection target = ours.connect()) {
      AdoptionException e = assertThrows(AdoptionException.class, () -> GoAlitaAdoption.adopt(source, target, false));
      assertTrue(e.getMessage().contains("is not a Go Alita Robot database"), e.getMessage());
      assertTrue(e.getMessage().endsWith("give --from the DATABASE_URL the Go bot used"), e.getMessage());
    }
    TestDatabase.Coordinates old = TestDatabase.create();
    old.execute("CREATE TABLE schema_migrations (version varchar(255) PRIMARY KEY, executed_at timestamp)");
    old.execute("CREATE TABLE users (id bigint)");
    try (Connection source = old.connect(); Connection target = ours.connect()) {
      AdoptionException e = assertThrows(AdoptionException.class, () -> GoAlitaAdoption.adopt(source, target, false));
      assertTrue(e.getMessage().contains("at an older schema (no table admin, "), e.getMessage());
    }
    assertEquals("0", ours.text("SELECT count(*) FROM users"));
  }

  @Test
  void anUnreachableSourceIsOneLineNamingTheFix() {
    var settings = io.alita.postgres.config.DatabaseUrl.parse(
        "postgres://nobody:secret@127.0.0.1:1/gone?sslmode=disable&connect_timeout=2");
    AdoptionException e = assertThrows(AdoptionException.class, () -> GoAlitaAdoption.openSource(settings));
    assertTrue(e.getMessage().startsWith("Cannot reach the Go Alita database postgres://nobody:***@127.0.0.1:1/gone"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("check the URL given to --from and that the server is up"), e.getMessage());
    assertFalse(e.getMessage().contains("secret"));
  }

  @Test
  void theWorkersStoresReadTheAdoptedData() {
    adopt(false);
    Sessions sessions = new Sessions(MyBatis.sessionFactory(ours.dataSource()));

    ChatRules rules = new MyBatisRulesStore(sessions).find(ChatId.of(E));
    assertEquals("Будьте добры 🙂 *kind*", rules.source().orElseThrow());
    assertEquals("Read me", rules.button().orElseThrow().value());
    assertTrue(rules.privately());

    MyBatisNotesStore notes = new MyBatisNotesStore(sessions);
    var welcome = notes.find(ChatId.of(E), NoteName.parse("welcome").orElseThrow()).orElseThrow();
    assertEquals("Hi {first} 🙂", welcome.content().text());
    assertEquals("Site", welcome.content().buttons().rows().get(0).get(0).text());
    assertTrue(notes.privateMode(ChatId.of(E)));
    assertEquals(2, notes.list(ChatId.of(S)).size());
  }

  @Test
  void aRunAfterTheGoBotChangedARowWritesOnlyThatRow() throws SQLException {
    TestDatabase.Coordinates live = GoAlitaDatabase.schemaOnly();
    live.execute("INSERT INTO users (user_id, name) VALUES (7, 'Seven')");
    live.execute("INSERT INTO chats (chat_id, chat_name, users) VALUES (-1001000000007, 'Live', '[7]')");
    live.execute("INSERT INTO rules (chat_id, rules) VALUES (-1001000000007, 'old rules')");
    live.execute("INSERT INTO notes (chat_id, note_name, note_content) VALUES (-1001000000007, 'a', 'A'),"
        + " (-1001000000007, 'b', 'B')");
    try (Connection source = live.connect(); Connection target = ours.connect()) {
      GoAlitaAdoption.adopt(source, target, false);
    }
    live.execute("UPDATE rules SET rules = 'new rules'");
    live.execute("INSERT INTO notes (chat_id, note_name, note_content) VALUES (-1001000000007, 'c', 'C')");

    AdoptionReport again;
    try (Connection source = live.connect(); Connection target = ours.connect()) {
      again = GoAlitaAdoption.adopt(source, target, false);
    }

    assertEquals(new AdoptionReport.TableCount("rules", 1, 1, 0, 0), again.count("rules"));
    assertEquals(new AdoptionReport.TableCount("notes", 3, 1, 2, 0), again.count("notes"));
    assertEquals(2, again.written(), again.format());
    assertEquals("new rules", ours.text("SELECT rules FROM rules"));
  }

  @Test
  void aUserOfAPerUserTableThatIsNotInUsersIsNamedAsAUser() throws SQLException {
    TestDatabase.Coordinates orphan = GoAlitaDatabase.schemaOnly();
    orphan.execute("SET session_replication_role = replica;"
        + " INSERT INTO report_user_settings (user_id, enabled) VALUES (4242, false)");
    AdoptionReport report;
    try (Connection source = orphan.connect(); Connection target = ours.connect()) {
      report = GoAlitaAdoption.adopt(source, target, false);
    }
    assertEquals(List.of("user 4242: report_user_settings.user_id names a user who is not in users: row not copied"),
        report.problems().stream().map(Object::toString).toList());
  }

  @Test
  void aLargeChatCrossesTheBatchesAndIsCountedExactly() throws SQLException {
    TestDatabase.Coordinates big = GoAlitaDatabase.schemaOnly();
    big.execute("INSERT INTO users (user_id, name) SELECT n, 'user ' || n FROM generate_series(1, 1234) n");
    big.execute("INSERT INTO chats (chat_id, chat_name, users) SELECT -1001000000009, 'Big',"
        + " jsonb_agg(n) FROM generate_series(1, 1234) n");
    big.execute("INSERT INTO notes (chat_id, note_name, note_content) SELECT -1001000000009, 'note' || n, 'text ' || n"
        + " FROM generate_series(1, 1234) n");

    AdoptionReport first;
    AdoptionReport second;
    try (Connection source = big.connect(); Connection target = ours.connect()) {
      first = GoAlitaAdoption.adopt(source, target, false);
    }
    try (Connection source = big.connect(); Connection target = ours.connect()) {
      second = GoAlitaAdoption.adopt(source, target, false);
    }

    assertEquals(new AdoptionReport.TableCount("users", 1234, 1234, 0, 0), first.count("users"));
    assertEquals(new AdoptionReport.TableCount("chat_users (chats.users)", 1234, 1234, 0, 0),
        first.count("chat_users (chats.users)"));
    assertEquals(new AdoptionReport.TableCount("notes", 1234, 1234, 0, 0), first.count("notes"));
    assertEquals(new AdoptionReport.TableCount("notes", 1234, 0, 1234, 0), second.count("notes"));
    assertEquals("1234", ours.text("SELECT count(*) FROM chat_users WHERE chat_id = -1001000000009"));
    assertEquals("text 777", ours.text("SELECT note_content FROM notes WHERE note_name = 'note777'"));
  }

  // -------------------------------------------------------------------------------------------------------------

  private AdoptionReport adopt(boolean dryRun) {
    try (Connection source = go.connect(); Connection target = ours.connect()) {
      return GoAlitaAdoption.adopt(source, target, dryRun);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> rows(String sql) {
    return rows(ours, sql);
  }

  static List<String> rows(TestDatabase.Coordinates db, String sql) {
    try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          String v = rs.getString(i);
          cells.add(v == null ? "" : v.equals("t") ? "true" : v.equals("f") ? "false" : v);
        }
        out.add(String.join("|", cells));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private Map<String, String> snapshot() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String table : TARGET_TABLES) {
      out.put(table, snapshotOf(ours, List.of(table)));
    }
    return out;
  }

  private static String snapshotOf(TestDatabase.Coordinates db, List<String> tables) {
    StringBuilder sb = new StringBuilder();
    for (String table : tables) {
      sb.append(table).append(": ").append(String.join("\n",
          rows(db, "SELECT t::text FROM " + table + " t ORDER BY 1"))).append('\n');
    }
    return sb.toString();
  }
}
