package io.alita.postgres.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.update.UpdateId;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MyBatisUpdateTransactionsTest {

  private static TestDatabase.Coordinates db;
  private static Sessions sessions;
  private static MyBatisUpdateTransactions transactions;

  @BeforeAll
  static void setUp() {
    db = TestDatabase.migrated();
    sessions = new Sessions(MyBatis.sessionFactory(db.dataSource(), List.of(ProcessedUpdateMapper.class)));
    transactions = new MyBatisUpdateTransactions(sessions);
  }

  private static int rows(String sql) throws Exception {
    try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void insertChat(long chatId) {
    sessions.run(s -> {
      try (var st = s.getConnection().createStatement()) {
        st.execute("INSERT INTO chats (chat_id) VALUES (" + chatId + ")");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @Test
  void anUpdateIsAppliedOnceAndItsRepeatDoesNothing() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    assertTrue(transactions.applyOnce(new UpdateId(100), () -> {
      runs.incrementAndGet();
      insertChat(-100);
    }));
    assertFalse(transactions.applyOnce(new UpdateId(100), () -> {
      runs.incrementAndGet();
      insertChat(-101);
    }));
    assertEquals(1, runs.get());
    assertEquals(1, rows("SELECT count(*) FROM chats WHERE chat_id IN (-100, -101)"));
  }

  @Test
  void aFailedUpdateLeavesNoTraceSoItsRedeliveryIsApplied() throws Exception {
    assertThrows(IllegalStateException.class, () -> transactions.applyOnce(new UpdateId(200), () -> {
      insertChat(-200);
      throw new IllegalStateException("handler failed");
    }));
    assertEquals(0, rows("SELECT count(*) FROM chats WHERE chat_id = -200"));
    assertEquals(0, rows("SELECT count(*) FROM processed_updates WHERE update_id = 200"));
    assertTrue(transactions.applyOnce(new UpdateId(200), () -> insertChat(-200)));
    assertEquals(1, rows("SELECT count(*) FROM chats WHERE chat_id = -200"));
  }

  @Test
  void twoDeliveriesRacingEachOtherApplyExactlyOnce() throws Exception {
    AtomicInteger applied = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return transactions.applyOnce(new UpdateId(300), applied::incrementAndGet);
        }));
      }
      start.countDown();
      int trues = 0;
      for (Future<Boolean> f : results) {
        trues += f.get() ? 1 : 0;
      }
      assertEquals(1, trues);
      assertEquals(1, applied.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void pruningForgetsOldIds() throws Exception {
    transactions.applyOnce(new UpdateId(400), () -> { });
    assertTrue(transactions.prune(Instant.now().plusSeconds(60)) >= 1);
    assertEquals(0, rows("SELECT count(*) FROM processed_updates WHERE update_id = 400"));
  }
}
