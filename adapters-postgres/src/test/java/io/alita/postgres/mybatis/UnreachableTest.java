package io.alita.postgres.mybatis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.alita.domain.dispatch.StoreUnavailable;
import io.alita.postgres.testing.TestDatabase;
import java.io.EOFException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * Which failures mean "the database cannot be reached": the ones PostgreSQL and the pool really give (provoked here)
 * and constructed ones for the states that cannot be provoked on demand.
 */
class UnreachableTest {

  private static TestDatabase.Coordinates db;

  @BeforeAll
  static void database() {
    db = TestDatabase.create();
  }

  /** The failure {@code work} throws, as a store would see it: wrapped the way MyBatis wraps it. */
  private static RuntimeException failureOf(SqlWork work) {
    try {
      work.run();
    } catch (SQLException e) {
      return new PersistenceException("### Error querying database.  Cause: " + e, e);
    }
    throw new AssertionError("no failure");
  }

  @FunctionalInterface
  private interface SqlWork {
    void run() throws SQLException;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------------------------------------ provoked

  @Test
  void aClosedConnection() throws SQLException {
    Connection c = db.connect();
    c.close();
    RuntimeException e = failureOf(() -> c.createStatement().execute("SELECT 1"));
    assertTrue(Unreachable.is(e), e::toString);
  }

  @Test
  void aBackendTerminatedUnderAnOpenConnection() throws SQLException {
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      int pid;
      try (ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
        rs.next();
        pid = rs.getInt(1);
      }
      db.execute("SELECT pg_terminate_backend(" + pid + ")");
      for (int i = 0; i < 500 && !"0".equals(db.text("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid)); i++) {
        sleep(10);
      }
      RuntimeException e = failureOf(() -> st.execute("SELECT 1"));
      assertTrue(Unreachable.is(e), e::toString);
    }
  }

  @Test
  void aRefusedConnection() {
    RuntimeException e = failureOf(() -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2",
        "postgres", "postgres").close());
    assertTrue(Unreachable.is(e), e::toString);
  }

  @Test
  void aPoolThatGivesNoConnectionInTime() throws SQLException {
    HikariConfig config = new HikariConfig();
    config.setDataSource(db.dataSource());
    config.setMaximumPoolSize(1);
    config.setConnectionTimeout(250);
    config.setPoolName("unreachable-test");
    try (HikariDataSource pool = new HikariDataSource(config); Connection held = pool.getConnection()) {
      RuntimeException e = failureOf(() -> pool.getConnection().close());
      assertInstanceOf(SQLTransientConnectionException.class, e.getCause());
      assertTrue(Unreachable.is(e), e::toString);
      assertTrue(held.isValid(1));
    }
  }

  @Test
  void tooManyConnections() {
    String role = "limited_" + ProcessHandle.current().pid();
    db.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'limited' CONNECTION LIMIT 0");
    try {
      RuntimeException e = failureOf(() -> DriverManager.getConnection(db.jdbcUrl(), role, "limited").close());
      assertEquals("53300", ((SQLException) e.getCause()).getSQLState());
      assertTrue(Unreachable.is(e), e::toString);
    } finally {
      db.execute("DROP ROLE " + role);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM no_such_table",                    // 42P01
      "SELEKT 1",                                       // 42601
      "SELECT 1 / 0",                                   // 22012
      "SET statement_timeout = 50; SELECT pg_sleep(2)", // 57014: the database answered, in time
  })
  void aDatabaseThatAnsweredIsReachable(String sql) throws SQLException {
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      RuntimeException e = failureOf(() -> st.execute(sql));
      assertFalse(Unreachable.is(e), e::toString);
      assertSame(e, Unreachable.translate(e));
    }
  }

  @Test
  void aUniqueViolationIsReachable() throws SQLException {
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      st.execute("CREATE TEMP TABLE once (id INT PRIMARY KEY)");
      st.execute("INSERT INTO once VALUES (1)");
      RuntimeException e = failureOf(() -> st.execute("INSERT INTO once VALUES (1)"));
      assertFalse(Unreachable.is(e), e::toString);
    }
  }

  // ------------------------------------------------------------------------------------------------ constructed

  @ParameterizedTest
  @ValueSource(strings = {"08000", "08001", "08003", "08004", "08006", "08P01", "57P01", "57P02", "57P03", "53300"})
  void unreachableStates(String state) {
    assertTrue(Unreachable.is(new IllegalStateException(new SQLException("x", state))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"23505", "40001", "40P01", "57014", "53100", "53200", "42601", "25P02", "XX000"})
  void reachableStates(String state) {
    assertFalse(Unreachable.is(new IllegalStateException(new SQLException("x", state))));
  }

  @Test
  void anIoFailureUnderTheDriver() {
    assertTrue(Unreachable.is(new PSQLException("An I/O error occurred", null, new EOFException())));
    assertTrue(Unreachable.is(new PSQLException("An I/O error occurred", null, new IOException("reset"))));
    assertFalse(Unreachable.is(new PSQLException("bad value", PSQLState.DATA_ERROR, new IllegalArgumentException())));
  }

  @Test
  void aPoolTimeoutWithoutAState() {
    assertTrue(Unreachable.is(new PersistenceException(new SQLTransientConnectionException("request timed out"))));
  }

  @Test
  void everythingElseIsReachable() {
    assertFalse(Unreachable.is(new IllegalStateException("a bug")));
    assertFalse(Unreachable.is(new IllegalStateException(new SQLException("no state"))));
    assertFalse(Unreachable.is(new IOException("not under the driver")));
  }

  @Test
  void aCauseCycleEnds() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertFalse(Unreachable.is(a));
    assertSame(a, Unreachable.translate(a));
  }

  @Test
  void translationWrapsOnlyTheUnreachable() {
    RuntimeException lost = new PersistenceException(new SQLException("terminating connection", "57P01"));
    StoreUnavailable down = assertInstanceOf(StoreUnavailable.class, Unreachable.translate(lost));
    assertSame(lost, down.getCause());
    assertTrue(down.getMessage().contains("terminating connection"), down.getMessage());
    assertSame(down, Unreachable.translate(down), "translated once");
    RuntimeException bug = new IllegalArgumentException("a bug");
    assertSame(bug, Unreachable.translate(bug));
    assertThrows(NullPointerException.class, () -> Unreachable.translate(null));
  }
}
