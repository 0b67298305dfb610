package io.alita.postgres.greetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.content.ContentType;
import io.alita.domain.content.StoredContent;
import io.alita.domain.greetings.GreetingKind;
import io.alita.domain.greetings.GreetingSwitch;
import io.alita.domain.greetings.GreetingsStore;
import io.alita.domain.greetings.GreetingsStoreContract;
import io.alita.domain.model.MessageId;
import io.alita.domain.update.Media;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store meets the shared contract, and what only the database shows: the columns, the audit log. */
class MyBatisGreetingsStoreTest extends GreetingsStoreContract {

  private static TestDatabase.Coordinates db;
  private static MyBatisGreetingsStore store;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    store = new MyBatisGreetingsStore(new Sessions(MyBatis.sessionFactory(db.dataSource())));
  }

  @BeforeEach
  void emptyTables() {
    db.execute("TRUNCATE chats, audit_log CASCADE");
  }

  @Override
  protected GreetingsStore store() {
    return store;
  }

  @Test
  void aMediaWelcomeIsStoredInTheOriginalsColumns() {
    store.setContent(ENGINES, GreetingKind.WELCOME, StoredContent.media(new Media(ContentType.ANIMATION, "gif-1"),
        "Hi {first} [Site](buttonurl://example.com)"));

    assertEquals("9|gif-1|Hi {first}|[{\"url\": \"https://example.com\", \"name\": \"Site\", \"btn_sameline\": false}]",
        text("SELECT welcome_type || '|' || welcome_file_id || '|' || welcome_text || '|' || welcome_btns::text"
            + " FROM greetings WHERE chat_id = -1001"));
  }

  @Test
  void theLastMessageIdsAreNotAuditedWhileSettingsAre() {
    store.setSwitch(ENGINES, GreetingSwitch.CLEAN_WELCOME, true);
    long audited = count("SELECT count(*) FROM audit_log");

    store.swapLastMessage(ENGINES.id(), GreetingKind.WELCOME, MessageId.of(10));
    store.swapLastMessage(ENGINES.id(), GreetingKind.GOODBYE, MessageId.of(11));

    assertEquals(audited, count("SELECT count(*) FROM audit_log"));
    assertEquals("10|11", text("SELECT welcome_last_msg_id || '|' || goodbye_last_msg_id FROM greetings"));
    store.setSwitch(ENGINES, GreetingSwitch.AUTO_APPROVE, true);
    assertEquals(audited + 1, count("SELECT count(*) FROM audit_log"));
  }

  private static String text(String sql) {
    try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      return r.next() ? r.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long count(String sql) {
    return Long.parseLong(text(sql));
  }
}
