package io.alita.postgres.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.console.ConsoleRole;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.console.ConsoleUser;
import io.alita.domain.console.Person;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's sign-in stores on PostgreSQL: links, Telegram login proofs (once each, even racing), sessions. */
class MyBatisConsoleStoresTest {

  static TestDatabase.Coordinates db;
  static MyBatisConsoleStores stores;
  static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
  static final Person ANN = new Person(UserId.of(7), "Ann (@ann)");

  @BeforeAll
  static void migrated() {
    db = TestDatabase.migrated();
    stores = new MyBatisConsoleStores(new Sessions(MyBatis.sessionFactory(db.dataSource())));
  }

  @BeforeEach
  void empty() {
    db.execute("TRUNCATE console_login_links, console_sessions");
  }

  @Test
  void aLinkIsRedeemedOnceEvenByTwoBrowsersAtOnce() throws Exception {
    stores.issue("h1", ANN, NOW.plus(Duration.ofMinutes(5)));
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      Callable<Boolean> redeem = () -> stores.redeem("h1", NOW).isPresent();
      List<Future<Boolean>> results = two.invokeAll(List.of(redeem, redeem));
      long winners = results.stream().filter(f -> {
        try {
          return f.get();
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      }).count();
      assertEquals(1, winners);
    } finally {
      two.shutdown();
    }
  }

  @Test
  void anExpiredLinkOpensNothingAndIsSweptAway() {
    stores.issue("h2", ANN, NOW.minusSeconds(1));
    assertTrue(stores.redeem("h2", NOW).isEmpty());
    assertEquals(1, stores.deleteExpiredLinks(NOW));
  }

  @Test
  void aSessionKeepsItsRoleChatsAndTokenUntilItExpires() {
    ConsoleSession session = new ConsoleSession(new ConsoleUser(UserId.of(7), "Ann", ConsoleRole.GROUP_ADMIN),
        Set.of(ChatId.of(-1001L), ChatId.of(-1002L)), "csrf-token", NOW.plus(Duration.ofHours(1)));
    stores.create("s1", session);
    ConsoleSession back = stores.find("s1", NOW).orElseThrow();
    assertEquals(session, back);
    assertTrue(stores.find("s1", NOW.plus(Duration.ofHours(2))).isEmpty(), "expired");
    assertTrue(stores.delete("s1"));
    assertFalse(stores.delete("s1"));
  }

  @Test
  void aTelegramProofWorksOnceAndIsKeptAsUsedUntilItExpires() {
    Instant until = NOW.plus(Duration.ofMinutes(10));

    assertTrue(stores.useOnce("proof-1", ANN, NOW, until));
    assertFalse(stores.useOnce("proof-1", ANN, NOW.plusSeconds(5), until));
    assertTrue(stores.useOnce("proof-2", ANN, NOW, until), "another proof is another sign-in");

    assertEquals("7|Ann (@ann)|true", db.text("SELECT user_id || '|' || user_name || '|' || (used_at IS NOT NULL)"
        + " FROM console_login_links WHERE token_hash = 'proof-1'"));
    assertEquals(0, stores.deleteExpiredLinks(until.minusSeconds(1)));
    assertEquals(2, stores.deleteExpiredLinks(until.plusSeconds(1)));
  }

  @Test
  void aUsedTelegramProofCannotBeRedeemedAsALink() {
    stores.useOnce("proof-3", ANN, NOW, NOW.plus(Duration.ofMinutes(10)));

    assertTrue(stores.redeem("proof-3", NOW.plusSeconds(1)).isEmpty());
  }

  @Test
  void ofBrowsersRacingWithOneTelegramProofExactlyOneGetsIn() throws Exception {
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
