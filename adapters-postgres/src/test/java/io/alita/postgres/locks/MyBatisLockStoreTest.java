package io.alita.postgres.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.dispatch.EventKey;
import io.alita.domain.locks.LockStore;
import io.alita.domain.locks.LockStoreContract;
import io.alita.domain.locks.LockType;
import io.alita.domain.update.UpdateId;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import io.alita.postgres.transaction.MyBatisUpdateTransactions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store meets the shared contract, and what only the database shows: rows, the chat record, transactions. */
class MyBatisLockStoreTest extends LockStoreContract {

  private static TestDatabase.Coordinates db;
  private static Sessions sessions;
  private static MyBatisLockStore store;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    sessions = new Sessions(MyBatis.sessionFactory(db.dataSource()));
    store = new MyBatisLockStore(sessions);
  }

  @BeforeEach
  void emptyTables() {
    db.execute("TRUNCATE chats, processed_events CASCADE");
  }

  @Override
  protected LockStore store() {
    return store;
  }

  @Test
  void aLockInAChatNeverSeenCreatesItsRowAndLeavesAKnownChatAsItIs() {
    db.execute("INSERT INTO chats (chat_id, chat_type, chat_name) VALUES (" + OTHER_CHAT.value() + ", 'group', 'Engines')");

    store.set(CHAT, EnumSet.of(LockType.URL), true);
    store.set(OTHER_CHAT, EnumSet.of(LockType.URL), true);

    assertEquals("1", db.text("SELECT count(*) FROM chats WHERE chat_id = " + CHAT.value()));
    assertEquals("group/Engines",
        db.text("SELECT chat_type || '/' || chat_name FROM chats WHERE chat_id = " + OTHER_CHAT.value()));
  }

  @Test
  void eachTypeIsOneRowAndUnlockingKeepsItAsFalse() {
    store.set(CHAT, EnumSet.of(LockType.STICKER, LockType.VIDEONOTE), true);
    store.set(CHAT, EnumSet.of(LockType.STICKER), false);

    assertEquals("sticker=f,videonote=t", db.text("SELECT string_agg(lock_type || '=' || locked::text, ',' ORDER BY lock_type)"
        + " FROM locks WHERE chat_id = " + CHAT.value()).replace("false", "f").replace("true", "t"));
  }

  @Test
  void rowsTheOriginalBotLeftUnlockedAreNotLocks() {
    db.execute("INSERT INTO chats (chat_id) VALUES (" + CHAT.value() + ")");
    db.execute("INSERT INTO locks (chat_id, lock_type, locked) VALUES (" + CHAT.value() + ", 'gif', false), ("
        + CHAT.value() + ", 'rtl', true)");

    assertEquals(Set.of(LockType.RTL), store.locked(CHAT));
  }

  @Test
  void locksSetInAnUpdateThatFailsAreRolledBack() {
    MyBatisUpdateTransactions transactions = new MyBatisUpdateTransactions(sessions);

    assertThrows(IllegalStateException.class, () -> transactions.handle(EventKey.update(new UpdateId(1)), w -> {
      w.write(() -> {
        store.set(CHAT, EnumSet.of(LockType.ALL), true);
      });
      throw new IllegalStateException("the handler failed after writing");
    }));

    assertEquals(Set.of(), store.locked(CHAT));
  }
}
