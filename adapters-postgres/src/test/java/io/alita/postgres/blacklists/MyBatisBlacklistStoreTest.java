package io.alita.postgres.blacklists;

import io.alita.domain.penalty.PenaltyMode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.blacklists.BlacklistAction;
import io.alita.domain.blacklists.BlacklistEntry;
import io.alita.domain.blacklists.BlacklistStore;
import io.alita.domain.blacklists.BlacklistStoreContract;
import io.alita.domain.blacklists.ChatBlacklist;
import io.alita.domain.dispatch.AlreadyApplied;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.update.UpdateId;
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

/** The PostgreSQL store meets the shared contract (concurrent adds included), and what only the database shows. */
class MyBatisBlacklistStoreTest extends BlacklistStoreContract {

  private static TestDatabase.Coordinates db;
  private static Sessions sessions;
  private static MyBatisBlacklistStore store;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    sessions = new Sessions(MyBatis.sessionFactory(db.dataSource()));
    store = new MyBatisBlacklistStore(sessions);
  }

  @BeforeEach
  void emptyTables() {
    db.execute("TRUNCATE blacklists, blacklist_settings, chats, processed_events CASCADE");
  }

  @Override
  protected BlacklistStore store() {
    return store;
  }

  @Test
  void addingToAChatNeverSeenCreatesItsRowAndLeavesAKnownOneAlone() {
    store.add(CHAT, List.of(word("spam")));
    db.execute("INSERT INTO chats (chat_id, chat_type, chat_name) VALUES (" + OTHER_CHAT.value() + ", 'group', 'Engines')");
    store.add(OTHER_CHAT, List.of(word("eggs")));
    store.setAction(OTHER_CHAT, BlacklistAction.punish(PenaltyMode.KICK));

    assertEquals("1", db.text("SELECT count(*) FROM chats WHERE chat_id = " + CHAT.value()));
    assertEquals("group/Engines",
        db.text("SELECT chat_type || '/' || chat_name FROM chats WHERE chat_id = " + OTHER_CHAT.value()));
  }

  @Test
  void theChatsActionIsOneRowAndWordsCarryNone() {
    store.setAction(CHAT, BlacklistAction.punish(PenaltyMode.TMUTE, Duration.ofHours(6)));
    store.add(CHAT, List.of(word("spam"), word("eggs")));

    assertEquals("tmute/21600", db.text("SELECT action || '/' || action_seconds FROM blacklist_settings"));
    assertEquals("2", db.text("SELECT count(*) FROM blacklists WHERE action IS NULL AND action_seconds IS NULL"));
  }

  @Test
  void noneIsAcceptedByTheDatabase() {
    store.setAction(CHAT, BlacklistAction.NONE);
    store.add(CHAT, List.of(word("spam")));
    store.setOverride(CHAT, word("spam"), Optional.of(BlacklistAction.NONE));

    assertEquals("none", db.text("SELECT action FROM blacklist_settings"));
    assertEquals("none", db.text("SELECT action FROM blacklists"));
  }

  @Test
  void wordsAreStoredFoldedAsTheDatabaseCheckWants() {
    store.add(CHAT, List.of(word("ÄRGER"), word("ΣΟΦΟς"), word("Казино")));

    assertEquals("3", db.text("SELECT count(*) FROM blacklists WHERE word = lower(word)"));
    assertEquals("ärger,σοφοσ,казино", db.text("SELECT string_agg(word, ',' ORDER BY id) FROM blacklists"));
  }

  @Test
  void rowsWrittenByTheOriginalBotAreReadAndFoldedAgain() {
    db.execute("INSERT INTO chats (chat_id) VALUES (" + CHAT.value() + ")");
    db.execute("INSERT INTO blacklist_settings (chat_id, action, action_seconds) VALUES (" + CHAT.value() + ", 'tban', 86400)");
    db.execute("INSERT INTO blacklists (chat_id, word) VALUES (" + CHAT.value() + ", 'σοφος'), (" + CHAT.value()
        + ", 'σοφοσ'), (" + CHAT.value() + ", 'spam')");
    db.execute("UPDATE blacklists SET action = 'kick' WHERE word = 'spam'");

    ChatBlacklist list = store.blacklist(CHAT);

    assertEquals(BlacklistAction.punish(PenaltyMode.TBAN, Duration.ofDays(1)), list.action());
    assertEquals(List.of(new BlacklistEntry(word("spam"), Optional.of(BlacklistAction.punish(PenaltyMode.KICK))),
        BlacklistEntry.of(word("σοφοσ"))), list.entries());
  }

  @Test
  void wordsAddedInAnUpdateThatFailsAreRolledBack() {
    MyBatisUpdateTransactions transactions = new MyBatisUpdateTransactions(sessions);
    store.add(CHAT, List.of(word("kept")));

    assertThrows(IllegalStateException.class, () -> transactions.handle(EventKey.update(new UpdateId(1)), w -> {
      w.write(() -> {
        store.add(CHAT, List.of(word("lost")));
        store.setAction(CHAT, BlacklistAction.punish(PenaltyMode.BAN));
      });
      throw new IllegalStateException("the handler failed after writing");
    }));

    assertEquals(new ChatBlacklist(BlacklistAction.DEFAULT, List.of(BlacklistEntry.of(word("kept")))),
        store.blacklist(CHAT));
  }

  @Test
  void aRepeatedUpdateAddsNothing() {
    MyBatisUpdateTransactions transactions = new MyBatisUpdateTransactions(sessions);

    EventKey key = EventKey.update(new UpdateId(2));
    transactions.handle(key, w -> {
      w.write(() -> store.add(CHAT, List.of(word("spam"))));
      return null;
    });
    assertThrows(AlreadyApplied.class, () -> transactions.handle(key, w -> {
      w.write(() -> store.add(CHAT, List.of(word("eggs"))));
      return null;
    }));

    assertEquals(List.of(word("spam")), store.blacklist(CHAT).words());
  }
}
