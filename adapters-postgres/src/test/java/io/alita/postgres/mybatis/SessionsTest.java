package io.alita.postgres.mybatis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.audit.Actor;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.dispatch.StoreUnavailable;
import io.alita.domain.model.UserId;
import io.alita.domain.update.UpdateId;
import io.alita.postgres.testing.TestDatabase;
import io.alita.postgres.transaction.MyBatisUpdateTransactions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class SessionsTest {

  private static TestDatabase.Coordinates db;
  private static Sessions sessions;
  private static MyBatisUpdateTransactions transactions;

  @BeforeAll
  static void setUp() {
    db = TestDatabase.migrated();
    sessions = new Sessions(MyBatis.sessionFactory(db.dataSource()));
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
      // an event's unit of work inside joins the rolled-back one: no key is claimed, nothing is committed
      transactions.handle(EventKey.update(new UpdateId(-5)), work -> {
        work.write(() -> insertChat(-500));
        return null;
      });
      return chatsSeenBySessions(-500);
    });
    assertEquals(1, seenInside);
    assertFalse(sessions.inTransaction());
    assertEquals("0", db.text("SELECT count(*) FROM chats WHERE chat_id = -500"));
    assertEquals("0", db.text("SELECT count(*) FROM processed_events WHERE event_key = 'u-5'"));
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

  private static String chats(String range) {
    return db.text("SELECT coalesce(string_agg(chat_id::text, ',' ORDER BY chat_id DESC), '') FROM chats WHERE chat_id "
        + range);
  }

  @Test
  void aBegunTransactionIsJoinedUntilItCommits() {
    Sessions.Transaction tx = sessions.begin();
    assertTrue(sessions.inTransaction());
    insertChat(-510);
    assertEquals(1, chatsSeenBySessions(-510));
    assertEquals("", chats("= -510"), "not committed yet");
    assertThrows(IllegalStateException.class, sessions::begin, "join it instead");
    tx.commit();
    assertFalse(sessions.inTransaction());
    assertFalse(tx.isOpen());
    assertEquals("-510", chats("= -510"));
    assertThrows(IllegalStateException.class, tx::commit);
  }

  @Test
  void aBegunTransactionRolledBackLeavesNothing() {
    Sessions.Transaction tx = sessions.begin();
    insertChat(-511);
    tx.rollback();
    assertFalse(sessions.inTransaction());
    assertEquals("", chats("= -511"));
  }

  @Test
  void aSavepointUndoesOnlyWhatFollowedIt() {
    Sessions.Transaction tx = sessions.begin();
    insertChat(-520);
    Sessions.Savepoint point = sessions.savepoint();
    insertChat(-521);
    sessions.rollbackTo(point);
    insertChat(-522);
    tx.commit();
    assertEquals("-520,-522", chats("BETWEEN -529 AND -520"));
  }

  @Test
  void aSavepointBelongsToTheTransactionItWasSetIn() {
    Sessions.Transaction tx = sessions.begin();
    Sessions.Savepoint point = sessions.savepoint();
    tx.rollback();
    assertThrows(IllegalStateException.class, () -> sessions.rollbackTo(point));
    assertThrows(IllegalStateException.class, sessions::savepoint);
  }

  @Test
  void everyPathToAnUnreachableDatabaseThrowsStoreUnavailable() {
    PGSimpleDataSource closed = new PGSimpleDataSource();
    closed.setUrl("jdbc:postgresql://127.0.0.1:1/none");
    closed.setConnectTimeout(2);
    Sessions nowhere = new Sessions(MyBatis.sessionFactory(closed));
    Actor ada = Actor.console(UserId.of(7), "Ada");
    java.util.function.Supplier<String> statement = () -> nowhere.with(ActorMapper.class, m -> m.attribute("", "x", "system"));

    assertThrows(StoreUnavailable.class, statement::get);
    assertThrows(StoreUnavailable.class, () -> nowhere.run(s -> s.getConnection()));
    assertThrows(StoreUnavailable.class, () -> nowhere.inTransaction(statement));
    assertThrows(StoreUnavailable.class, () -> nowhere.rolledBack(statement));
    assertThrows(StoreUnavailable.class, () -> nowhere.actingAs(ada, nowhere::begin), "begin attributes to Ada");
    assertThrows(StoreUnavailable.class, () -> nowhere.actingAs(ada, () -> nowhere.inTransaction(() -> "x")));
    assertFalse(nowhere.inTransaction(), "nothing stays bound after a failure");

    Sessions.Transaction tx = nowhere.begin(); // nobody acting: no connection yet
    assertThrows(StoreUnavailable.class, nowhere::savepoint);
    assertThrows(StoreUnavailable.class, statement::get);
    tx.rollback();
    assertFalse(nowhere.inTransaction());
  }

  @Test
  void aFailureOfTheDatabaseThatAnsweredPassesThroughUnchanged() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> sessions.inTransaction(() -> {
      insertChat(-530);
      insertChat(-530); // duplicate key: the database answered
      return null;
    }));
    assertEquals("23505", ((java.sql.SQLException) e.getCause()).getSQLState());
    assertFalse(sessions.inTransaction());
    assertEquals("", chats("= -530"));
  }
}
