package io.alita.postgres.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.connections.ConnectionsStore;
import io.alita.domain.connections.ConnectionsStoreContract;
import io.alita.domain.dispatch.EventKey;
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
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store meets the shared contract, and what only the database shows: rows, records, transactions. */
class MyBatisConnectionsStoreTest extends ConnectionsStoreContract {

  private static TestDatabase.Coordinates db;
  private static MyBatisConnectionsStore store;
  private static MyBatisUpdateTransactions transactions;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    Sessions sessions = new Sessions(MyBatis.sessionFactory(db.dataSource()));
    store = new MyBatisConnectionsStore(sessions);
    transactions = new MyBatisUpdateTransactions(sessions);
  }

  @BeforeEach
  void emptyTables() {
    db.execute("TRUNCATE chats, users, processed_events, audit_log CASCADE");
  }

  @Override
  protected ConnectionsStore store() {
    return store;
  }

  @Override
  protected void seen(SeenChat group) {
    db.execute("INSERT INTO chats (chat_id, chat_type, chat_name, username) VALUES (" + group.id().value() + ", '"
        + group.kind().name().toLowerCase(java.util.Locale.ROOT) + "', '" + group.title() + "', "
        + (group.username() == null ? "NULL" : "'" + group.username() + "'") + ")");
  }

  @Test
  void oneRowPerUserKeepsTheChatAfterDisconnect() {
    store.connect(ADA, ENGINES);
    store.connect(ADA, LOOMS);
    store.disconnect(ADA.id());

    assertEquals(Optional.of("1|-1002|f"),
        text("SELECT count(*) || '|' || max(chat_id) || '|' || bool_or(connected)::text FROM connection WHERE user_id = ?",
            42).map(s -> s.replace("false", "f")));
  }

  @Test
  void connectingRecordsTheUserAndTheChatItNeeds() {
    store.connect(ADA, ENGINES);

    assertEquals(Optional.of("Ada Lovelace|ada_l"), text("SELECT name || '|' || username FROM users WHERE user_id = ?",
        42));
    assertEquals(Optional.of("supergroup|Engines"),
        text("SELECT chat_type || '|' || chat_name FROM chats WHERE chat_id = ?", -1001));
  }

  @Test
  void aChatTrackingRecordedKeepsItsRowAndTitle() {
    db.execute("INSERT INTO chats (chat_id, chat_type, chat_name) VALUES (-1001, 'supergroup', 'Tracked')");

    store.connect(ADA, ENGINES);

    assertEquals("Tracked", store.find(ADA.id()).orElseThrow().group().title());
  }

  @Test
  void aGroupWithoutSettingsLetsOnlyAdminsConnectAsTheSchemaDefaultSays() {
    db.execute("INSERT INTO chats (chat_id) VALUES (-1001)");
    db.execute("INSERT INTO connection_settings (chat_id) VALUES (-1001)");

    assertFalse(store.allowsMembers(ENGINES.id()));
  }

  @Test
  void allowconnectIsAuditedAsAChatSetting() {
    store.setAllowsMembers(ENGINES, true);

    assertEquals(Optional.of("connection_settings|insert"),
        text("SELECT subject || '|' || change FROM audit_log WHERE chat_id = ?", -1001));
  }

  @Test
  void writesJoinTheUpdatesTransactionSoAFailedUpdateLeavesNoConnection() {
    assertThrows(IllegalStateException.class, () -> transactions.handle(EventKey.update(new UpdateId(1)), w -> {
      w.write(() -> store.connect(ADA, ENGINES));
      throw new IllegalStateException("the handler failed after writing");
    }));

    assertEquals(Optional.empty(), store.find(ADA.id()));
  }

  @Test
  void deletingTheChatTakesItsConnectionsAlong() {
    store.connect(ADA, ENGINES);

    db.execute("DELETE FROM chats WHERE chat_id = -1001");

    assertEquals(Optional.empty(), store.find(ADA.id()));
  }

  @Test
  void aGroupUpgradedToASupergroupKeepsItsConnections() {
    store.connect(ADA, LOOMS);

    db.execute("UPDATE chats SET chat_id = -1003, chat_type = 'supergroup' WHERE chat_id = -1002");

    assertEquals(-1003, store.find(ADA.id()).orElseThrow().group().id().value());
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
