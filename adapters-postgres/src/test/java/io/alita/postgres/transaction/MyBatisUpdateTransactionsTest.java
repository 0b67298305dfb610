package io.alita.postgres.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.alita.domain.audit.Actor;
import io.alita.domain.dispatch.AlreadyApplied;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.dispatch.StoreUnavailable;
import io.alita.domain.dispatch.UnitOfWork;
import io.alita.domain.dispatch.UpdateTransactions;
import io.alita.domain.dispatch.UpdateTransactionsContract;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.update.UpdateId;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.rules.MyBatisRulesStore;
import io.alita.postgres.testing.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transaction contract on PostgreSQL (the counter is a row of a table this test makes, incremented with plain JDBC
 * through the thread's session), and what only the database shows: the key row and the data commit together, marks
 * are savepoints that also recover a failed statement, writes are attributed to who is acting, and a database lost
 * mid-event surfaces as {@link StoreUnavailable} with nothing committed.
 */
class MyBatisUpdateTransactionsTest extends UpdateTransactionsContract {

  private static final SeenChat ENGINES = new SeenChat(ChatId.of(-1001), ChatKind.SUPERGROUP, "Engines", null);
  private static final Actor ADA = Actor.command(UserId.of(7), "Ada");

  private static TestDatabase.Coordinates db;
  private static HikariDataSource pool;
  private static Sessions sessions;
  private static MyBatisUpdateTransactions transactions;

  @BeforeAll
  static void setUp() {
    db = TestDatabase.migrated();
    db.execute("CREATE TABLE event_counter (id INT PRIMARY KEY, n INT NOT NULL)");
    db.execute("INSERT INTO event_counter VALUES (1, 0)");
    db.execute("CREATE TABLE event_rows (id INT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, stage TEXT NOT NULL)");
    HikariConfig config = new HikariConfig();
    config.setDataSource(db.dataSource());
    config.setMaximumPoolSize(6);
    config.setPoolName("transactions-test");
    pool = new HikariDataSource(config);
    sessions = new Sessions(MyBatis.sessionFactory(pool));
    transactions = new MyBatisUpdateTransactions(sessions);
  }

  @AfterAll
  static void closePool() {
    pool.close();
  }

  @BeforeEach
  void emptyRows() {
    db.execute("TRUNCATE event_rows, audit_log, chats CASCADE");
  }

  // ------------------------------------------------------------------------------------------------ the contract

  @Override
  protected UpdateTransactions transactions() {
    return transactions;
  }

  @Override
  protected void increment(UnitOfWork work) {
    work.write(() -> sql("UPDATE event_counter SET n = n + 1 WHERE id = 1"));
  }

  @Override
  protected int committed() {
    return Integer.parseInt(db.text("SELECT n FROM event_counter WHERE id = 1"));
  }

  @Override
  protected void resetCounter() {
    db.execute("UPDATE event_counter SET n = 0 WHERE id = 1");
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** One statement through the thread's session (its transaction, or an auto-commit one). */
  private static void sql(String statement) {
    sessions.run(s -> {
      try (Statement st = s.getConnection().createStatement()) {
        st.execute(statement);
      } catch (SQLException e) {
        throw new IllegalStateException(statement, e);
      }
    });
  }

  private static void row(String stage) {
    sql("INSERT INTO event_rows (stage) VALUES ('" + stage + "')");
  }

  private static int backendPid() {
    return sessions.call(s -> {
      try (Statement st = s.getConnection().createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
        rs.next();
        return rs.getInt(1);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** Ends the backend {@code pid} from another connection, as an operator or a failover would, and waits until it is gone. */
  static void terminate(int pid) {
    db.execute("SELECT pg_terminate_backend(" + pid + ")");
    for (int i = 0; i < 500 && !"0".equals(db.text("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid)); i++) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static String rows() {
    return db.text("SELECT coalesce(string_agg(stage, ',' ORDER BY id), '') FROM event_rows");
  }

  private static boolean recorded(String key) {
    return "1".equals(db.text("SELECT count(*) FROM processed_events WHERE event_key = '" + key + "'"));
  }

  private static EventKey freshKey() {
    return new EventKey("u" + System.nanoTime());
  }

  // ------------------------------------------------------------------------------------------------ PostgreSQL

  @Test
  void theKeyRowAndTheDataCommitTogether() {
    EventKey key = EventKey.update(new UpdateId(4242));
    transactions.handle(key, work -> {
      work.write(() -> row("one"));
      assertFalse(recorded("u4242"), "nothing is visible before the commit");
      assertEquals("", rows());
      return null;
    });
    assertTrue(recorded("u4242"));
    assertEquals("one", rows());
    assertFalse(sessions.inTransaction(), "the transaction is unbound from the thread");
  }

  @Test
  void aTimerKeyIsRecordedAsItsText() {
    transactions.handle(new EventKey("t:captcha:-1001:42"), work -> {
      work.write(() -> row("timer"));
      return null;
    });
    assertTrue(recorded("t:captcha:-1001:42"));
  }

  @Test
  void anEventThatOnlyReadsTakesNoConnectionAndAStageThatWritesNothingSetsNoSavepoint() {
    CountingDataSource counting = new CountingDataSource(db.dataSource());
    Sessions counted = new Sessions(MyBatis.sessionFactory(counting));
    MyBatisUpdateTransactions counter = new MyBatisUpdateTransactions(counted);
    List<String> hooks = new ArrayList<>();

    counter.handle(freshKey(), work -> {
      UnitOfWork.Mark stage = work.mark();
      work.afterCommit(() -> hooks.add("ran"));
      work.rollbackTo(work.mark());
      return stage;
    });
    assertEquals(0, counting.connections.get());
    assertEquals(List.of("ran"), hooks);

    counter.handle(freshKey(), work -> {
      work.write(() -> counted.run(s -> { })); // opens and claims
      work.rollbackTo(work.mark()); // a stage that wrote nothing
      UnitOfWork.Mark writing = work.mark();
      work.write(() -> counted.run(s -> { }));
      work.rollbackTo(writing);
      return null;
    });
    assertEquals(1, counting.connections.get(), "one connection for the whole event");
    assertEquals(1, counting.savepoints.get(), "a savepoint only for the stage that wrote");
  }

  @Test
  void rollingBackToAMarkLeavesTheEarlierStagesRows() {
    transactions.handle(freshKey(), work -> {
      work.write(() -> row("one"));
      UnitOfWork.Mark second = work.mark();
      work.write(() -> row("two"));
      work.rollbackTo(second);
      work.write(() -> row("three"));
      return null;
    });
    assertEquals("one,three", rows());
  }

  @Test
  void aFailedStatementInALaterStageIsRecoveredByTheSavepoint() {
    transactions.handle(freshKey(), work -> {
      work.write(() -> row("one"));
      UnitOfWork.Mark second = work.mark();
      RuntimeException failed = assertThrows(RuntimeException.class, () -> work.write(() -> {
        row("two");
        sql("SELECT 1 / 0");
      }));
      assertFalse(failed instanceof StoreUnavailable, "the database answered: " + failed);
      work.rollbackTo(second);
      assertTrue(work.opened());
      work.write(() -> row("three")); // PostgreSQL would refuse this without the savepoint
      return null;
    });
    assertEquals("one,three", rows());
  }

  @Test
  void aFailedHandlingCommitsNothingAndUnbindsTheTransaction() {
    EventKey key = freshKey();
    assertThrows(IllegalStateException.class, () -> transactions.handle(key, work -> {
      work.write(() -> row("lost"));
      throw new IllegalStateException("failed");
    }));
    assertFalse(sessions.inTransaction());
    assertEquals("", rows());
    assertFalse(recorded(key.value()));
  }

  @Test
  void aRepeatStopsAtTheFirstWriteWithNothingWritten() {
    EventKey key = freshKey();
    transactions.handle(key, work -> {
      work.write(() -> row("first"));
      return null;
    });
    List<String> reached = new ArrayList<>();
    assertThrows(AlreadyApplied.class, () -> transactions.handle(key, work -> {
      work.write(() -> reached.add("the write ran"));
      return null;
    }));
    assertEquals(List.of(), reached);
    assertFalse(sessions.inTransaction());
  }

  @Test
  void writesAreAttributedToWhoeverIsActingWhenTheyAreMade() {
    MyBatisRulesStore rules = new MyBatisRulesStore(sessions);
    transactions.handle(freshKey(), work -> {
      work.write(() -> rules.saveText(ENGINES, "filter's"));             // unbound: the bot's own
      sessions.actingAs(ADA, () -> {
        work.write(() -> rules.setPrivate(ENGINES, true));               // a command's handler
        return null;
      });
      work.write(() -> rules.saveText(ENGINES, "observer's"));           // unbound again
      return null;
    });
    transactions.handle(freshKey(), work -> {
      sessions.actingAs(ADA, () -> {
        work.write(() -> rules.saveText(ENGINES, "opened by Ada"));     // the transaction opens as Ada
        return null;
      });
      work.write(() -> rules.setPrivate(ENGINES, false));               // and goes on as the bot
      return null;
    });
    assertEquals("system:-,command:7,system:-,command:7,system:-", audited());
  }

  @Test
  void aStageThatFailedAsSomeoneLeavesTheNextStageToTheBot() {
    MyBatisRulesStore rules = new MyBatisRulesStore(sessions);
    transactions.handle(freshKey(), work -> {
      work.write(() -> rules.saveText(ENGINES, "before"));
      UnitOfWork.Mark command = work.mark();
      assertThrows(IllegalStateException.class, () -> sessions.actingAs(ADA, () -> {
        work.write(() -> rules.setPrivate(ENGINES, true));
        throw new IllegalStateException("the handler failed after writing");
      }));
      work.rollbackTo(command);
      work.write(() -> rules.saveText(ENGINES, "after"));
      return null;
    });
    assertEquals("system:-,system:-", audited());
  }

  private static String audited() {
    return db.text("SELECT string_agg(via || ':' || coalesce(actor_id::text, '-'), ',' ORDER BY id) FROM audit_log");
  }

  @Test
  void aDatabaseLostBetweenTwoWritesFailsTheEventWithNothingCommitted() {
    EventKey key = freshKey();
    StoreUnavailable down = assertThrows(StoreUnavailable.class, () -> transactions.handle(key, work -> {
      work.write(() -> row("one"));
      int pid = work.write(() -> backendPid());
      terminate(pid);
      work.write(() -> row("two"));
      return null;
    }));
    assertInstanceOf(SQLException.class, rootSql(down), down.toString());
    assertFalse(sessions.inTransaction());
    assertEquals("", rows());
    assertFalse(recorded(key.value()));
    // the pool gives a working connection to the next event, and the key is free
    transactions.handle(key, work -> {
      work.write(() -> row("retried"));
      return null;
    });
    assertEquals("retried", rows());
  }

  @Test
  void aDatabaseLostBeforeTheCommitFailsTheEventWithNothingCommitted() {
    EventKey key = freshKey();
    List<String> hooks = new ArrayList<>();
    assertThrows(StoreUnavailable.class, () -> transactions.handle(key, work -> {
      work.write(() -> row("one"));
      work.afterCommit(() -> hooks.add("ran"));
      int pid = work.write(() -> backendPid());
      terminate(pid);
      return null;
    }));
    assertEquals(List.of(), hooks);
    assertEquals("", rows());
    assertFalse(recorded(key.value()));
  }

  private static Throwable rootSql(Throwable t) {
    Throwable sql = null;
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException) {
        sql = c;
      }
    }
    return sql;
  }

  @Test
  void insideAnOuterTransactionWritesJoinItWithoutAKeyAndAreDiscardedWithIt() {
    EventKey key = freshKey();
    List<String> hooks = new ArrayList<>();
    String seenInside = sessions.rolledBack(() -> {
      transactions.handle(key, work -> {
        work.write(() -> row("sandbox"));
        UnitOfWork.Mark stage = work.mark();
        assertThrows(RuntimeException.class, () -> work.write(() -> sql("SELECT 1 / 0")));
        work.rollbackTo(stage); // a savepoint of the outer transaction
        work.write(() -> row("after"));
        work.afterCommit(() -> hooks.add("ran"));
        return null;
      });
      assertTrue(sessions.inTransaction(), "the outer transaction is still bound");
      return sessions.call(s -> {
        try (Statement st = s.getConnection().createStatement();
            ResultSet rs = st.executeQuery("SELECT string_agg(stage, ',' ORDER BY id) || '/' || "
                + "(SELECT count(*) FROM processed_events WHERE event_key = '" + key.value() + "') FROM event_rows")) {
          rs.next();
          return rs.getString(1);
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
    });
    assertEquals("sandbox,after/0", seenInside);
    assertEquals(List.of("ran"), hooks);
    assertEquals("", rows());
  }

  @Test
  void aFailedHandlingInsideAnOuterTransactionUndoesOnlyItsOwnWrites() {
    String left = sessions.rolledBack(() -> {
      sql("INSERT INTO event_rows (stage) VALUES ('outer')");
      assertThrows(IllegalStateException.class, () -> transactions.handle(freshKey(), work -> {
        work.write(() -> row("inner"));
        throw new IllegalStateException("failed");
      }));
      return sessions.call(s -> {
        try (Statement st = s.getConnection().createStatement();
            ResultSet rs = st.executeQuery("SELECT string_agg(stage, ',' ORDER BY id) FROM event_rows")) {
          rs.next();
          return rs.getString(1);
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
    });
    assertEquals("outer", left);
  }

  @Test
  void forgettingKeepsTheRecentKeys() {
    EventKey key = freshKey();
    transactions.handle(key, work -> {
      work.write(() -> row("kept"));
      return null;
    });
    transactions.forgetBefore(Instant.now().minusSeconds(3600));
    assertTrue(recorded(key.value()));
  }
}
