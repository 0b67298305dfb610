package io.alita.postgres.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.backup.BackupFile;
import io.alita.domain.backup.BackupFiles;
import io.alita.domain.backup.BackupModule;
import io.alita.domain.backup.BackupRejected;
import io.alita.domain.backup.ImportReport;
import io.alita.domain.backup.Json;
import io.alita.domain.backup.JsonCodec;
import io.alita.domain.model.ChatId;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/** The backup store on a real PostgreSQL: every module out in the file's shape and back, with the original's files. */
class PostgresBackupStoreTest {

  private static final ChatId A = ChatId.of(-1001);
  private static final ChatId B = ChatId.of(-1002);
  private static final Set<BackupModule> ALL = BackupModule.all();

  private static TestDatabase.Coordinates db;
  private static Sessions sessions;
  private static PostgresBackupStore store;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    sessions = new Sessions(MyBatis.sessionFactory(db.dataSource()));
    store = new PostgresBackupStore(sessions);
  }

  @BeforeEach
  void emptyTables() {
    db.execute("TRUNCATE chats, users, approved_users CASCADE");
  }

  /** Chat A with rows in every module's tables. */
  private static void seedChatA() {
    db.execute("""
        INSERT INTO chats (chat_id, chat_type, chat_name) VALUES (-1001, 'supergroup', 'A');
        INSERT INTO users (user_id) VALUES (501), (502);
        INSERT INTO admin (chat_id, anon_admin) VALUES (-1001, true);
        INSERT INTO antiflood_settings (chat_id, flood_limit, action, action_seconds, delete_antiflood_message)
          VALUES (-1001, 7, 'tmute', 600, true);
        INSERT INTO antiraid_settings (chat_id, raid_time_seconds, raid_action_time_seconds, auto_antiraid_threshold)
          VALUES (-1001, 7200, 1800, 25);
        INSERT INTO approved_users (chat_id, user_id, reason, approved_by) VALUES (-1001, 777, 'trusted', 501);
        INSERT INTO blacklist_settings (chat_id, action) VALUES (-1001, 'kick');
        INSERT INTO blacklists (chat_id, word) VALUES (-1001, 'spam');
        INSERT INTO blacklists (chat_id, word, action, action_seconds) VALUES (-1001, 'scam', 'tban', 3600);
        INSERT INTO captcha_settings (chat_id, enabled, captcha_mode, timeout, failure_action, max_attempts)
          VALUES (-1001, true, 'text', 5, 'ban', 4);
        INSERT INTO connection_settings (chat_id, allow_connect) VALUES (-1001, true);
        INSERT INTO disable (chat_id, command) VALUES (-1001, 'id'), (-1001, 'info');
        INSERT INTO disable_chat_settings (chat_id, delete_commands) VALUES (-1001, true);
        INSERT INTO filters (chat_id, keyword, filter_reply, msgtype, nonotif, filter_buttons) VALUES (-1001, 'hello',
          'Hi there', 1, true, '[{"name": "Site", "url": "https://example.org/", "btn_sameline": false}]');
        INSERT INTO filters (chat_id, keyword, msgtype, fileid) VALUES (-1001, 'cat', 4, 'AgADcat');
        INSERT INTO greetings (chat_id, clean_service_settings, welcome_enabled, welcome_text, welcome_type,
            welcome_btns, welcome_clean_old, welcome_last_msg_id, goodbye_enabled, goodbye_text, goodbye_file_id,
            goodbye_type, auto_approve)
          VALUES (-1001, true, false, 'Welcome {first}', 1,
            '[{"name": "A", "url": "https://a.example/", "btn_sameline": false},
              {"name": "B", "url": "https://b.example/", "btn_sameline": true}]', true, 42, true, 'Bye', 'CAADbye', 2,
            true);
        INSERT INTO locks (chat_id, lock_type, locked) VALUES (-1001, 'sticker', true), (-1001, 'url', false);
        INSERT INTO notes (chat_id, note_name, note_content, msg_type, web_preview, admin_only)
          VALUES (-1001, 'faq', 'Read it', 1, false, true);
        INSERT INTO notes (chat_id, note_name, file_id, msg_type, no_notif) VALUES (-1001, 'doc', 'BQADdoc', 3, true);
        INSERT INTO notes_settings (chat_id, private) VALUES (-1001, true);
        INSERT INTO pins (chat_id, clean_linked, anti_channel_pin) VALUES (-1001, true, true);
        INSERT INTO reactions (chat_id, keyword, emoji) VALUES (-1001, 'thanks', '👍');
        INSERT INTO report_chat_settings (chat_id, enabled, blocked_user_ids) VALUES (-1001, false, '{502,501}');
        INSERT INTO rules (chat_id, rules, rules_btn, private) VALUES (-1001, '*Be kind*', 'Read me', true);
        INSERT INTO warns_settings (chat_id, warn_limit, warn_mode, warn_mode_seconds) VALUES (-1001, 5, 'tban', 86400);
        INSERT INTO warns_users (chat_id, user_id, num_warns, reasons) VALUES (-1001, 501, 2, '["spam", "rude"]');
        """);
  }

  // ============================================ export ============================================

  @Test
  void everyModuleIsExportedInTheFilesShape() {
    seedChatA();

    Map<BackupModule, Json.Obj> out = store.export(A, ALL);

    assertEquals(ALL, out.keySet());
    assertEquals(new Json.Bool(true), at(out, BackupModule.ADMIN, "admin_settings.anon_admin"));
    assertEquals(num(-1001), at(out, BackupModule.ANTIFLOOD, "settings.chat_id"));
    assertEquals(num(7), at(out, BackupModule.ANTIFLOOD, "settings.limit"));
    assertEquals(str("tmute"), at(out, BackupModule.ANTIFLOOD, "settings.action"));
    assertEquals(num(600), at(out, BackupModule.ANTIFLOOD, "settings.action_seconds"));
    assertEquals(new Json.Bool(true), at(out, BackupModule.ANTIFLOOD, "settings.delete_antiflood_message"));
    assertEquals(num(7200), at(out, BackupModule.ANTIRAID, "settings.raid_time"));
    assertEquals(num(1800), at(out, BackupModule.ANTIRAID, "settings.raid_action_time"));
    assertEquals(num(25), at(out, BackupModule.ANTIRAID, "settings.auto_antiraid_threshold"));
    assertInstanceOf(Json.Str.class, at(out, BackupModule.ANTIRAID, "settings.updated_at"));
    assertEquals(num(777), at(out, BackupModule.APPROVALS, "approved_users.0.user_id"));
    assertEquals(str("trusted"), at(out, BackupModule.APPROVALS, "approved_users.0.reason"));
    assertEquals(num(501), at(out, BackupModule.APPROVALS, "approved_users.0.approved_by"));
    assertRfc3339(at(out, BackupModule.APPROVALS, "approved_users.0.created_at"));
    assertEquals(str("kick"), at(out, BackupModule.BLACKLISTS, "blacklist_mode"));
    assertEquals(str("kick"), at(out, BackupModule.BLACKLISTS, "settings.action"));
    assertEquals(str("scam"), at(out, BackupModule.BLACKLISTS, "entries.0.word"));
    assertEquals(str("tban"), at(out, BackupModule.BLACKLISTS, "entries.0.action"));
    assertEquals(num(3600), at(out, BackupModule.BLACKLISTS, "entries.0.action_seconds"));
    assertEquals(str("spam"), at(out, BackupModule.BLACKLISTS, "entries.1.word"));
    assertEquals(str("kick"), at(out, BackupModule.BLACKLISTS, "entries.1.action"));
    assertEquals(str("text"), at(out, BackupModule.CAPTCHA, "settings.captcha_mode"));
    assertEquals(num(5), at(out, BackupModule.CAPTCHA, "settings.timeout"));
    assertEquals(str("ban"), at(out, BackupModule.CAPTCHA, "settings.failure_action"));
    assertEquals(num(4), at(out, BackupModule.CAPTCHA, "settings.max_attempts"));
    assertEquals(new Json.Bool(true), at(out, BackupModule.CONNECTIONS, "settings.allow_connect"));
    assertEquals(new Json.Bool(true), at(out, BackupModule.DISABLING, "chat_settings.delete_commands"));
    assertEquals(str("id"), at(out, BackupModule.DISABLING, "commands.0.command"));
    assertEquals(new Json.Bool(true), at(out, BackupModule.DISABLING, "commands.1.disabled"));
    assertEquals(str("cat"), at(out, BackupModule.FILTERS, "filters.0.keyword"));
    assertEquals(num(4), at(out, BackupModule.FILTERS, "filters.0.msgtype"));
    assertEquals(str("AgADcat"), at(out, BackupModule.FILTERS, "filters.0.fileid"));
    assertEquals(str("Hi there"), at(out, BackupModule.FILTERS, "filters.1.filter_reply"));
    assertEquals(new Json.Bool(true), at(out, BackupModule.FILTERS, "filters.1.nonotif"));
    assertEquals(str("https://example.org/"), at(out, BackupModule.FILTERS, "filters.1.filter_buttons.0.url"));
    assertEquals(new Json.Bool(false), at(out, BackupModule.FILTERS, "filters.1.filter_buttons.0.btn_sameline"));
    assertEquals(new Json.Bool(true), at(out, BackupModule.GREETINGS, "settings.clean_service_settings"));
    assertEquals(new Json.Bool(false), at(out, BackupModule.GREETINGS, "settings.welcome_settings.welcome_enabled"));
    assertEquals(num(42), at(out, BackupModule.GREETINGS, "settings.welcome_settings.last_msg_id"));
    assertEquals(new Json.Bool(true), at(out, BackupModule.GREETINGS, "settings.welcome_settings.btns.1.btn_sameline"));
    assertEquals(str("Bye"), at(out, BackupModule.GREETINGS, "settings.goodbye_settings.text"));
    assertEquals(num(2), at(out, BackupModule.GREETINGS, "settings.goodbye_settings.type"));
    assertEquals(str("CAADbye"), at(out, BackupModule.GREETINGS, "settings.goodbye_settings.file_id"));
    assertEquals(new Json.Bool(true), at(out, BackupModule.GREETINGS, "settings.auto_approve"));
    assertEquals(str("sticker"), at(out, BackupModule.LOCKS, "locks.0.lock_type"));
    assertEquals(new Json.Bool(true), at(out, BackupModule.LOCKS, "locks.0.locked"));
    assertEquals(new Json.Bool(true), at(out, BackupModule.NOTES, "settings.private"));
    assertEquals(str("faq"), at(out, BackupModule.NOTES, "notes.1.note_name"));
    assertEquals(new Json.Bool(false), at(out, BackupModule.NOTES, "notes.1.web_preview"));
    assertEquals(new Json.Bool(true), at(out, BackupModule.NOTES, "notes.1.admin_only"));
    assertEquals(num(3), at(out, BackupModule.NOTES, "notes.0.msg_type"));
    assertEquals(new Json.Bool(true), at(out, BackupModule.PINS, "settings.anti_channel_pin"));
    assertEquals(str("👍"), at(out, BackupModule.REACTIONS, "reactions.0.emoji"));
    assertEquals(new Json.Bool(false), at(out, BackupModule.REPORTS, "settings.enabled"));
    assertEquals(new Json.Bool(false), at(out, BackupModule.REPORTS, "settings.status"));
    assertEquals(new Json.Arr(List.of(num(501), num(502))), at(out, BackupModule.REPORTS, "settings.blocked_list"));
    assertEquals(str("*Be kind*"), at(out, BackupModule.RULES, "settings.rules"));
    assertEquals(str("Read me"), at(out, BackupModule.RULES, "settings.rules_btn"));
    assertEquals(num(5), at(out, BackupModule.WARNS, "warn_settings.warn_limit"));
    assertEquals(str("tban"), at(out, BackupModule.WARNS, "warn_settings.warn_mode"));
    assertEquals(num(86400), at(out, BackupModule.WARNS, "warn_settings.warn_mode_seconds"));
    assertEquals(new Json.Arr(List.of(str("spam"), str("rude"))), at(out, BackupModule.WARNS, "warns.0.warns"));
    assertEquals(num(2), at(out, BackupModule.WARNS, "warns.0.num_warns"));
  }

  /** Field names are the original's (plus the three durations of ours, decision 0040) and empty fields are left out. */
  @Test
  void exportedObjectsHoldOnlyTheOriginalsFieldNames() {
    seedChatA();
    Map<BackupModule, Json.Obj> out = store.export(A, ALL);

    assertKeys(out.get(BackupModule.RULES), "settings", Set.of("chat_id", "rules", "rules_btn", "private"));
    assertKeys(out.get(BackupModule.ANTIFLOOD), "settings", Set.of("chat_id", "limit", "action", "action_seconds",
        "delete_antiflood_message"));
    assertKeys(out.get(BackupModule.NOTES), "notes.0", Set.of("chat_id", "note_name", "file_id", "msg_type",
        "web_preview", "no_notif"));
    assertKeys(out.get(BackupModule.NOTES), "notes.1", Set.of("chat_id", "note_name", "note_content", "msg_type",
        "admin_only", "web_preview"));
    assertKeys(out.get(BackupModule.GREETINGS), "settings", Set.of("clean_service_settings", "welcome_settings",
        "goodbye_settings", "auto_approve"));
    assertKeys(out.get(BackupModule.GREETINGS), "settings.goodbye_settings", Set.of("clean_old", "enabled", "text",
        "file_id", "type"));
    assertKeys(out.get(BackupModule.WARNS), "warns.0", Set.of("user_id", "chat_id", "num_warns", "warns",
        "updated_at"));
    assertKeys(out.get(BackupModule.LOCKS), "locks.1", Set.of("chat_id", "lock_type"));
    assertKeys(out.get(BackupModule.ADMIN), "", Set.of("admin_settings", "antiflood_settings", "blacklist_mode",
        "captcha_settings", "connection_settings"));
  }

  @Test
  void aFreshChatExportsDefaultsThatImportBackAsNothing() {
    db.execute("INSERT INTO chats (chat_id, chat_type) VALUES (-1001, 'supergroup')");
    Map<BackupModule, Json.Obj> fresh = store.export(A, ALL);

    assertEquals(num(3), at(fresh, BackupModule.WARNS, "warn_settings.warn_limit"));
    assertEquals(num(0), at(fresh, BackupModule.ANTIFLOOD, "settings.limit")); // written: the importer's default is 5
    assertEquals(new Json.Bool(false), at(fresh, BackupModule.CONNECTIONS, "settings.allow_connect"));
    assertEquals(new Json.Bool(true), at(fresh, BackupModule.GREETINGS, "settings.welcome_settings.welcome_enabled"));
    assertEquals(new Json.Arr(List.of()), at(fresh, BackupModule.NOTES, "notes"));

    ImportReport report = store.replace(B, fresh);

    assertTrue(report.changesNothing(), report.toString());
    assertEquals(List.of(), report.problems());
    assertEquals(List.of(), store.chatsWithData());
  }

  // ============================================ replace ============================================

  @Test
  void anExportReplacedIntoAnotherChatExportsTheSame() {
    seedChatA();
    Map<BackupModule, Json.Obj> a = store.export(A, ALL);

    ImportReport report = store.replace(B, a);

    assertEquals(List.of(), report.problems());
    assertEquals(withoutChatAndTimes(a), withoutChatAndTimes(store.export(B, ALL)));
    assertEquals(2, change(report, BackupModule.NOTES).added() - 1); // 2 notes and the settings row
    assertEquals("1", db.text("SELECT count(*) FROM warns_users WHERE chat_id = -1002 AND user_id = 501"));
  }

  @Test
  void aWholeFileWrittenAndReadByTheCodecImportsIntoAnotherChat() {
    seedChatA();
    Map<BackupModule, Json.Obj> a = store.export(A, ALL);
    byte[] bytes = BackupFiles.write(new BackupFile(BackupFile.WRITTEN_VERSION, java.time.Instant.parse(
        "2026-12-08T04:00:00Z"), BackupFile.BOT_NAME, A.value(), "A", 501, List.copyOf(ALL), a));

    ImportReport report = store.replace(B, BackupFiles.read(bytes).data());

    assertEquals(List.of(), report.problems());
    assertEquals(withoutChatAndTimes(a), withoutChatAndTimes(store.export(B, ALL)));
  }

  @Test
  void replacingTwiceChangesNothingTheSecondTime() {
    seedChatA();
    Map<BackupModule, Json.Obj> a = store.export(A, ALL);
    store.replace(B, a);

    ImportReport again = store.replace(B, a);

    assertTrue(again.changesNothing(), again.toString());
    ImportReport self = store.replace(A, a);
    assertTrue(self.changesNothing(), self.toString());
  }

  @Test
  void replaceRemovesRowsNotInTheFileAndCountsChanges() {
    seedChatA();
    Map<BackupModule, Json.Obj> data = parse("""
        {"notes": {"settings": {"chat_id": -1001}, "notes": [{"note_name": "faq", "note_content": "Read it again"}]},
         "locks": {"locks": []},
         "rules": {"settings": {"rules": "*Be kind*", "rules_btn": "Read me", "private": true}}}
        """);

    ImportReport report = store.replace(A, data);

    assertEquals(new ImportReport.ModuleChange(BackupModule.NOTES, 0, 2, 1), change(report, BackupModule.NOTES));
    assertEquals(new ImportReport.ModuleChange(BackupModule.LOCKS, 0, 0, 2), change(report, BackupModule.LOCKS));
    assertTrue(change(report, BackupModule.RULES).isEmpty());
    assertEquals("faq|Read it again|true|false", db.text("SELECT string_agg(note_name || '|' || note_content || '|' ||"
        + " web_preview || '|' || admin_only, ',') FROM notes WHERE chat_id = -1001"));
    assertEquals("f", db.text("SELECT private FROM notes_settings WHERE chat_id = -1001"));
    assertEquals("0", db.text("SELECT count(*) FROM locks WHERE chat_id = -1001"));
    assertEquals("1", db.text("SELECT count(*) FROM filters WHERE chat_id = -1001 AND keyword = 'cat'"));
  }

  @Test
  void theOriginalsFileImportsWithTheColumnDefaultsForWhatItLeavesOut() {
    Map<BackupModule, Json.Obj> data = fixture("original-1.1.json");
    assertEquals(17, data.size());

    ImportReport report = store.replace(B, data);

    assertEquals(List.of(), report.problems());
    assertEquals("t", db.text("SELECT anon_admin FROM admin WHERE chat_id = -1002"));
    assertEquals("5|ban|false", db.text("SELECT flood_limit || '|' || action || '|' || delete_antiflood_message"
        + " FROM antiflood_settings WHERE chat_id = -1002"));
    assertEquals("21600|3600|20", db.text("SELECT raid_time_seconds || '|' || raid_action_time_seconds || '|' ||"
        + " auto_antiraid_threshold FROM antiraid_settings WHERE chat_id = -1002"));
    assertEquals("111|friend|12345|2026-01-02 03:04:05+00,112||0", db.text("SELECT string_agg(user_id || '|' || reason"
        + " || '|' || approved_by || CASE WHEN user_id = 111 THEN '|' || (created_at AT TIME ZONE 'UTC')::text || '+00'"
        + " ELSE '' END, ',' ORDER BY user_id) FROM approved_users WHERE chat_id = -1002"));
    assertEquals("none", db.text("SELECT action FROM blacklist_settings WHERE chat_id = -1002"));
    assertEquals("badword|,spam|", db.text("SELECT string_agg(word || '|' || coalesce(action, ''), ',' ORDER BY word)"
        + " FROM blacklists WHERE chat_id = -1002"));
    assertEquals("true|math|2|kick|3", db.text("SELECT enabled || '|' || captcha_mode || '|' || timeout || '|' ||"
        + " failure_action || '|' || max_attempts FROM captcha_settings WHERE chat_id = -1002"));
    assertEquals("t", db.text("SELECT allow_connect FROM connection_settings WHERE chat_id = -1002"));
    assertEquals("id,info", db.text("SELECT string_agg(command, ',' ORDER BY command) FROM disable"
        + " WHERE chat_id = -1002"));
    assertEquals("hello|Hi!|1|false|2", db.text("SELECT keyword || '|' || filter_reply || '|' || msgtype || '|' || nonotif"
        + " || '|' || jsonb_array_length(filter_buttons) FROM filters WHERE chat_id = -1002 AND keyword = 'hello'"));
    assertEquals("true|1|Hey {first}|false|1", db.text("SELECT welcome_enabled || '|' || welcome_type || '|' || welcome_text"
        + " || '|' || goodbye_enabled || '|' || goodbye_type FROM greetings WHERE chat_id = -1002"));
    assertEquals("sticker|true,url|false", db.text("SELECT string_agg(lock_type || '|' || locked, ',' ORDER BY lock_type)"
        + " FROM locks WHERE chat_id = -1002"));
    assertEquals("rules|Be nice|1|true|false", db.text("SELECT note_name || '|' || note_content || '|' || msg_type || '|' ||"
        + " web_preview || '|' || admin_only FROM notes WHERE chat_id = -1002"));
    assertEquals("false|true", db.text("SELECT clean_linked || '|' || anti_channel_pin FROM pins WHERE chat_id = -1002"));
    assertEquals("thanks|🙏", db.text("SELECT keyword || '|' || emoji FROM reactions WHERE chat_id = -1002"));
    assertEquals("true|{555}", db.text("SELECT enabled || '|' || blocked_user_ids::text FROM report_chat_settings"
        + " WHERE chat_id = -1002"));
    assertEquals("No spam||false", db.text("SELECT rules || '|' || coalesce(rules_btn, '') || '|' || private FROM rules"
        + " WHERE chat_id = -1002"));
    assertEquals("4|kick", db.text("SELECT warn_limit || '|' || warn_mode FROM warns_settings WHERE chat_id = -1002"));
    assertEquals("111|1|[\"flood\"],113|0|[]", db.text("SELECT string_agg(user_id || '|' || num_warns || '|' ||"
        + " reasons::text, ',' ORDER BY user_id) FROM warns_users WHERE chat_id = -1002"));
    // the warned users the bot had never seen got the rows their foreign key needs
    assertEquals("2", db.text("SELECT count(*) FROM users WHERE user_id IN (111, 113)"));
    assertEquals("group", db.text("SELECT chat_type FROM chats WHERE chat_id = -1002")); // a chat we had not seen
  }

  /** The domain's fixture of a 17-module export in the original's layout (domain test-jar). */
  @Test
  void theDomainsExportOfTheOriginalImportsAndExportsBackTheSameValues() {
    Map<BackupModule, Json.Obj> data = fixture("/io/alita/domain/backup/go-alita-export.json");

    ImportReport report = store.replace(B, data);

    // the one thing our schema does not keep: a blacklisted word's reason
    assertEquals(List.of("blacklists:entries[0].reason"), report.problems().stream()
        .map(p -> p.module().fileName() + ":" + p.field()).toList());
    Map<BackupModule, Json.Obj> back = store.export(B, ALL);
    assertEquals(num(4), at(back, BackupModule.WARNS, "warn_settings.warn_limit"));
    assertEquals(new Json.Arr(List.of(str("spam"), str("flood"))), at(back, BackupModule.WARNS, "warns.0.warns"));
    assertEquals(str("ban"), at(back, BackupModule.BLACKLISTS, "blacklist_mode"));
    assertEquals(str("spam*"), at(back, BackupModule.BLACKLISTS, "entries.0.word"));
    assertEquals(num(4242), at(back, BackupModule.GREETINGS, "settings.welcome_settings.last_msg_id"));
    assertEquals(new Json.Arr(List.of(num(777), num(888))), at(back, BackupModule.REPORTS, "settings.blocked_list"));
    assertEquals(str("Rules"), at(back, BackupModule.RULES, "settings.rules_btn"));
    assertEquals(str("kickme"), at(back, BackupModule.DISABLING, "commands.0.command"));
    for (BackupModule m : List.of(BackupModule.ANTIRAID, BackupModule.CAPTCHA, BackupModule.LOCKS,
        BackupModule.REACTIONS, BackupModule.RULES)) {
      assertEquals(withoutChatAndTimes(data.get(m)), withoutChatAndTimes(back.get(m)), m.fileName());
    }
    // filters come back ordered by keyword
    assertEquals(Set.copyOf((List<?>) ((Map<?, ?>) withoutChatAndTimes(data.get(BackupModule.FILTERS))).get("filters")),
        Set.copyOf((List<?>) ((Map<?, ?>) withoutChatAndTimes(back.get(BackupModule.FILTERS))).get("filters")));
    assertEquals("t", db.text("SELECT allow_connect FROM connection_settings WHERE chat_id = -1002"));
  }

  @Test
  void aVersion10FileImportsToo() {
    ImportReport report = store.replace(B, fixture("original-1.0.json"));

    assertEquals(List.of(), report.problems());
    assertEquals("false|{}", db.text("SELECT enabled || '|' || blocked_user_ids::text FROM report_chat_settings"
        + " WHERE chat_id = -1002"));
    assertEquals("start|true|true", db.text("SELECT note_name || '|' || is_protected || '|' || web_preview FROM notes"
        + " WHERE chat_id = -1002"));
    assertEquals("Old rules|Rules|true", db.text("SELECT rules || '|' || rules_btn || '|' || private FROM rules"
        + " WHERE chat_id = -1002"));
    assertEquals(List.of(B), store.chatsWithData().stream().filter(B::equals).toList());
  }

  @Test
  void aModuleOfTheWrongShapeRefusesTheFileAndChangesNothing() {
    seedChatA();
    for (String broken : List.of("{\"notes\": {\"notes\": {}}}", "{\"notes\": {\"notes\": [\"faq\"]}}",
        "{\"rules\": {\"settings\": \"Be kind\"}}")) {
      Map<BackupModule, Json.Obj> data = parse(broken);
      BackupRejected refused = assertThrows(BackupRejected.class, () -> store.replace(A, data), broken);
      assertEquals(BackupRejected.Reason.NOT_A_BACKUP, refused.reason());
      assertThrows(BackupRejected.class, () -> store.preview(A, data), broken);
    }
    assertEquals("notes.notes is an object, not an array",
        assertThrows(BackupRejected.class, () -> store.replace(A, parse("{\"notes\": {\"notes\": {}}}"))).detail());
    assertEquals("2", db.text("SELECT count(*) FROM notes WHERE chat_id = -1001"));
    assertEquals("*Be kind*", db.text("SELECT rules FROM rules WHERE chat_id = -1001"));
  }

  @Test
  void refusedValuesKeepOurDefaultsAndAreReported() {
    String longName = "n".repeat(101);
    Map<BackupModule, Json.Obj> data = parse("""
        {"warns": {"warn_settings": {"warn_limit": 500, "warn_mode": "explode"},
                   "warns": [{"user_id": "me", "warns": []}, {"user_id": 9, "num_warns": 1.5, "warns": "x"}]},
         "locks": {"locks": [{"lock_type": "nonsense", "locked": true}, {"lock_type": "Sticker", "locked": "yes"}]},
         "notes": {"notes": [{"note_name": "%s"}, {"note_name": "Dup"}, {"note_name": "dup"},
                             {"note_name": "ok", "msg_type": 42, "buttons": [{"name": "x", "url": "javascript:alert(1)"}]}]},
         "captcha": {"settings": {"captcha_mode": "emoji", "timeout": 0, "max_attempts": 11}},
         "antiflood": {"settings": {"limit": 2, "action": "tmute"}},
         "rules": {"settings": {"rules": "ok", "rules_btn": "%s"}},
         "disabling": {"commands": [{"command": "/Bad Command!"}, {"command": "/ID"}]}}
        """.formatted(longName, "b".repeat(31)));

    ImportReport report = store.replace(B, data);

    Map<String, String> problems = new LinkedHashMap<>();
    for (ImportReport.Problem p : report.problems()) {
      problems.put(p.module().fileName() + ":" + p.field(), p.message());
    }
    assertTrue(problems.get("warns:warn_settings.warn_limit").contains("kept our default 3"), problems.toString());
    assertTrue(problems.get("warns:warn_settings.warn_mode").contains("kept our default mute"));
    assertTrue(problems.containsKey("warns:warns[0].user_id"));
    assertTrue(problems.containsKey("warns:warns[1].num_warns"));
    assertTrue(problems.containsKey("warns:warns[1].warns"));
    assertTrue(problems.get("locks:locks[0].lock_type").contains("not imported"));
    assertTrue(problems.containsKey("locks:locks[1].locked"));
    assertTrue(problems.containsKey("notes:notes[0].note_name"));
    assertTrue(problems.get("notes:notes[2].note_name").contains("earlier row"));
    assertTrue(problems.containsKey("notes:notes[3].msg_type"));
    assertTrue(problems.containsKey("notes:notes[3].buttons[0]"));
    assertTrue(problems.containsKey("captcha:settings.captcha_mode"));
    assertTrue(problems.containsKey("captcha:settings.timeout"));
    assertTrue(problems.containsKey("captcha:settings.max_attempts"));
    assertTrue(problems.containsKey("antiflood:settings.limit"));
    assertTrue(problems.get("antiflood:settings.action").contains("needs action_seconds"));
    assertTrue(problems.containsKey("rules:settings.rules_btn"));
    assertTrue(problems.containsKey("disabling:commands[0].command"));

    // every refused setting kept its default, which is what a chat without a row has: no row written
    assertEquals("0", db.text("SELECT count(*) FROM warns_settings WHERE chat_id = -1002"));
    assertEquals("9|0|[]", db.text("SELECT user_id || '|' || num_warns || '|' || reasons::text FROM warns_users"
        + " WHERE chat_id = -1002"));
    assertEquals("sticker|false", db.text("SELECT string_agg(lock_type || '|' || locked, ',') FROM locks"
        + " WHERE chat_id = -1002"));
    assertEquals("dup|1,ok|1|t", db.text("SELECT string_agg(note_name || '|' || msg_type || CASE WHEN buttons IS NULL"
        + " AND note_name = 'ok' THEN '|t' ELSE '' END, ',' ORDER BY note_name) FROM notes WHERE chat_id = -1002"));
    assertEquals("0", db.text("SELECT count(*) FROM captcha_settings WHERE chat_id = -1002")); // all defaults kept
    assertEquals("5|mute", db.text("SELECT flood_limit || '|' || action FROM antiflood_settings WHERE chat_id = -1002"));
    assertEquals("ok|", db.text("SELECT rules || '|' || coalesce(rules_btn, '') FROM rules WHERE chat_id = -1002"));
    assertEquals("id", db.text("SELECT string_agg(command, ',') FROM disable WHERE chat_id = -1002"));
  }

  @Test
  void valuesTheDatabaseWouldRefuseAreReportedNotFailed() {
    Map<BackupModule, Json.Obj> data = parse("""
        {"rules": {"settings": {"rules": "a\\u0000b"}},
         "approvals": {"approved_users": [{"user_id": 5, "created_at": "+10000-01-01T00:00:00Z"},
                                          {"user_id": 6, "created_at": "yesterday"},
                                          {"user_id": 99999999999999999999999}]}}
        """);

    ImportReport report = store.replace(B, data);

    assertEquals(List.of("rules:settings.rules", "approvals:approved_users[0].created_at",
        "approvals:approved_users[1].created_at", "approvals:approved_users[2].user_id"),
        report.problems().stream().map(p -> p.module().fileName() + ":" + p.field()).sorted(
            java.util.Comparator.comparing((String f) -> !f.startsWith("rules")).thenComparing(f -> f)).toList());
    assertEquals("ab", db.text("SELECT rules FROM rules WHERE chat_id = -1002"));
    assertEquals("5,6", db.text("SELECT string_agg(user_id::text, ',' ORDER BY user_id) FROM approved_users"
        + " WHERE chat_id = -1002 AND created_at > now() - interval '1 hour'"));
  }

  @Test
  void theAdminModulesCopiesOfOtherSettingsApplyOnlyWithoutTheirOwnModule() {
    Map<BackupModule, Json.Obj> adminOnly = parse("""
        {"admin": {"admin_settings": {"anon_admin": true}, "antiflood_settings": {"limit": 12, "action": "kick"},
                   "blacklist_mode": "ban", "connection_settings": {}}}
        """);

    ImportReport report = store.replace(B, adminOnly);

    assertEquals(new ImportReport.ModuleChange(BackupModule.ADMIN, 4, 0, 0), change(report, BackupModule.ADMIN));
    assertEquals("12|kick", db.text("SELECT flood_limit || '|' || action FROM antiflood_settings WHERE chat_id = -1002"));
    assertEquals("ban", db.text("SELECT action FROM blacklist_settings WHERE chat_id = -1002"));
    assertEquals("t", db.text("SELECT allow_connect FROM connection_settings WHERE chat_id = -1002"));

    Map<BackupModule, Json.Obj> both = new EnumMap<>(adminOnly);
    both.put(BackupModule.ANTIFLOOD, parse("""
        {"antiflood": {"settings": {"limit": 20, "action": "ban"}}}""").get(BackupModule.ANTIFLOOD));
    store.replace(B, both);
    assertEquals("20|ban", db.text("SELECT flood_limit || '|' || action FROM antiflood_settings WHERE chat_id = -1002"));
  }

  // ============================================ preview, reset, transactions ============================================

  @Test
  void previewChangesNothingOutsideATransaction() {
    seedChatA();
    Map<BackupModule, Json.Obj> a = store.export(A, ALL);
    String before = snapshot();

    ImportReport preview = store.preview(B, a);
    ImportReport reset = store.preview(A, emptyModules());

    assertEquals(before, snapshot());
    assertFalse(preview.changesNothing());
    assertEquals(store.replace(B, a), preview);
    assertFalse(reset.changesNothing());
  }

  @Test
  void previewInsideATransactionUndoesOnlyItself() {
    seedChatA();
    Map<BackupModule, Json.Obj> a = store.export(A, ALL);

    ImportReport preview = sessions.inTransaction(() -> {
      sessions.run(s -> s.getConnection()); // the transaction's connection is taken
      db.execute("SELECT 1");
      store.reset(A, Set.of(BackupModule.RULES)); // a write of the transaction before the preview
      ImportReport p = store.preview(B, a);
      assertEquals(List.of(), store.export(B, Set.of(BackupModule.NOTES)).get(BackupModule.NOTES).get("notes")
          .map(n -> ((Json.Arr) n).items()).orElseThrow());
      return p;
    });

    assertFalse(preview.changesNothing());
    assertEquals("0", db.text("SELECT count(*) FROM rules WHERE chat_id = -1001")); // the earlier write was kept
    assertEquals("0", db.text("SELECT count(*) FROM notes WHERE chat_id = -1002"));
  }

  @Test
  void previewResetGivesTheResetsCountsAndChangesNothing() {
    seedChatA();
    String before = snapshot();

    ImportReport outside = store.previewReset(A, ALL);
    ImportReport inside = sessions.inTransaction(() -> store.previewReset(A, ALL));

    assertEquals(before, snapshot());
    assertEquals(outside, inside);
    assertEquals(new ImportReport.ModuleChange(BackupModule.CONNECTIONS, 0, 0, 1),
        change(outside, BackupModule.CONNECTIONS));
    assertEquals(store.reset(A, ALL), outside);
    assertEquals(List.of(), store.chatsWithData());
  }

  @Test
  void resetDeletesTheChosenModulesRows() {
    seedChatA();

    ImportReport report = store.reset(A, Set.of(BackupModule.NOTES, BackupModule.WARNS, BackupModule.PINS));

    assertEquals(new ImportReport.ModuleChange(BackupModule.NOTES, 0, 0, 3), change(report, BackupModule.NOTES));
    assertEquals(new ImportReport.ModuleChange(BackupModule.WARNS, 0, 0, 2), change(report, BackupModule.WARNS));
    assertEquals(new ImportReport.ModuleChange(BackupModule.PINS, 0, 0, 1), change(report, BackupModule.PINS));
    assertEquals("0", db.text("SELECT count(*) FROM notes WHERE chat_id = -1001"));
    assertEquals("2", db.text("SELECT count(*) FROM filters WHERE chat_id = -1001"));
    db.execute("INSERT INTO chats (chat_id, chat_type) VALUES (-1003, 'supergroup')");
    assertEquals(store.export(ChatId.of(-1003), Set.of(BackupModule.NOTES)).get(BackupModule.NOTES),
        store.export(A, Set.of(BackupModule.NOTES)).get(BackupModule.NOTES).fields().entrySet().stream()
            .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> e.getKey().equals("settings") ? new Json.Obj(Map.of("chat_id", num(-1003)))
                    : e.getValue(), (x, y) -> x, LinkedHashMap::new), Json.Obj::new)));
  }

  @Test
  void aWriteThatFailsInTheMiddleRollsBackEveryModule() {
    seedChatA();
    Map<BackupModule, Json.Obj> data = parse("""
        {"rules": {"settings": {"rules": "new rules"}},
         "warns": {"warn_settings": {"warn_limit": 3}, "warns": [{"user_id": 501, "num_warns": 5000, "warns": []}]}}
        """);
    db.execute("ALTER TABLE warns_users ADD CONSTRAINT test_fails CHECK (num_warns < 1000)");
    try {
      assertThrows(RuntimeException.class, () -> store.replace(A, data));
      assertThrows(RuntimeException.class, () -> sessions.inTransaction(() -> {
        store.reset(A, Set.of(BackupModule.NOTES));
        return store.replace(A, data);
      }));
    } finally {
      db.execute("ALTER TABLE warns_users DROP CONSTRAINT test_fails");
    }

    assertEquals("*Be kind*", db.text("SELECT rules FROM rules WHERE chat_id = -1001"));
    assertEquals("2", db.text("SELECT num_warns FROM warns_users WHERE chat_id = -1001"));
    assertEquals("2", db.text("SELECT count(*) FROM notes WHERE chat_id = -1001"));
  }

  @Test
  void writesNotifyTheWorkersChangeListener() throws Exception {
    seedChatA();
    try (Connection listener = db.connect(); Statement st = listener.createStatement()) {
      st.execute("LISTEN alita_chat_changed");
      store.replace(B, Map.of(BackupModule.RULES, store.export(A, Set.of(BackupModule.RULES)).get(BackupModule.RULES)));
      List<String> heard = new ArrayList<>();
      long deadline = System.currentTimeMillis() + 5000;
      while (!heard.contains("-1002") && System.currentTimeMillis() < deadline) {
        PGNotification[] got = listener.unwrap(PGConnection.class).getNotifications(200);
        if (got != null) {
          for (PGNotification n : got) {
            heard.add(n.getParameter());
          }
        }
      }
      assertTrue(heard.contains("-1002"), heard.toString());
    }
  }

  @Test
  void chatsWithDataAreTheGroupsWithRowsInOrder() {
    seedChatA();
    db.execute("INSERT INTO chats (chat_id, chat_type) VALUES (-1005, 'group'), (-1004, 'supergroup'), (42, 'private')");
    db.execute("INSERT INTO rules (chat_id, rules) VALUES (-1005, 'x'), (42, 'y')");

    assertEquals(List.of(ChatId.of(-1005), A), store.chatsWithData());
  }

  // ============================================ helpers ============================================

  private static Map<BackupModule, Json.Obj> emptyModules() {
    Map<BackupModule, Json.Obj> data = new EnumMap<>(BackupModule.class);
    for (BackupModule m : ALL) {
      data.put(m, new Json.Obj(Map.of()));
    }
    return data;
  }

  private static String snapshot() {
    StringBuilder out = new StringBuilder();
    for (String t : List.of("admin", "antiflood_settings", "antiraid_settings", "approved_users", "blacklist_settings",
        "blacklists", "captcha_settings", "connection_settings", "disable", "disable_chat_settings", "filters",
        "greetings", "locks", "notes", "notes_settings", "pins", "reactions", "report_chat_settings", "rules",
        "warns_settings", "warns_users", "chats", "users")) {
      out.append(t).append('=').append(db.text("SELECT coalesce(string_agg(x::text, ';' ORDER BY x::text), '') FROM "
          + t + " x")).append('\n');
    }
    return out.toString();
  }

  private static ImportReport.ModuleChange change(ImportReport report, BackupModule module) {
    return report.changes().stream().filter(c -> c.module() == module).findFirst().orElseThrow();
  }

  private static Map<BackupModule, Json.Obj> parse(String json) {
    Json.Obj obj = (Json.Obj) JsonCodec.read(json.getBytes(StandardCharsets.UTF_8));
    Map<BackupModule, Json.Obj> data = new EnumMap<>(BackupModule.class);
    obj.fields().forEach((k, v) -> data.put(BackupModule.named(k).orElseThrow(), (Json.Obj) v));
    return data;
  }

  private static Map<BackupModule, Json.Obj> fixture(String name) {
    try (InputStream in = PostgresBackupStoreTest.class.getResourceAsStream(name)) {
      return BackupFiles.read(in.readAllBytes()).data(); // the domain's strict reader, as an import reads a file
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Json num(long n) {
    return new Json.Num(java.math.BigDecimal.valueOf(n));
  }

  private static Json str(String s) {
    return new Json.Str(s);
  }

  private static void assertRfc3339(Json v) {
    String s = ((Json.Str) v).value();
    assertTrue(s.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), s);
  }

  private static Json at(Map<BackupModule, Json.Obj> out, BackupModule module, String path) {
    Json v = out.get(module);
    if (path.isEmpty()) {
      return v;
    }
    for (String part : path.split("\\.")) {
      if (v instanceof Json.Arr arr) {
        v = arr.items().get(Integer.parseInt(part));
      } else {
        Json current = v;
        v = ((Json.Obj) v).get(part).orElseThrow(() -> new AssertionError(module + " " + path + ": no " + part
            + " in " + current));
      }
    }
    return v;
  }

  private static void assertKeys(Json.Obj module, String path, Set<String> keys) {
    Map<BackupModule, Json.Obj> holder = Map.of(BackupModule.RULES, module);
    Json.Obj obj = (Json.Obj) at(holder, BackupModule.RULES, path);
    assertEquals(keys, obj.fields().keySet(), path);
  }

  /** The same file with the chat ids and the timestamps taken out. */
  private static Object withoutChatAndTimes(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(k, withoutChatAndTimes(x)));
      return out;
    }
    if (v instanceof Json.Obj o) {
      Map<String, Object> out = new LinkedHashMap<>();
      o.fields().forEach((k, x) -> {
        if (!k.equals("chat_id") && !k.endsWith("_at")) {
          out.put(k, withoutChatAndTimes(x));
        }
      });
      return out;
    }
    if (v instanceof Json.Arr a) {
      return a.items().stream().map(PostgresBackupStoreTest::withoutChatAndTimes).toList();
    }
    return v;
  }
}
