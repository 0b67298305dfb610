package io.alita.postgres.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.dispatch.AlreadyApplied;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.model.ChatId;
import io.alita.domain.rules.ChatRules;
import io.alita.domain.rules.RulesStore;
import io.alita.domain.rules.RulesStoreContract;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.update.UpdateId;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import io.alita.postgres.transaction.MyBatisUpdateTransactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store meets the shared contract, and what only the database shows: rows, the chat record, transactions. */
class MyBatisRulesStoreTest extends RulesStoreContract {

  private static TestDatabase.Coordinates db;
  private static Sessions sessions;
  private static MyBatisRulesStore store;
  private static MyBatisUpdateTransactions transactions;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    javax.sql.DataSource ds = db.dataSource();
    sessions = new Sessions(MyBatis.sessionFactory(ds));
    store = new MyBatisRulesStore(sessions);
    transactions = new MyBatisUpdateTransactions(sessions);
  }

  @BeforeEach
  void emptyTables() {
    db.execute("TRUNCATE chats, processed_events CASCADE");
  }

  @Override
  protected RulesStore store() {
    return store;
  }

  @Test
  void theRulesColumnHoldsTheMarkdownSource() {
    store.saveText(ENGINES, "*Be kind*, {first}");

    assertEquals(Optional.of("*Be kind*, {first}"), text("SELECT rules FROM rules WHERE chat_id = ?", -1001));
  }

  @Test
  void aChatNotRecordedYetIsRecordedWithItsKindTitleAndUsername() {
    store.setPrivate(LOOMS, true);
    store.saveText(ENGINES, "Be kind");

    assertEquals(Optional.of("group|Looms|"), text(
        "SELECT chat_type || '|' || chat_name || '|' || coalesce(username, '') FROM chats WHERE chat_id = ?", -1002));
    assertEquals(Optional.of("supergroup|Engines|engines"), text(
        "SELECT chat_type || '|' || chat_name || '|' || coalesce(username, '') FROM chats WHERE chat_id = ?", -1001));
  }

  @Test
  void aChatThatTrackingRecordedKeepsItsRowAndShowsItsTitle() {
    db.execute("INSERT INTO chats (chat_id, chat_type, chat_name, language) VALUES (-1001, 'supergroup', 'Tracked', 'de')");

    store.saveText(new SeenChat(ChatId.of(-1001), ChatKind.SUPERGROUP, "Other", null), "Be kind");

    assertEquals(Optional.of("Tracked|de"), text("SELECT chat_name || '|' || language FROM chats WHERE chat_id = ?", -1001));
    assertEquals(Optional.of("Tracked"), store.find(ChatId.of(-1001)).chatTitle());
  }

  @Test
  void aChatRecordedWithoutRulesReadsAsNone() {
    db.execute("INSERT INTO chats (chat_id, chat_name) VALUES (-1001, 'Engines')");

    ChatRules rules = store.find(ChatId.of(-1001));

    assertFalse(rules.hasRules());
    assertFalse(rules.privately());
    assertEquals(Optional.of("Engines"), rules.chatTitle());
  }

  @Test
  void writesJoinTheUpdatesTransactionSoAFailedUpdateLeavesNoRules() {
    assertThrows(IllegalStateException.class, () -> transactions.handle(EventKey.update(new UpdateId(1)), w -> {
      w.write(() -> {
        store.saveText(ENGINES, "Be kind");
      });
      throw new IllegalStateException("the handler failed after writing");
    }));

    assertEquals(Optional.of("0"), text("SELECT count(*) FROM chats WHERE chat_id = ?", -1001));
    assertFalse(store.find(ENGINES.id()).hasRules());
  }

  @Test
  void aRepeatedUpdateWritesNothing() {
    EventKey key = EventKey.update(new UpdateId(2));
    transactions.handle(key, w -> {
      w.write(() -> store.saveText(ENGINES, "first delivery"));
      return null;
    });
    assertThrows(AlreadyApplied.class, () -> transactions.handle(key, w -> {
      w.write(() -> store.saveText(ENGINES, "second delivery"));
      return null;
    }));

    assertEquals(Optional.of("first delivery"), store.find(ENGINES.id()).source());
  }

  @Test
  void deletingTheChatTakesItsRulesAlong() {
    store.saveText(ENGINES, "Be kind");

    db.execute("DELETE FROM chats WHERE chat_id = -1001");

    assertEquals(Optional.of("0"), text("SELECT count(*) FROM rules WHERE chat_id = ?", -1001));
  }

  private static Optional<String> text(String sql, long id) {
    try (Connection c = db.connect(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setLong(1, id);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
