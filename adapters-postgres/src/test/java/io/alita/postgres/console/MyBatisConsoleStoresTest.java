package io.alita.postgres.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.console.Person;
import io.alita.domain.model.UserId;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One-time login proofs on PostgreSQL: the first use counts, every later one is refused, even when racing. */
class MyBatisConsoleStoresTest {

  private static final Person ANN = new Person(UserId.of(501), "Ann (@ann_admin)");
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  private static TestDatabase.Coordinates db;
  private static MyBatisConsoleStores stores;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    stores = new MyBatisConsoleStores(new Sessions(MyBatis.sessionFactory(db.dataSource(),
        List.of(ConsoleMapper.class))));
  }

  @BeforeEach
  void emptyTable() {
    db.execute("TRUNCATE console_login_links");
  }

  @Test
  void aProofWorksOnceAndIsKeptAsUsedUntilItExpires() {
    Instant until = NOW.plus(Duration.ofMinutes(10));

    assertTrue(stores.useOnce("proof-1", ANN, NOW, until));
    assertFalse(stores.useOnce("proof-1", ANN, NOW.plusSeconds(5), until));
    assertTrue(stores.useOnce("proof-2", ANN, NOW, until), "another proof is another sign-in");

    assertEquals("501|Ann (@ann_admin)|true", db.text("SELECT user_id || '|' || user_name || '|' || (used_at IS NOT NULL)"
        + " FROM console_login_links WHERE token_hash = 'proof-1'"));
    assertEquals(0, stores.deleteExpiredLinks(until.minusSeconds(1)));
    assertEquals(2, stores.deleteExpiredLinks(until.plusSeconds(1)));
  }

  @Test
  void aUsedProofCannotBeRedeemedAsALink() {
    stores.useOnce("proof-3", ANN, NOW, NOW.plus(Duration.ofMinutes(10)));

    assertTrue(stores.redeem("proof-3", NOW.plusSeconds(1)).isEmpty());
  }

  @Test
  void ofTwoBrowsersRacingWithOneProofExactlyOneGetsIn() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Boolean>> attempts = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        attempts.add(() -> stores.useOnce("raced", ANN, NOW, NOW.plus(Duration.ofMinutes(10))));
      }
      int winners = 0;
      for (Future<Boolean> f : pool.invokeAll(attempts)) {
        winners += f.get() ? 1 : 0;
      }
      assertEquals(1, winners);
    } finally {
      pool.shutdownNow();
    }
  }
}
