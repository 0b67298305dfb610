package io.alita.postgres.pins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.pins.PinSettings;
import io.alita.domain.pins.PinsStore;
import io.alita.domain.pins.PinsStoreContract;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store meets the shared contract, in the original's columns, and is audited. */
class MyBatisPinsStoreTest extends PinsStoreContract {

  private static TestDatabase.Coordinates db;
  private static MyBatisPinsStore store;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    store = new MyBatisPinsStore(new Sessions(MyBatis.sessionFactory(db.dataSource())));
  }

  @BeforeEach
  void emptyTables() {
    db.execute("TRUNCATE pins, chats, audit_log CASCADE");
  }

  @Override
  protected PinsStore store() {
    return store;
  }

  @Test
  void theSettingsAreOneRowInTheOriginalsColumnsAndTheChatIsRecorded() {
    store.setCleanLinked(CHAT, true);

    assertEquals("false|true", db.text("SELECT anti_channel_pin || '|' || clean_linked FROM pins WHERE chat_id = "
        + CHAT.id().value()));
    assertEquals("Pins", db.text("SELECT chat_name FROM chats WHERE chat_id = " + CHAT.id().value()));
  }

  @Test
  void aRowTheOriginalWroteIsRead() {
    db.execute("INSERT INTO chats (chat_id) VALUES (" + CHAT.id().value() + ")");
    db.execute("INSERT INTO pins (chat_id, anti_channel_pin, clean_linked) VALUES (" + CHAT.id().value()
        + ", true, false)");

    assertEquals(new PinSettings(true, false), store.settings(CHAT.id()));
  }

  @Test
  void aChangeIsAuditedAndARepeatedValueIsNot() {
    store.setAntiChannelPin(CHAT, true);
    store.setAntiChannelPin(CHAT, true);
    store.setAntiChannelPin(CHAT, false);

    assertEquals("insert,update", db.text("SELECT string_agg(change, ',' ORDER BY id) FROM audit_log "
        + "WHERE subject = 'pins' AND chat_id = " + CHAT.id().value()));
  }
}
