package io.alita.postgres.warns;

import io.alita.domain.dispatch.AlreadyApplied;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.penalty.PenaltyMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.update.UpdateId;
import io.alita.domain.warns.WarnCount;
import io.alita.domain.warns.WarnLimit;
import io.alita.domain.warns.WarnReason;
import io.alita.domain.warns.WarnSettings;
import io.alita.domain.warns.WarnStore;
import io.alita.domain.warns.WarnStoreContract;
import io.alita.domain.warns.WarnedMember;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import io.alita.postgres.transaction.MyBatisUpdateTransactions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store meets the shared contract (concurrent warns included), and what only the database shows. */
class MyBatisWarnStoreTest extends WarnStoreContract {

  private static TestDatabase.Coordinates db;
  private static Sessions sessions;
  private static MyBatisWarnStore store;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    javax.sql.DataSource ds = db.dataSource();
    sessions = new Sessions(MyBatis.sessionFactory(ds));
    store = new MyBatisWarnStore(sessions);
  }

  @BeforeEach
  void emptyTables() {
    db.execute("TRUNCATE warns_users, warns_settings, users, chats, processed_events CASCADE");
  }

  @Override
  protected WarnStore store() {
    return store;
  }

  @Test
  void theWarnedMembersOfAChatComeMostWarnsFirstWithTheNamesTheBotSaw() {
    store.addWarn(CHAT, ADA, new WarnReason("spam"));
    store.addWarn(CHAT, BOB, new WarnReason("flood"));
    store.addWarn(CHAT, BOB, new WarnReason("links"));
    store.addWarn(OTHER_CHAT, ADA, new WarnReason("elsewhere"));
    db.execute("UPDATE users SET name = 'Bob Babbage', username = 'bob_b' WHERE user_id = " + BOB.value());

    List<WarnedMember> warned = store.warnedIn(CHAT);

    assertEquals(List.of(
        new WarnedMember(BOB, Optional.of("Bob Babbage"), Optional.of("bob_b"),
            new WarnCount(2, List.of("flood", "links"))),
        new WarnedMember(ADA, Optional.empty(), Optional.empty(), new WarnCount(1, List.of("spam")))), warned);
    store.reset(CHAT, BOB);
    assertEquals(List.of(ADA), store.warnedIn(CHAT).stream().map(WarnedMember::user).toList());
  }

  @Test
  void aWarnInAChatAndForAUserNeverSeenCreatesTheirRows() {
    store.addWarn(CHAT, ADA, new WarnReason("spam"));

    assertEquals("1", db.text("SELECT count(*) FROM chats WHERE chat_id = " + CHAT.value()));
    assertEquals("1", db.text("SELECT count(*) FROM users WHERE user_id = " + ADA.value()));
  }

  @Test
  void rowsTheTrackerWroteAreLeftAsTheyAre() {
    db.execute("INSERT INTO chats (chat_id, chat_type, chat_name) VALUES (" + CHAT.value() + ", 'group', 'Engines')");
    db.execute("INSERT INTO users (user_id, name) VALUES (" + ADA.value() + ", 'Ada')");

    store.addWarn(CHAT, ADA, new WarnReason("spam"));
    store.setLimit(CHAT, new WarnLimit(4));

    assertEquals("group/Engines", db.text("SELECT chat_type || '/' || chat_name FROM chats WHERE chat_id = " + CHAT.value()));
    assertEquals("Ada", db.text("SELECT name FROM users WHERE user_id = " + ADA.value()));
  }

  @Test
  void reasonsAreStoredAsAJsonArrayOfStrings() {
    store.addWarn(CHAT, ADA, new WarnReason("say \"hi\""));
    store.addWarn(CHAT, ADA, new WarnReason("second"));

    assertEquals("[\"say \\\"hi\\\"\", \"second\"]",
        db.text("SELECT reasons::text FROM warns_users WHERE user_id = " + ADA.value()));
    assertEquals("2", db.text("SELECT num_warns FROM warns_users WHERE user_id = " + ADA.value()));
  }

  @Test
  void aTimedModeIsStoredInSecondsAndAnUntimedOneWithout() {
    store.setMode(CHAT, PenaltyMode.TMUTE, Optional.of(Duration.ofHours(6)));
    assertEquals("tmute/21600", db.text("SELECT warn_mode || '/' || warn_mode_seconds FROM warns_settings"));

    store.setMode(CHAT, PenaltyMode.BAN, Optional.empty());
    assertEquals("ban/null", db.text("SELECT warn_mode || '/' || coalesce(warn_mode_seconds::text, 'null') FROM warns_settings"));
  }

  @Test
  void settingsWrittenByTheOriginalBotAreRead() {
    db.execute("INSERT INTO chats (chat_id) VALUES (" + CHAT.value() + ")");
    db.execute("INSERT INTO warns_settings (chat_id, warn_limit, warn_mode, warn_mode_seconds) VALUES ("
        + CHAT.value() + ", 10, 'tban', 86400)");

    assertEquals(new WarnSettings(new WarnLimit(10), PenaltyMode.TBAN, Optional.of(Duration.ofDays(1))),
        store.settings(CHAT));
  }

  @Test
  void warnsMadeInAnUpdateThatFailsAreRolledBack() {
    MyBatisUpdateTransactions transactions = new MyBatisUpdateTransactions(sessions);
    store.addWarn(CHAT, ADA, new WarnReason("before"));

    assertThrows(IllegalStateException.class, () -> transactions.handle(EventKey.update(new UpdateId(1)), w -> {
      w.write(() -> {
        store.addWarn(CHAT, ADA, new WarnReason("lost"));
        store.reset(CHAT, BOB);
      });
      throw new IllegalStateException("the handler failed after writing");
    }));

    assertEquals(new WarnCount(1, List.of("before")), store.warnsOf(CHAT, ADA));
  }

  @Test
  void aWarnAndItsResetAtTheLimitCommitTogetherOnce() {
    MyBatisUpdateTransactions transactions = new MyBatisUpdateTransactions(sessions);
    Runnable warnAndReset = () -> {
      store.addWarn(CHAT, ADA, new WarnReason("at the limit"));
      store.reset(CHAT, ADA);
    };

    EventKey key = EventKey.update(new UpdateId(2));
    transactions.handle(key, w -> {
      w.write(warnAndReset);
      return null;
    });
    assertThrows(AlreadyApplied.class, () -> transactions.handle(key, w -> {
      w.write(() -> store.addWarn(CHAT, ADA, new WarnReason("again")));
      return null;
    }));

    assertEquals(WarnCount.NONE, store.warnsOf(CHAT, ADA));
    assertEquals("0", db.text("SELECT count(*) FROM warns_users"));
  }

  @Test
  void anotherChatIdIsNeverTouched() {
    store.addWarn(ChatId.of(-5), UserId.of(7), new WarnReason("elsewhere"));
    store.resetAll(CHAT);

    assertEquals(1, store.warnsOf(ChatId.of(-5), UserId.of(7)).count());
  }
}
