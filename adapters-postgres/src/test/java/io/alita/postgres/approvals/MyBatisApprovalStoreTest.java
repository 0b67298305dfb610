package io.alita.postgres.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.approvals.ApprovalStore;
import io.alita.domain.approvals.ApprovalStoreContract;
import io.alita.domain.dispatch.AlreadyApplied;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.update.UpdateId;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import io.alita.postgres.transaction.MyBatisUpdateTransactions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store meets the shared contract, and what only the database shows: rows, the chat record, transactions. */
class MyBatisApprovalStoreTest extends ApprovalStoreContract {

  private static TestDatabase.Coordinates db;
  private static Sessions sessions;
  private static MyBatisApprovalStore store;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    sessions = new Sessions(MyBatis.sessionFactory(db.dataSource()));
    store = new MyBatisApprovalStore(sessions);
  }

  @BeforeEach
  void emptyTables() {
    db.execute("TRUNCATE chats, processed_events CASCADE");
  }

  @Override
  protected ApprovalStore store() {
    return store;
  }

  @Test
  void anApprovalIsOneRowWithItsApproverAndNeedsNoUserRow() {
    store.approve(CHAT, approval(ADA, "helper", MONDAY));

    assertEquals(CHAT.value() + "/" + ADA.value() + "/helper/" + ADMIN.value(),
        db.text("SELECT chat_id || '/' || user_id || '/' || reason || '/' || approved_by FROM approved_users"));
    assertEquals("0", db.text("SELECT count(*) FROM users"));
    assertEquals("1", db.text("SELECT count(*) FROM chats WHERE chat_id = " + CHAT.value()));
  }

  @Test
  void approvalsWrittenByTheOriginalBotAreRead() {
    db.execute("INSERT INTO chats (chat_id) VALUES (" + CHAT.value() + ")");
    db.execute("INSERT INTO approved_users (chat_id, user_id) VALUES (" + CHAT.value() + ", " + BOB.value() + ")");

    assertEquals(Set.of(BOB), store.approvedUsers(CHAT));
    assertEquals("", store.approval(CHAT, BOB).orElseThrow().reason());
  }

  @Test
  void anApprovalInAnUpdateThatFailsIsRolledBack() {
    MyBatisUpdateTransactions transactions = new MyBatisUpdateTransactions(sessions);

    assertThrows(IllegalStateException.class, () -> transactions.handle(EventKey.update(new UpdateId(1)), w -> {
      w.write(() -> {
        store.approve(CHAT, approval(ADA, "", MONDAY));
      });
      throw new IllegalStateException("the handler failed after writing");
    }));

    assertEquals(Set.of(), store.approvedUsers(CHAT));
  }

  @Test
  void aRepeatedUpdateApprovesNothing() {
    MyBatisUpdateTransactions transactions = new MyBatisUpdateTransactions(sessions);
    EventKey key = EventKey.update(new UpdateId(2));
    transactions.handle(key, w -> {
      w.write(() -> store.approve(CHAT, approval(ADA, "", MONDAY)));
      return null;
    });

    assertThrows(AlreadyApplied.class, () -> transactions.handle(key, w -> {
      w.write(() -> store.approve(CHAT, approval(BOB, "", MONDAY)));
      return null;
    }));

    assertEquals(Set.of(ADA), store.approvedUsers(CHAT));
  }
}
