package io.alita.postgres.antiflood;

import io.alita.domain.dispatch.EventKey;
import io.alita.domain.penalty.PenaltyMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.antiflood.FloodLimit;
import io.alita.domain.antiflood.FloodSettings;
import io.alita.domain.antiflood.FloodSettingsStore;
import io.alita.domain.antiflood.FloodSettingsStoreContract;
import io.alita.domain.update.UpdateId;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import io.alita.postgres.transaction.MyBatisUpdateTransactions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store meets the shared contract, and what only the database shows: rows, defaults, rollback. */
class MyBatisFloodSettingsStoreTest extends FloodSettingsStoreContract {

  private static TestDatabase.Coordinates db;
  private static Sessions sessions;
  private static MyBatisFloodSettingsStore store;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    sessions = new Sessions(MyBatis.sessionFactory(db.dataSource()));
    store = new MyBatisFloodSettingsStore(sessions);
  }

  @BeforeEach
  void emptyTables() {
    db.execute("TRUNCATE antiflood_settings, chats, processed_events CASCADE");
  }

  @Override
  protected FloodSettingsStore store() {
    return store;
  }

  @Test
  void theFirstWriteCreatesTheChatRowAndASettingsRowWithAntifloodOff() {
    store.setMode(CHAT, PenaltyMode.KICK, Optional.empty());

    assertEquals("1", db.text("SELECT count(*) FROM chats WHERE chat_id = " + CHAT.value()));
    assertEquals("0/kick/false", db.text("SELECT flood_limit || '/' || action || '/' || delete_antiflood_message "
        + "FROM antiflood_settings WHERE chat_id = " + CHAT.value()));
  }

  @Test
  void aTimedModeIsStoredInSecondsAndOffIsStoredAsZero() {
    store.setLimit(CHAT, Optional.of(new FloodLimit(9)));
    store.setMode(CHAT, PenaltyMode.TBAN, Optional.of(Duration.ofHours(2)));
    assertEquals("9/tban/7200", db.text("SELECT flood_limit || '/' || action || '/' || action_seconds FROM antiflood_settings"));

    store.setLimit(CHAT, Optional.empty());
    assertEquals("0", db.text("SELECT flood_limit FROM antiflood_settings"));
  }

  @Test
  void rowsWrittenByTheOriginalBotAreRead() {
    db.execute("INSERT INTO chats (chat_id) VALUES (" + CHAT.value() + ")");
    db.execute("INSERT INTO antiflood_settings (chat_id, flood_limit, action, delete_antiflood_message) VALUES ("
        + CHAT.value() + ", 5, 'ban', true)");

    assertEquals(new FloodSettings(Optional.of(new FloodLimit(5)), PenaltyMode.BAN, Optional.empty(), true),
        store.settings(CHAT));
  }

  @Test
  void aWriteInAnUpdateThatFailsIsRolledBack() {
    MyBatisUpdateTransactions transactions = new MyBatisUpdateTransactions(sessions);

    assertThrows(IllegalStateException.class, () -> transactions.handle(EventKey.update(new UpdateId(1)), w -> {
      w.write(() -> {
        store.setLimit(CHAT, Optional.of(new FloodLimit(5)));
      });
      throw new IllegalStateException("the handler failed after writing");
    }));

    assertEquals(FloodSettings.DEFAULTS, store.settings(CHAT));
  }
}
