package io.alita.postgres.confirm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.confirm.Confirmation;
import io.alita.domain.confirm.ConfirmationStore;
import io.alita.domain.confirm.ConfirmationStoreContract;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import io.alita.postgres.transaction.MyBatisUpdateTransactions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The confirmation contract on PostgreSQL, and what only the database shows: rows, limits, the event's transaction. */
class MyBatisConfirmationStoreTest extends ConfirmationStoreContract {

  private static TestDatabase.Coordinates db;
  private static Sessions sessions;
  private static MyBatisConfirmationStore store;

  @BeforeAll
  static void migrated() {
    db = TestDatabase.migrated();
    sessions = new Sessions(MyBatis.sessionFactory(db.dataSource()));
    store = new MyBatisConfirmationStore(sessions);
  }

  @BeforeEach
  void empty() {
    db.execute("TRUNCATE confirmations, processed_events");
  }

  @Override
  protected ConfirmationStore store() {
    return store;
  }

  private static Confirmation question(String token, String payload) {
    return new Confirmation(token, ChatId.of(-1001), "cf_notes", payload, UserId.of(7), NOW.plusSeconds(600));
  }

  @Test
  void aQuestionIsOneRowWithItsExpiry() {
    store.save(question("tok-row", "note text"));
    assertEquals("-1001|cf_notes|note text|7|2026-12-07 10:10:00+00", db.text(
        "SELECT concat_ws('|', chat_id, dialog, payload, asked_by, expires_at AT TIME ZONE 'UTC' || '+00') "
            + "FROM confirmations WHERE token = 'tok-row'"));
  }

  @Test
  void savingATokenAgainReplacesTheQuestion() {
    store.save(question("tok-again", "first"));
    store.save(question("tok-again", "second"));
    assertEquals("second", store.find("tok-again").orElseThrow().payload());
    assertEquals("1", db.text("SELECT count(*) FROM confirmations"));
  }

  @Test
  void aPayloadOfAtMost65536CharactersIsKept() {
    store.save(question("tok-big", "x".repeat(65_536)));
    assertEquals(65_536, store.find("tok-big").orElseThrow().payload().length());
    assertThrows(RuntimeException.class, () -> store.save(question("tok-huge", "x".repeat(65_537))));
  }

  @Test
  void aQuestionAskedInAFailedEventIsNotKept() {
    MyBatisUpdateTransactions transactions = new MyBatisUpdateTransactions(sessions);
    assertThrows(IllegalStateException.class, () -> transactions.handle(new EventKey("u1"), work -> {
      work.write(() -> store.save(question("tok-lost", "")));
      throw new IllegalStateException("the reply could not be built");
    }));
    assertTrue(store.find("tok-lost").isEmpty());
  }
}
