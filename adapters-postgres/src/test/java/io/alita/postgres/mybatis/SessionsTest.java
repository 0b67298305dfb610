package io.alita.postgres.mybatis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.update.UpdateId;
import io.alita.postgres.testing.TestDatabase;
import io.alita.postgres.transaction.MyBatisUpdateTransactions;
import io.alita.postgres.transaction.ProcessedUpdateMapper;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SessionsTest {

  private static TestDatabase.Coordinates db;
  private static Sessions sessions;
  private static MyBatisUpdateTransactions transactions;

  @BeforeAll
  static void setUp() {
    db = TestDatabase.migrated();
    sessions = new Sessions(MyBatis.sessionFactory(db.dataSource(), List.of(ProcessedUpdateMapper.class)));
    transactions = new MyBatisUpdateTransactions(sessions);
  }

  /** Inserts a chat through the thread's transaction (or an auto-commit session outside one). */
  private static void insertChat(long chatId) {
    sessions.run(s -> {
      try (var st = s.getConnection().createStatement()) {
        st.execute("INSERT INTO chats (chat_id) VALUES (" + chatId + ")");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static int chatsSeenBySessions(long chatId) {
    return sessions.call(s -> {
      try (var st = s.getConnection().createStatement();
          var rs = st.executeQuery("SELECT count(*) FROM chats WHERE chat_id = " + chatId)) {
        rs.next();
        return rs.getInt(1);
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @Test
  void rolledBackWorkSeesItsOwnWritesAndLeavesNoneBehind() {
    int seenInside = sessions.rolledBack(() -> {
      assertTrue(sessions.inTransaction());
      // an update's transaction inside joins the rolled-back one: its "commit" is discarded with it
      assertTrue(transactions.applyOnce(new UpdateId(-5), () -> insertChat(-500)));
      return chatsSeenBySessions(-500);
    });
    assertEquals(1, seenInside);
    assertFalse(sessions.inTransaction());
    assertEquals("0", db.text("SELECT count(*) FROM chats WHERE chat_id = -500"));
    assertEquals("0", db.text("SELECT count(*) FROM processed_updates WHERE update_id = -5"));
  }

  @Test
  void failingWorkIsRolledBackAndItsExceptionPropagates() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> sessions.rolledBack(() -> {
      insertChat(-501);
      throw new IllegalStateException("work failed");
    }));
    assertEquals("work failed", e.getMessage());
    assertFalse(sessions.inTransaction());
    assertEquals("0", db.text("SELECT count(*) FROM chats WHERE chat_id = -501"));
  }

  @Test
  void aRolledBackTransactionCannotBeNestedInOneThatCommits() {
    assertThrows(IllegalStateException.class,
        () -> sessions.inTransaction(() -> sessions.rolledBack(() -> "never")));
    assertFalse(sessions.inTransaction());
  }
}
