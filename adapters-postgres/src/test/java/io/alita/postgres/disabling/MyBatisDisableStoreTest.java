package io.alita.postgres.disabling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.disabling.DisableStore;
import io.alita.domain.disabling.DisableStoreContract;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.update.UpdateId;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import io.alita.postgres.transaction.MyBatisUpdateTransactions;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store meets the shared contract, and what only the database shows: rows, triggers, transactions. */
class MyBatisDisableStoreTest extends DisableStoreContract {

  private static TestDatabase.Coordinates db;
  private static Sessions sessions;
  private static MyBatisDisableStore store;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    sessions = new Sessions(MyBatis.sessionFactory(db.dataSource()));
    store = new MyBatisDisableStore(sessions);
  }

  @BeforeEach
  void emptyTables() {
    db.execute("TRUNCATE chats, processed_events, audit_log CASCADE");
  }

  @Override
  protected DisableStore store() {
    return store;
  }

  @Test
  void eachDisabledCommandIsOneRowOfAChatRecordedOnFirstUse() {
    store.disable(CHAT, Set.of("rules", "notes"));

    assertEquals("notes,rules", db.text("SELECT string_agg(command, ',' ORDER BY command) FROM disable WHERE chat_id = "
        + CHAT.value()));
    assertEquals("1", db.text("SELECT count(*) FROM chats WHERE chat_id = " + CHAT.value()));
  }

  @Test
  void changesAreAuditedWithTheCommandThatChanged() {
    store.disable(CHAT, Set.of("rules"));
    store.setDeleteCommands(CHAT, true);

    assertEquals("disable/insert/rules,disable_chat_settings/insert/", db.text(
        "SELECT string_agg(subject || '/' || change || '/' || coalesce(new_value ->> 'command', ''), ',' ORDER BY id)"
        + " FROM audit_log WHERE chat_id = " + CHAT.value()));
  }

  @Test
  void commandsDisabledInAnUpdateThatFailsAreRolledBack() {
    MyBatisUpdateTransactions transactions = new MyBatisUpdateTransactions(sessions);

    assertThrows(IllegalStateException.class, () -> transactions.handle(EventKey.update(new UpdateId(1)), w -> {
      w.write(() -> store.disable(CHAT, Set.of("rules")));
      throw new IllegalStateException("the handler failed after writing");
    }));

    assertEquals(Set.of(), store.find(CHAT).commands());
  }
}
