package io.alita.postgres.captcha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.captcha.CaptchaAttempt;
import io.alita.domain.captcha.CaptchaMode;
import io.alita.domain.captcha.CaptchaSettings;
import io.alita.domain.captcha.CaptchaStore;
import io.alita.domain.captcha.CaptchaStoreContract;
import io.alita.domain.captcha.CaptchaTimeout;
import io.alita.domain.captcha.ClaimedAttempt;
import io.alita.domain.captcha.FailureAction;
import io.alita.domain.captcha.MaxAttempts;
import io.alita.domain.captcha.NewAttempt;
import io.alita.domain.captcha.StoredKind;
import io.alita.domain.captcha.StoredMessage;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.update.UpdateId;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import io.alita.postgres.transaction.MyBatisUpdateTransactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store meets the shared contract, and what only the database shows. */
class MyBatisCaptchaStoreTest extends CaptchaStoreContract {

  private static TestDatabase.Coordinates db;
  private static Sessions sessions;
  private static MyBatisCaptchaStore store;
  private static ExecutorService pool;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    sessions = new Sessions(MyBatis.sessionFactory(db.dataSource()));
    store = new MyBatisCaptchaStore(sessions);
    pool = Executors.newFixedThreadPool(4);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  @BeforeEach
  void emptyTables() {
    db.execute("TRUNCATE stored_messages, captcha_attempts, captcha_muted_users, captcha_settings, users, chats,"
        + " processed_events CASCADE");
  }

  @Override
  protected CaptchaStore store() {
    return store;
  }

  @Test
  void anAttemptForAChatAndUserNeverSeenCreatesTheirRowsWithTheName() {
    store.create(new NewAttempt(CHAT, ADA, "Ada L", "12", NOW, NOW.plusSeconds(120)));

    assertEquals("1", db.text("SELECT count(*) FROM chats WHERE chat_id = " + CHAT.value()));
    assertEquals("Ada L", db.text("SELECT name FROM users WHERE user_id = " + ADA.value()));
  }

  @Test
  void theNameTheTrackerKeepsIsTheOneShown() {
    db.execute("INSERT INTO users (user_id, name) VALUES (" + ADA.value() + ", 'Ada Lovelace')");

    CaptchaAttempt a = store.create(new NewAttempt(CHAT, ADA, "Ada", "12", NOW, NOW.plusSeconds(120))).orElseThrow();

    assertEquals("Ada Lovelace", a.userName());
    assertEquals("Ada Lovelace", db.text("SELECT name FROM users WHERE user_id = " + ADA.value()));
  }

  @Test
  void settingsWrittenByTheOriginalBotAreRead() {
    db.execute("INSERT INTO chats (chat_id) VALUES (" + CHAT.value() + ")");
    db.execute("INSERT INTO captcha_settings (chat_id, enabled, captcha_mode, timeout, failure_action, max_attempts)"
        + " VALUES (" + CHAT.value() + ", true, 'text', 7, 'ban', 5)");

    assertEquals(new CaptchaSettings(true, CaptchaMode.TEXT, new CaptchaTimeout(7), FailureAction.BAN,
        new MaxAttempts(5)), store.settings(CHAT));
  }

  @Test
  void heldBackMessagesLeaveEmptyPartsAsNull() {
    CaptchaAttempt a = store.create(new NewAttempt(CHAT, ADA, "Ada", "12", NOW, NOW.plusSeconds(120))).orElseThrow();
    store.storeMessage(a.id(), new StoredMessage(StoredKind.PHOTO, "", "", "look"));

    assertEquals("2/null/null/look", db.text("SELECT message_type || '/' || coalesce(content, 'null') || '/'"
        + " || coalesce(file_id, 'null') || '/' || caption FROM stored_messages"));
  }

  @Test
  void ofClaimsRacingForOneAttemptExactlyOneWins() throws Exception {
    CaptchaAttempt a = store.create(new NewAttempt(CHAT, ADA, "Ada", "12", NOW, NOW.plusSeconds(120))).orElseThrow();
    List<Callable<Optional<ClaimedAttempt>>> claims = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      claims.add(() -> store.claim(a.id()));
    }

    long winners = 0;
    for (Future<Optional<ClaimedAttempt>> f : pool.invokeAll(claims)) {
      winners += f.get().isPresent() ? 1 : 0;
    }

    assertEquals(1, winners);
  }

  @Test
  void anAttemptCreatedInAnUpdateThatFailsIsRolledBack() {
    MyBatisUpdateTransactions transactions = new MyBatisUpdateTransactions(sessions);

    assertThrows(IllegalStateException.class, () -> transactions.handle(EventKey.update(new UpdateId(1)), w -> {
      w.write(() -> {
        store.create(new NewAttempt(CHAT, ADA, "Ada", "12", NOW, NOW.plusSeconds(120)));
      });
      throw new IllegalStateException("the handler failed after writing");
    }));

    assertEquals(Optional.empty(), store.attemptOf(CHAT, ADA));
    assertTrue(store.attempts().isEmpty());
  }
}
