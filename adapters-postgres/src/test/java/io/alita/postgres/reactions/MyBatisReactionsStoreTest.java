package io.alita.postgres.reactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.reactions.Reaction;
import io.alita.domain.reactions.ReactionsStore;
import io.alita.domain.reactions.ReactionsStoreContract;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store meets the shared contract, in the original's columns, and what only the database shows. */
class MyBatisReactionsStoreTest extends ReactionsStoreContract {

  private static TestDatabase.Coordinates db;
  private static MyBatisReactionsStore store;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    store = new MyBatisReactionsStore(new Sessions(MyBatis.sessionFactory(db.dataSource())));
  }

  @BeforeEach
  void emptyTables() {
    db.execute("TRUNCATE reactions, chats, audit_log CASCADE");
  }

  @Override
  protected ReactionsStore store() {
    return store;
  }

  @Test
  void aReactionIsOneRowWithItsEmojiAsTelegramSpellsIt() {
    store.put(CHAT, new Reaction("fire", "❤\u200D🔥"));

    assertEquals("fire|❤\u200D🔥", db.text("SELECT keyword || '|' || emoji FROM reactions WHERE chat_id = "
        + CHAT.id().value()));
  }

  @Test
  void theDatabaseRefusesAnUpperCaseOrEmptyKeyword() {
    db.execute("INSERT INTO chats (chat_id) VALUES (" + CHAT.id().value() + ")");

    assertThrows(RuntimeException.class, () -> db.execute(
        "INSERT INTO reactions (chat_id, keyword, emoji) VALUES (" + CHAT.id().value() + ", 'Hello', '👍')"));
    assertThrows(RuntimeException.class, () -> db.execute(
        "INSERT INTO reactions (chat_id, keyword, emoji) VALUES (" + CHAT.id().value() + ", '', '👍')"));
  }

  @Test
  void aRowWhoseEmojiIsNoStandardReactionIsSkipped() {
    db.execute("INSERT INTO chats (chat_id) VALUES (" + CHAT.id().value() + ")");
    db.execute("INSERT INTO reactions (chat_id, keyword, emoji) VALUES (" + CHAT.id().value() + ", 'ok', '👍'), ("
        + CHAT.id().value() + ", 'rocket', '🚀')");

    assertEquals(List.of(new Reaction("ok", "👍")), store.reactions(CHAT.id()));
  }

  @Test
  void changesAreAuditedWithTheirKeyword() {
    store.put(CHAT, new Reaction("hello", "👍"));
    store.put(CHAT, new Reaction("hello", "🎉"));
    store.remove(CHAT.id(), "hello");

    assertEquals("insert,update,delete", db.text("SELECT string_agg(change, ',' ORDER BY id) FROM audit_log "
        + "WHERE subject = 'reactions' AND chat_id = " + CHAT.id().value()));
    assertEquals("hello", db.text("SELECT new_value ->> 'keyword' FROM audit_log WHERE subject = 'reactions' "
        + "AND change = 'update'"));
  }
}
