package io.alita.postgres.antiraid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.antiraid.RaidSettings;
import io.alita.domain.antiraid.RaidStore;
import io.alita.domain.antiraid.RaidStoreContract;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store meets the shared contract, and what only the database shows: a raid outlives the store. */
class MyBatisRaidStoreTest extends RaidStoreContract {

  private static TestDatabase.Coordinates db;
  private static Sessions sessions;
  private static MyBatisRaidStore store;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    sessions = new Sessions(MyBatis.sessionFactory(db.dataSource()));
    store = new MyBatisRaidStore(sessions);
  }

  @BeforeEach
  void emptyTables() {
    db.execute("TRUNCATE antiraid_settings, chats, processed_events CASCADE");
  }

  @Override
  protected RaidStore store() {
    return store;
  }

  @Test
  void aRaidStartedThroughOneStoreIsActiveForAStoreOpenedLater() {
    store.setActiveUntil(CHAT, Optional.of(UNTIL));

    MyBatisRaidStore afterRestart = new MyBatisRaidStore(new Sessions(MyBatis.sessionFactory(db.dataSource())));

    assertTrue(afterRestart.settings(CHAT).activeAt(UNTIL.minusSeconds(1)));
  }

  @Test
  void theRaidEndIsStoredAsAnInstantWhateverTheSessionTimeZone() {
    store.setActiveUntil(CHAT, Optional.of(UNTIL));

    assertEquals(String.valueOf(UNTIL.getEpochSecond()),
        db.text("SELECT extract(epoch FROM active_until)::bigint FROM antiraid_settings WHERE chat_id = " + CHAT.value()));
  }

  @Test
  void rowsWrittenWithTheDefaultsAreRead() {
    db.execute("INSERT INTO chats (chat_id) VALUES (" + CHAT.value() + ")");
    db.execute("INSERT INTO antiraid_settings (chat_id, auto_antiraid_threshold, active_until) VALUES ("
        + CHAT.value() + ", 20, '2026-03-04 11:06:07+00')");

    assertEquals(new RaidSettings(Duration.ofHours(6), Duration.ofHours(1), 20,
        Optional.of(Instant.parse("2026-03-04T11:06:07Z"))), store.settings(CHAT));
  }

  @Test
  void theFirstWriteCreatesTheChatRow() {
    store.setAutoThreshold(CHAT, 5);

    assertEquals("1", db.text("SELECT count(*) FROM chats WHERE chat_id = " + CHAT.value()));
  }
}
